import type { CsvDelimiter } from './parse.ts';

/**
 * Writing CSV that Norwegian Excel opens right with a double-click: a byte order mark (without it
 * Excel reads UTF-8 as Windows-1252 and shows "Ã¸" for "ø"), semicolons (Excel in Norway splits on
 * ';' because ',' is the decimal separator), CRLF line ends, and quotes only where needed.
 */

export interface FormatCsvOptions {
  /** Default ';'. */
  delimiter?: CsvDelimiter;
  /** Start with U+FEFF, which becomes the UTF-8 BOM when the text is saved as UTF-8. Default true. */
  bom?: boolean;
  /** Default '\r\n', as Excel writes. */
  newline?: '\r\n' | '\n';
  /** Quote every field, not only those that need it. Default false. */
  quoteAll?: boolean;
}

/**
 * Formula injection (OWASP "CSV injection"): a field starting with `=`, `+`, `-`, `@`, tab or CR
 * is run by Excel and LibreOffice as a formula (`=HYPERLINK(…)`, or "-ingen møter" as an error).
 * Every field this writer puts out that starts so gets a leading apostrophe, which a spreadsheet
 * shows as text. There is no way to turn it off: the text comes from a workshop, and every table
 * goes through here. A plain number ("-2", "-2,5") is left alone: it can't run, and is data.
 * Our own readers (the HUKI import) take the apostrophe off again with `unescapeCsvFormula`.
 */
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[-+]?\d+([.,]\d+)?$/;

/** The field as a spreadsheet will show it, never as a formula it would run. */
export function escapeCsvFormula(value: string): string {
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
}

/** Undoes `escapeCsvFormula` for a field read back from one of our files. */
export function unescapeCsvFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * One field, quoted when it holds a quote, a line break, edge spaces, or any of the delimiters a
 * reader might detect (`;`, `,`, tab), not only the one in use: a heading such as "Psykisk helse
 * og rus, Stjørdal" then can't make a detecting reader take the comma for the delimiter.
 */
export function formatCsvField(value: string, delimiter: CsvDelimiter = ';', options: Pick<FormatCsvOptions, 'quoteAll'> = {}): string {
  const text = escapeCsvFormula(value);
  const needsQuotes =
    options.quoteAll ||
    text.includes(delimiter) ||
    /[;,\t]/.test(text) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim() ||
    /^sep=/i.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as CSV text. Every row is written with as many fields as it has (pad short rows
 * yourself if the reader expects a rectangle). Ends with a line break, as Excel's files do.
 */
export function formatCsv(rows: readonly (readonly string[])[], options: FormatCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const newline = options.newline ?? '\r\n';
  const body = rows.map((row) => row.map((value) => formatCsvField(value, delimiter, options)).join(delimiter)).join(newline);
  return `${options.bom === false ? '' : '\uFEFF'}${body}${rows.length > 0 ? newline : ''}`;
}

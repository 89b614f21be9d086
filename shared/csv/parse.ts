/**
 * Reading CSV as Norwegian Excel writes it: semicolons by default (the comma is the decimal
 * separator in Norway, so Excel separates with ';'), commas and tabs detected, a leading
 * `sep=;` line honoured (Excel's own hint), fields in double quotes with `""` for a quote and
 * line breaks inside, CRLF, LF or CR line ends, and an optional byte order mark.
 *
 * The reader is forgiving where Excel is (a quote inside an unquoted field is just a character)
 * and reports, with line numbers, what it had to guess about (text after a closing quote, a quote
 * that never closes), so an importer can refuse a damaged file instead of importing half of it.
 */

export const csvDelimiters = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** One record (row) of the file. */
export interface CsvRecord {
  /** The 1-based line of the file where the record starts, as a text editor counts lines. */
  line: number;
  fields: string[];
}

export type CsvProblemCode =
  /** A quoted field runs to the end of the file: its closing quote is missing. */
  | 'unterminatedQuote'
  /** Characters follow a closing quote before the next delimiter (`"abc"def`); they are kept. */
  | 'textAfterQuote';

export interface CsvProblem {
  line: number;
  code: CsvProblemCode;
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  /** Empty for a well-formed file. The records are still returned, read as leniently as Excel does. */
  problems: CsvProblem[];
}

export interface ParseCsvOptions {
  /** 'auto' (the default) detects it from the first record; see `detectDelimiter`. */
  delimiter?: CsvDelimiter | 'auto';
  /**
   * Leave out records whose fields are all empty: blank lines, and the `;;;;` lines Excel writes
   * for empty spreadsheet rows. Default true.
   */
  skipEmptyRecords?: boolean;
}

const BOM = '\uFEFF';
const sepLine = /^sep=(.)\r?\n?/;

/** Strips a byte order mark, if any: Excel puts one at the start of "CSV UTF-8" files. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function isDelimiter(value: string): value is CsvDelimiter {
  return (csvDelimiters as readonly string[]).includes(value);
}

/**
 * The delimiter of a file: the one of `;`, `,` and tab that occurs most often, outside quotes, in
 * its first record; ties and a first record without any go to `;`, as Norwegian Excel writes.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const body = stripBom(text);
  const hint = sepLine.exec(body);
  if (hint && isDelimiter(hint[1]!)) return hint[1];
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && isDelimiter(c)) counts[c]++;
  }
  let best: CsvDelimiter = ';';
  for (const d of csvDelimiters) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Parses CSV text into records. Never throws: malformed input yields records plus `problems`.
 * Line numbers count every line break, including those inside quoted fields, so they match what
 * the user sees in a text editor (and Excel's row numbers whenever no field spans lines).
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  let body = stripBom(text);
  let line = 1;
  let delimiter: CsvDelimiter;
  const hint = sepLine.exec(body);
  if (hint && isDelimiter(hint[1]!)) {
    delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : hint[1];
    body = body.slice(hint[0].length);
    line = 2;
  } else {
    delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : detectDelimiter(body);
  }
  const skipEmpty = options.skipEmptyRecords ?? true;

  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let recordLine = line;
  let i = 0;
  const n = body.length;

  const endRecord = () => {
    fields.push(field);
    if (!(skipEmpty && fields.every((f) => f === ''))) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  /** Consumes a line break at `i` (CRLF counts once); returns whether there was one. */
  const lineBreak = (): boolean => {
    const c = body[i];
    if (c === '\r') {
      i += body[i + 1] === '\n' ? 2 : 1;
      line++;
      return true;
    }
    if (c === '\n') {
      i++;
      line++;
      return true;
    }
    return false;
  };

  while (i < n) {
    // At the start of a field.
    if (body[i] === '"') {
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = body[i]!;
        if (c === '"') {
          if (body[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\r' || c === '\n') {
          const start = i;
          lineBreak();
          field += body.slice(start, i);
          continue;
        }
        field += c;
        i++;
      }
      if (!closed) {
        problems.push({ line: quoteLine, code: 'unterminatedQuote' });
        break;
      }
      // After the closing quote: a delimiter, a line break, the end, or (malformed) more text.
      if (i < n && body[i] !== delimiter && body[i] !== '\r' && body[i] !== '\n') {
        problems.push({ line, code: 'textAfterQuote' });
        while (i < n && body[i] !== delimiter && body[i] !== '\r' && body[i] !== '\n') field += body[i++];
      }
    } else {
      while (i < n && body[i] !== delimiter && body[i] !== '\r' && body[i] !== '\n') field += body[i++];
    }
    if (i >= n) break;
    if (body[i] === delimiter) {
      fields.push(field);
      field = '';
      i++;
      // A delimiter at the very end still ends a field: "a;" is two fields.
      if (i >= n) break;
      continue;
    }
    lineBreak();
    endRecord();
    recordLine = line;
  }
  // The last record, unless the file ended with a line break (which closes no further record).
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records, problems };
}

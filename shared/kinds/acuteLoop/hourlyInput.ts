import { hourCount } from './schema.ts';

/**
 * Reading 24 hourly counts typed or pasted by the user: a row or column copied from Excel (tabs
 * or newlines), a semicolon list from a Norwegian CSV, numbers separated by spaces or commas, or a
 * two-column table (hour; count) with or without a header line. Norwegian decimal commas ("2,5")
 * are read as decimals whenever the separators leave no doubt. A real CSV file is read by
 * shared/csv when it exists; this is the paste path.
 */

export type HourlyParseResult =
  | { ok: true; counts: number[] }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'count'; found: number }
  | { ok: false; error: 'notANumber'; token: string }
  | { ok: false; error: 'negative'; token: string };

/** Thin, narrow and ordinary no-break spaces: thousands separators in Norwegian number formatting. */
const groupSpace = /[\u00a0\u202f\u2009]/g;
const numberPattern = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

type TokenResult = { ok: true; value: number } | { ok: false; error: 'notANumber' | 'negative'; token: string };

function readNumber(raw: string, decimalComma: boolean): TokenResult {
  const token = raw.trim().replace(groupSpace, '');
  if (!numberPattern.test(token) || (!decimalComma && token.includes(','))) return { ok: false, error: 'notANumber', token: raw.trim() };
  const value = Number(token.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, error: 'notANumber', token: raw.trim() };
  if (value < 0) return { ok: false, error: 'negative', token: raw.trim() };
  return { ok: true, value: value === 0 ? 0 : value };
}

function readAll(tokens: readonly string[], decimalComma: boolean): HourlyParseResult {
  const counts: number[] = [];
  for (const t of tokens) {
    const r = readNumber(t, decimalComma);
    if (!r.ok) return r;
    counts.push(r.value);
  }
  return { ok: true, counts };
}

const isNumeric = (cell: string) => numberPattern.test(cell.trim().replace(groupSpace, ''));

/**
 * A table with one line per hour (the hour in the first column, the count in the last), as
 * copied from a spreadsheet. Lines without any number (a header) are skipped.
 */
function readTable(lines: readonly string[]): HourlyParseResult | null {
  const rows = lines.map((line) => line.split(/\t|;/).map((c) => c.trim()).filter((c) => c !== ''));
  if (!rows.every((cells) => cells.length >= 2 || !cells.some(isNumeric))) return null;
  const data = rows.filter((cells) => cells.length >= 2 && isNumeric(cells[cells.length - 1]!));
  if (data.length !== hourCount) return null;
  const header = rows.filter((cells) => !(cells.length >= 2 && isNumeric(cells[cells.length - 1]!)));
  if (header.length > 1) return null;
  return readAll(data.map((cells) => cells[cells.length - 1]!), true);
}

/** Separators that always separate. Not \s: that would also split "1 234" at its no-break space. */
const strongSeparators = /[ \t\n\r\f\v;]+/;
const anySeparators = /[ \t\n\r\f\v;,]+/;

function tokens(text: string, separators: RegExp): string[] {
  return text.split(separators).filter((t) => t !== '');
}

function countError(list: readonly string[]): HourlyParseResult {
  const bad = list.find((t) => !isNumeric(t));
  return bad !== undefined ? { ok: false, error: 'notANumber', token: bad } : { ok: false, error: 'count', found: list.length };
}

/** Reads exactly 24 non-negative numbers, or says why not. */
export function parseHourlyCounts(input: string): HourlyParseResult {
  const text = input.replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: false, error: 'empty' };
  const lines = text.split('\n').filter((l) => l.trim() !== '');

  if (lines.length >= hourCount && lines.some((l) => /\t|;/.test(l))) {
    const table = readTable(lines);
    if (table) return table;
  }

  // A comma with a digit on both sides may be a decimal comma ("2,5"); any other comma separates.
  const decimalCommasPossible = !/,(?!\d)|(?<!\d),/.test(text);
  if (decimalCommasPossible) {
    const strong = tokens(text, strongSeparators);
    if (strong.length === hourCount) return readAll(strong, true);
    const all = tokens(text, anySeparators);
    if (all.length === hourCount) return readAll(all, false);
    return countError(strong.length > all.length ? strong : all);
  }
  const all = tokens(text, anySeparators);
  if (all.length === hourCount) return readAll(all, false);
  return countError(all);
}

/** The counts as a line for the text field: semicolons, Norwegian decimal commas where needed. */
export function formatHourlyCounts(counts: readonly number[], decimalComma = true): string {
  return counts.map((c) => (decimalComma ? String(c).replace('.', ',') : String(c))).join(decimalComma ? '; ' : ', ');
}

import { parseCsv } from '../../csv/index.ts';
import { formatCsv } from '../../csv/index.ts';
import { parseHourlyCounts, type HourlyParseResult } from './hourlyInput.ts';
import { hourCount } from './schema.ts';

/**
 * Hourly counts from and to CSV files as Norwegian Excel writes them (through shared/csv: BOM,
 * semicolons, commas or tabs, quotes). The layouts analysts send: a table with one line per
 * hour ("Time;Innleggelser" then "00–01;15" …), a single column of 24, or a single row of 24
 * with a label first. A header line names what is counted, and is offered as the label.
 */

export type HourlyCsvResult = (HourlyParseResult & { ok: false }) | { ok: true; counts: number[]; label: string };

const numeric = (s: string) => /^\s*[+-]?(\d[\d\u00a0\u202f ]*([.,]\d*)?|[.,]\d+)\s*$/.test(s);

export function readHourlyCsv(text: string): HourlyCsvResult {
  const { records } = parseCsv(text);
  const rows = records.map((r) => r.fields.map((f) => f.trim()));
  if (rows.length === 0) return { ok: false, error: 'empty' };
  let label = '';
  const isHeader = (row: string[]) => !row.some(numeric) || (row.length > 1 && !numeric(row[row.length - 1]!));
  let data = rows;
  if (isHeader(rows[0]!)) {
    const header = rows[0]!;
    if (header.length >= 2) label = header[header.length - 1]!;
    data = rows.slice(1);
  }
  let values: string[];
  if (data.length === hourCount) {
    // One line per hour: the count is the last field (the first is the hour, if there are two).
    values = data.map((row) => row[row.length - 1] ?? '');
  } else if (data.length === 1) {
    // One row: a label may come first.
    const row = data[0]!;
    if (!numeric(row[0] ?? '') && row.length === hourCount + 1) label ||= row[0]!;
    values = row.filter((f, i) => !(i === 0 && !numeric(f) && row.length === hourCount + 1));
  } else {
    return { ok: false, error: 'count', found: data.length };
  }
  const parsed = parseHourlyCounts(values.map((v) => v.replace(/[ \u00a0\u202f]/g, '')).join('\n'));
  return parsed.ok ? { ok: true, counts: parsed.counts, label } : parsed;
}

/** The counts as a CSV file: a header naming what is counted, then one line per hour, decimal commas. */
export function writeHourlyCsv(counts: readonly number[], headings: { hour: string; label: string }): string {
  const rows = counts.map((c, h) => [`${String(h).padStart(2, '0')}–${String(h + 1).padStart(2, '0')}`, String(c).replace('.', ',')]);
  return formatCsv([[headings.hour, headings.label], ...rows]);
}

import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv/index.ts';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { csvToMatrix } from '../../../shared/kinds/huki/csv.ts';
import { readAcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { stationTableCsv } from '../../../shared/kinds/acuteLoop/stationTable.ts';
import { writeHourlyCsv } from '../../../shared/kinds/acuteLoop/hourlyCsv.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../shared/model/document.ts';
import { exportTables } from '../../../renderer/src/exportUi/exportTables.ts';

/*
 * Formula injection, over every table the app writes as CSV (issue 20): every free text of the
 * example workshop is made to start like a formula ("=HYPERLINK(…)", "+…", "-ingen møter", "@…"),
 * then each table is written and read back. No field may start so without the apostrophe that
 * makes Excel show it as text, and every table must have carried some of the poisoned texts (so
 * the test can't pass by writing nothing).
 */

const starts = ['=HYPERLINK("http://x.test","klikk")&', '+', '-ingen møter ', '@SUM(A1) '];
const formula = /^[=+\-@\t\r]/;
const plainNumber = /^[-+]?\d+([.,]\d+)?$/;

/** Free text is what has a space or a letter outside ASCII in it: names, notes, quotes; not ids, enums, colours or dates. */
function isFreeText(value: string): boolean {
  return value.length >= 3 && (/\s/.test(value) || /[^ -~]/.test(value)) && !value.startsWith('data:');
}

function poison(doc: WorkshopDoc): WorkshopDoc {
  let n = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return isFreeText(value) ? `${starts[n++ % starts.length]}${value}` : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(doc) as WorkshopDoc;
}

function expectHarmless(name: string, text: string): number {
  const { records, problems } = parseCsv(text);
  expect(problems, name).toEqual([]);
  let escaped = 0;
  for (const record of records)
    for (const field of record.fields) {
      if (formula.test(field)) expect(plainNumber.test(field), `${name}: ${JSON.stringify(field)}`).toBe(true);
      if (/^'[=+\-@]/.test(field)) escaped++;
    }
  return escaped;
}

describe('CSV formula injection, every exported table', () => {
  const doc = poison(buildExampleWorkshop());
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('nb', key, params);

  it('the Eksporter dialog’s tables (stakeholders, HUKI, inventory, acute loop, all actors) neutralise every formula start', () => {
    const tables = exportTables(doc, 'nb');
    expect(new Set(tables.map((x) => x.labelKey))).toEqual(new Set(['exportUi.table.stakeholders', 'exportUi.table.huki', 'exportUi.table.inventory', 'exportUi.table.acuteLoopFigures', 'exportUi.table.acuteLoopHours', 'exportUi.table.acuteLoopStations', 'exportUi.table.allActors']));
    for (const table of tables) {
      const escaped = expectHarmless(table.id, table.csv());
      // The hours table holds only numbers and the counted thing's label: nothing there to poison but that.
      if (!table.id.endsWith(':hours')) expect(escaped, table.id).toBeGreaterThan(0);
    }
  });

  it('the acute loop’s own station and hour files too', () => {
    for (const board of boardsInOrder(doc).filter((b) => b.kind === 'acuteLoop')) {
      const props = readAcuteLoopProps(board.props);
      expect(expectHarmless('stations', stationTableCsv(props, doc.actors, t))).toBeGreaterThan(0);
      expectHarmless('hours', writeHourlyCsv(props.hourly.counts, { hour: '-time', label: '=antall' }));
    }
  });

  it('a HUKI export still reads back with the names as they were written', () => {
    const huki = exportTables(doc, 'nb').find((x) => x.labelKey === 'exportUi.table.huki')!;
    const result = csvToMatrix(huki.csv(), doc.actors);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.matrix.phases.flatMap((p) => [p.name, ...p.tasks.map((task) => task.name)]);
    expect(names.some((name) => formula.test(name))).toBe(true);
    expect(names.some((name) => name.startsWith("'"))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { parseCsv } from '../../../shared/csv/index.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { readAcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { stationTable, stationTableCsv } from '../../../shared/kinds/acuteLoop/stationTable.ts';

describe('the loop as a table', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'acuteLoop')!;
  const props = readAcuteLoopProps(board.props);
  const nb = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('nb', key, params);

  it('has one line per station in loop order, with the actor’s current name and the breaks', () => {
    const table = stationTable(props, doc.actors, nb);
    expect(table[0]).toEqual(['#', 'Navn', 'Klokkeslett', 'Varighet', 'Ansvarlig aktør', 'Svømmebane', 'Smertepunkter', 'Sitater', 'Brudd']);
    expect(table).toHaveLength(10);
    expect(table[8]).toEqual(['8', 'DPS', '13:00', '1 t', 'Stjørdal DPS', 'Spesialisthelsetjeneste', 'Ventetid på første time etter utskrivning', '', '']);
    expect(table[7]![8]).toBe('→ DPS: Ingen time avtalt før utskrivning');
    expect(table[9]![8]).toBe('→ Hjemme: Ingen tilbud på kveld og i helg');
  });

  it('reads back from its CSV (semicolons, BOM, line breaks in quoted fields)', () => {
    const csv = stationTableCsv(props, doc.actors, nb);
    expect(csv.startsWith('\uFEFF#;Navn;')).toBe(true);
    const { records, problems } = parseCsv(csv);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual(stationTable(props, doc.actors, nb));
  });
});

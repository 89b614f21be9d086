import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv/index.ts';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';
import { exportTables } from '../../../renderer/src/exportUi/exportTables.ts';
import { stakeholderCsv } from '../../../shared/kinds/actorMap/stakeholderCsv.ts';
import { columns } from '../../../shared/kinds/actorMap/stakeholderColumns.ts';
import { actor, workshopWith } from '../../helpers/workshop.ts';

describe('the tables the Eksporter dialog offers as CSV', () => {
  const doc = buildExampleWorkshop();

  it('one for each board with a table, in the boards’ order, then the whole actor registry; none for a whiteboard', () => {
    const tables = exportTables(doc, 'nb');
    const withTables = boardsInOrder(doc).filter((b) => b.kind !== 'whiteboard');
    // The acute loop gives three: figures, hours and stations, one table per file.
    const parts = (b: (typeof withTables)[number]) => (b.kind === 'acuteLoop' ? ['figures', 'hours', 'stations'].map((p) => `board:${b.id}:${p}`) : [`board:${b.id}`]);
    expect(tables.map((x) => x.id)).toEqual([...withTables.flatMap(parts), 'actors']);
    const keys: Record<string, string[]> = {
      actorMap: ['exportUi.table.stakeholders'],
      huki: ['exportUi.table.huki'],
      puzzle: ['exportUi.table.inventory'],
      acuteLoop: ['exportUi.table.acuteLoopFigures', 'exportUi.table.acuteLoopHours', 'exportUi.table.acuteLoopStations'],
    };
    expect(tables.map((x) => x.labelKey)).toEqual([...withTables.flatMap((b) => keys[b.kind]!), 'exportUi.table.allActors']);
    expect(exportTables(workshopWith({ boards: 2 }), 'nb')).toEqual([]);
  });

  it('every table is UTF-8 text with a BOM and semicolons, and reads back without a problem', () => {
    for (const table of exportTables(doc, 'nb')) {
      const text = table.csv();
      expect(text.startsWith('\uFEFF'), table.id).toBe(true);
      const parsed = parseCsv(text);
      expect(parsed.problems, table.id).toEqual([]);
      expect(parsed.delimiter, table.id).toBe(';');
      expect(parsed.records.length, table.id).toBeGreaterThan(1);
    }
  });

  it('the map’s stakeholder table holds the actors on the map; the registry’s holds them all, Stjørdal DPS among them', () => {
    const tables = exportTables(doc, 'nb');
    const map = parseCsv(tables.find((x) => x.labelKey === 'exportUi.table.stakeholders')!.csv()).records;
    const all = parseCsv(tables.find((x) => x.id === 'actors')!.csv()).records;
    // The same columns, in the same order and words, as the table on screen.
    expect(map[0]!.fields).toEqual(columns.map((c) => translate('nb', c.labelKey)));
    expect(all).toHaveLength(Object.keys(doc.actors).length + 1);
    expect(map.length).toBeLessThanOrEqual(all.length);
    expect(all.some((r) => r.fields[0] === 'Stjørdal DPS' && r.fields[1] === 'Spesialisthelsetjeneste')).toBe(true);
  });

  it('files are named after the table and its board, in the user’s language', () => {
    const [first] = exportTables(doc, 'en').filter((x) => x.labelKey === 'exportUi.table.stakeholders');
    const board = doc.boards[first!.id.slice('board:'.length) as keyof typeof doc.boards]!;
    expect(first!.fileTitle).toBe(`${translate('en', 'actorMap.table.title')} – ${board.name}`);
  });
});

describe('the stakeholder table as CSV', () => {
  it('letters as data, category and quadrant in words, æøå kept, and formulas made harmless', () => {
    const a = { ...actor('Ørland kommune – «Åfjord»'), importance: 'A' as const, influence: 'H' as const, interestLevel: 'H' as const, strategy: '=HYPERLINK("x")' };
    const b = { ...actor('Brukerrådet', 'userOrg'), interest: 'Mer; bedre', order: 2 };
    const { records } = parseCsv(stakeholderCsv([b, a], (key, params) => translate('nb', key, params), 'nb-NO'));
    expect(records).toHaveLength(3);
    expect(records[1]!.fields.slice(0, 6)).toEqual(['Ørland kommune – «Åfjord»', 'Kommune', '', 'A', 'H', 'H']);
    expect(records[1]!.fields[8]).toBe('\'=HYPERLINK("x")');
    expect(records[1]!.fields[9]).toBe(translate('nb', 'actorMap.quadrant.engage'));
    expect(records[2]!.fields.slice(0, 3)).toEqual(['Brukerrådet', translate('nb', 'category.userOrg'), 'Mer; bedre']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkMatrix, findingsByTarget, responsibleCounts } from '../../../shared/kinds/huki/checks.ts';
import { readMatrix, visibleActorIds } from '../../../shared/kinds/huki/model.ts';
import { matrixOf, matrixWith } from './fixtures.ts';

/** The rules of domain.md: one H, at least one U, overloaded actors, actors without letters. */

const columns = ['Kommunen', 'DPS', 'Fastlege', 'NAV'];

function findings(rows: Record<string, Record<string, string>>, threshold = 5, cols = columns) {
  const f = matrixWith(cols, rows);
  const m = matrixOf(f);
  return { f, list: checkMatrix(m, visibleActorIds(m, f.doc.actors), threshold) };
}

describe('checkMatrix', () => {
  it('finds nothing in a sound matrix', () => {
    const { list } = findings({ Planlegge: { Kartlegge: 'HUKI', Avklare: 'UHIK' } });
    expect(list).toEqual([]);
  });

  it('flags a task with no H', () => {
    const { f, list } = findings({ Planlegge: { Kartlegge: 'UUKI', Avklare: 'HUKI' } });
    expect(list).toEqual([{ kind: 'noH', taskId: f.t['Kartlegge'] }]);
  });

  it('flags a task with more than one H, with the count', () => {
    const { f, list } = findings({ Utføre: { Rutine: 'HHUH' } });
    expect(list).toEqual([{ kind: 'manyH', taskId: f.t['Rutine'], count: 3 }]);
  });

  it('flags a task with no U', () => {
    const { f, list } = findings({ Evaluere: { 'Måle effekt': 'HKKI' } });
    expect(list).toEqual([{ kind: 'noU', taskId: f.t['Måle effekt'] }]);
  });

  it('flags a task with letters but neither H nor U twice: no H and no U', () => {
    const { f, list } = findings({ Evaluere: { Nesten: '--K-', Full: 'HUKI' } });
    expect(list).toEqual([
      { kind: 'noH', taskId: f.t['Nesten'] },
      { kind: 'noU', taskId: f.t['Nesten'] },
    ]);
  });

  it('holds the findings of a row until it has letters, and idle actors until the matrix has any (issue 16)', () => {
    expect(findings({ Evaluere: { Tom: '----', Full: 'HUKI' } }).list).toEqual([]);
    expect(findings({ Forberede: { En: '----', To: '----' }, Følge: { Tre: '----' } }).list).toEqual([]);
  });

  it('flags an actor with more U than the threshold, and not one at the threshold', () => {
    const rows = { Utføre: { A: 'HU--', B: 'HU--', C: 'HU--', D: 'UH--' } };
    // Columns 3 and 4 have no letters; leave them out here.
    const two = ['Kommunen', 'DPS'];
    const at = findings(rows, 3, two);
    expect(at.list).toEqual([]);
    const over = findings(rows, 2, two);
    expect(over.list).toEqual([{ kind: 'overload', actorId: over.f.a['DPS'], count: 3, threshold: 2 }]);
  });

  it('flags an actor with no letters at all', () => {
    const { f, list } = findings({ Planlegge: { Kartlegge: 'HUK-', Avklare: 'UHK-' } });
    expect(list).toEqual([{ kind: 'noLetters', actorId: f.a['NAV'] }]);
  });

  it('lists task findings in row order before actor findings in column order', () => {
    const { f, list } = findings({ Forberede: { En: '-U--' }, Følge: { To: 'HH--', Tre: 'H---' } });
    expect(list.map((x) => x.kind)).toEqual(['noH', 'manyH', 'noU', 'noU', 'noLetters', 'noLetters']);
    expect(list.slice(4)).toEqual([
      { kind: 'noLetters', actorId: f.a['Fastlege'] },
      { kind: 'noLetters', actorId: f.a['NAV'] },
    ]);
  });

  it('ignores letters of actors that are not shown (deleted from the registry)', () => {
    const f = matrixWith(columns, { Planlegge: { Kartlegge: 'UUHI' } });
    delete f.doc.actors[f.a['Fastlege']!];
    const m = matrixOf(f);
    const shown = visibleActorIds(m, f.doc.actors);
    expect(shown).toEqual([f.a['Kommunen'], f.a['DPS'], f.a['NAV']]);
    expect(checkMatrix(m, shown, 5)).toEqual([{ kind: 'noH', taskId: f.t['Kartlegge'] }]);
  });

  it('counts one letter per actor per task, even if a merge left two cells', () => {
    const f = matrixWith(columns, { Planlegge: { Kartlegge: 'HUKI' } });
    const raw = f.doc.items[f.itemId]!.props as { phases: { tasks: { cells: unknown[] }[] }[] };
    raw.phases[0]!.tasks[0]!.cells.push({ actorId: f.a['Kommunen'], letter: 'H' });
    const m = readMatrix(raw);
    expect(m.phases[0]!.tasks[0]!.cells).toHaveLength(4);
    expect(checkMatrix(raw as never, m.actorIds, 5)).toEqual([]);
  });

  it('groups findings by row and column, and counts U per actor', () => {
    const { f, list } = findings({ Utføre: { A: 'UU--', B: '-U--' } });
    const { tasks, actors } = findingsByTarget(list);
    expect(tasks.get(f.t['A']!)?.map((x) => x.kind)).toEqual(['noH']);
    expect(tasks.get(f.t['B']!)?.map((x) => x.kind)).toEqual(['noH']);
    expect([...actors.keys()]).toEqual([f.a['Fastlege'], f.a['NAV']]);
    const m = matrixOf(f);
    expect(Object.fromEntries(responsibleCounts(m, m.actorIds))).toEqual({ [f.a['Kommunen']!]: 1, [f.a['DPS']!]: 2, [f.a['Fastlege']!]: 0, [f.a['NAV']!]: 0 });
  });
});

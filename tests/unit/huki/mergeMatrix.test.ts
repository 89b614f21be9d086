import { describe, expect, it } from 'vitest';
import { applyPatches } from 'immer';
import { perform } from '../../../shared/ops/operation.ts';
import { csvToMatrix } from '../../../shared/kinds/huki/csv.ts';
import { mergeMatrix } from '../../../shared/kinds/huki/mergeMatrix.ts';
import { replaceMatrix } from '../../../shared/kinds/huki/ops.ts';
import { columnNames, matrixOf, matrixWith, tableOf } from './fixtures.ts';

/** Issue 16: a CSV import may add to the matrix (tasks matched by phase and name) instead of replacing it. */
describe('merging an imported matrix into the board’s', () => {
  const board = () =>
    matrixWith(['NAV', 'Fastlege', 'DPS'], {
      Forberede: { Kartlegge: 'H-U', 'Etablere team': 'UH-' },
      Evaluere: { Rapportere: '--H' },
    });

  it('matches tasks by phase and name, sets the file’s letters, keeps the rest, appends what is new', () => {
    const f = board();
    const file = csvToMatrix('Fase;Oppgave;fastlege;NAV;Ungdomsrådet\r\n forberede ;KARTLEGGE;U;;K\r\nForberede;Ny oppgave;;I;\r\nFølge opp;Dialogmøter;H;U;\r\n', f.doc.actors);
    if (!file.ok) throw new Error(JSON.stringify(file.problems));
    const { matrix, counts } = mergeMatrix(matrixOf(f), file.matrix);
    expect(counts).toEqual({ updated: 1, added: 2 });
    const before = f.doc;
    const result = perform(f.doc, replaceMatrix, { itemId: f.itemId, matrix, newActors: file.newActors });
    f.doc = result.doc;
    expect(columnNames(f)).toEqual(['NAV', 'Fastlege', 'DPS', 'Ungdomsrådet']);
    expect(tableOf(f)).toEqual({
      // Kartlegge: Fastlege gets U from the file, NAV keeps H (empty in the file), DPS keeps U.
      Forberede: { Kartlegge: 'HUUK', 'Etablere team': 'UH--', 'Ny oppgave': 'I---' },
      Evaluere: { Rapportere: '--H-' },
      'Følge opp': { Dialogmøter: 'UH--' },
    });
    // The board's own ids stay, so the room's cells are where they were.
    expect(matrixOf(f).phases[0]!.tasks[0]!.id).toBe(f.t['Kartlegge']);
    // One step to undo.
    expect(applyPatches(f.doc, result.inverse)).toEqual(before);
  });

  it('an empty file changes nothing', () => {
    const f = board();
    const { matrix, counts } = mergeMatrix(matrixOf(f), { actorIds: [], phases: [] });
    expect(counts).toEqual({ updated: 0, added: 0 });
    expect(matrix).toEqual(matrixOf(f));
  });
});

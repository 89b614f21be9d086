import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { hukiGeometry, layoutMatrix } from '../../../shared/kinds/huki/layout.ts';
import { readMatrix } from '../../../shared/kinds/huki/model.ts';
import {
  addColumn,
  addNewActorColumn,
  addPhase,
  addTask,
  createMatrix,
  deletePhase,
  deleteTask,
  moveColumn,
  movePhase,
  moveTask,
  removeColumn,
  renamePhase,
  renameTask,
  replaceMatrix,
  setBoardSettings,
  setCell,
} from '../../../shared/kinds/huki/ops.ts';
import { patchesToChanges } from '../../../shared/model/changes.ts';
import { newBoardId, newItemId } from '../../../shared/model/ids.ts';
import { OperationError, perform } from '../../../shared/ops/operation.ts';
import { actorNamed, columnNames, matrixOf, matrixWith, run, tableOf } from './fixtures.ts';

const cols = ['Kommunen', 'DPS', 'NAV'];
const base = () =>
  matrixWith(cols, {
    Forberede: { Kartlegge: 'HUK', Forankre: 'UH-' },
    Utføre: { Rutine: '-HU' },
  });

describe('cells', () => {
  it('sets, replaces and clears a letter', () => {
    const f = base();
    run(f, setCell, { itemId: f.itemId, taskId: f.t['Rutine']!, actorId: f.a['Kommunen']!, letter: 'K' });
    run(f, setCell, { itemId: f.itemId, taskId: f.t['Kartlegge']!, actorId: f.a['NAV']!, letter: 'I' });
    run(f, setCell, { itemId: f.itemId, taskId: f.t['Forankre']!, actorId: f.a['DPS']!, letter: null });
    expect(tableOf(f)).toEqual({ Forberede: { Kartlegge: 'HUI', Forankre: 'U--' }, Utføre: { Rutine: 'KHU' } });
  });

  it('writes exactly one row (the matrix item) per edit, and undo restores it', () => {
    const f = base();
    const before = f.doc;
    const result = perform(before, setCell, { itemId: f.itemId, taskId: f.t['Rutine']!, actorId: f.a['Kommunen']!, letter: 'H' });
    const changes = patchesToChanges(result.patches, result.doc);
    expect(changes).toEqual([{ table: 'items', op: 'put', record: result.doc.items[f.itemId] }]);
    expect(applyPatches(result.doc, result.inverse)).toEqual(before);
  });

  it('refuses a cell for an actor that is not a column, or a task that does not exist', () => {
    const f = base();
    const stranger = actorNamed('Politiet', 9);
    f.doc.actors[stranger.id] = stranger;
    expect(() => perform(f.doc, setCell, { itemId: f.itemId, taskId: f.t['Rutine']!, actorId: stranger.id, letter: 'H' })).toThrow(OperationError);
    expect(() => perform(f.doc, setCell, { itemId: f.itemId, taskId: 'o_missing', actorId: f.a['DPS']!, letter: 'H' })).toThrow(OperationError);
    expect(() => perform(f.doc, setCell, { itemId: f.itemId, taskId: f.t['Rutine']!, actorId: f.a['DPS']!, letter: 'X' as never })).toThrow(OperationError);
  });

  it('tidies a cell a registry merge doubled before editing it', () => {
    const f = base();
    const props = f.doc.items[f.itemId]!.props as { phases: { tasks: { cells: { actorId: string; letter: string }[] }[] }[]; actorIds: string[] };
    props.phases[0]!.tasks[0]!.cells.push({ actorId: f.a['Kommunen']!, letter: 'I' });
    props.actorIds.push(f.a['Kommunen']!);
    run(f, setCell, { itemId: f.itemId, taskId: f.t['Kartlegge']!, actorId: f.a['Kommunen']!, letter: 'K' });
    const stored = f.doc.items[f.itemId]!.props as typeof props;
    expect(stored.actorIds).toEqual(cols.map((c) => f.a[c]));
    expect(stored.phases[0]!.tasks[0]!.cells.filter((c) => c.actorId === f.a['Kommunen'])).toEqual([{ actorId: f.a['Kommunen'], letter: 'K' }]);
  });
});

describe('tasks and phases', () => {
  it('adds, renames and deletes tasks in place', () => {
    const f = base();
    run(f, addTask, { itemId: f.itemId, phaseId: f.p['Forberede']!, taskId: 'o_ny', name: 'Etablere arbeidsgruppe', index: 1 });
    run(f, renameTask, { itemId: f.itemId, taskId: f.t['Rutine']!, name: 'Felles rutine for utskrivning' });
    run(f, deleteTask, { itemId: f.itemId, taskId: f.t['Forankre']! });
    expect(tableOf(f)).toEqual({
      Forberede: { Kartlegge: 'HUK', 'Etablere arbeidsgruppe': '---' },
      Utføre: { 'Felles rutine for utskrivning': '-HU' },
    });
  });

  it('moves a task within its phase and into another phase, letters along', () => {
    const f = base();
    run(f, moveTask, { itemId: f.itemId, taskId: f.t['Kartlegge']!, phaseId: f.p['Forberede']!, index: 1 });
    expect(Object.keys(tableOf(f)['Forberede']!)).toEqual(['Forankre', 'Kartlegge']);
    run(f, moveTask, { itemId: f.itemId, taskId: f.t['Kartlegge']!, phaseId: f.p['Utføre']!, index: 0 });
    expect(tableOf(f)).toEqual({ Forberede: { Forankre: 'UH-' }, Utføre: { Kartlegge: 'HUK', Rutine: '-HU' } });
  });

  it('adds a phase with a first task, renames, moves and deletes phases', () => {
    const f = base();
    run(f, addPhase, { itemId: f.itemId, phaseId: 'f_ny', name: 'Evaluere', firstTask: { id: 'o_forste', name: 'Måle effekt' } });
    run(f, renamePhase, { itemId: f.itemId, phaseId: f.p['Forberede']!, name: 'Planlegge' });
    run(f, movePhase, { itemId: f.itemId, phaseId: 'f_ny', index: 0 });
    expect(Object.keys(tableOf(f))).toEqual(['Evaluere', 'Planlegge', 'Utføre']);
    run(f, deletePhase, { itemId: f.itemId, phaseId: f.p['Utføre']! });
    expect(tableOf(f)).toEqual({ Evaluere: { 'Måle effekt': '---' }, Planlegge: { Kartlegge: 'HUK', Forankre: 'UH-' } });
  });

  it('refuses an id that is already used', () => {
    const f = base();
    expect(() => perform(f.doc, addTask, { itemId: f.itemId, phaseId: f.p['Utføre']!, taskId: f.t['Rutine']!, name: 'x' })).toThrow(OperationError);
    expect(() => perform(f.doc, addPhase, { itemId: f.itemId, phaseId: f.p['Utføre']!, name: 'x' })).toThrow(OperationError);
  });
});

describe('columns', () => {
  it('adds an actor from the registry, moves and removes columns (with their letters)', () => {
    const f = base();
    const fastlege = actorNamed('Fastlege', 4);
    f.doc.actors[fastlege.id] = fastlege;
    run(f, addColumn, { itemId: f.itemId, actorId: fastlege.id, index: 1 });
    expect(columnNames(f)).toEqual(['Kommunen', 'Fastlege', 'DPS', 'NAV']);
    run(f, moveColumn, { itemId: f.itemId, actorId: f.a['NAV']!, index: 0 });
    expect(columnNames(f)).toEqual(['NAV', 'Kommunen', 'Fastlege', 'DPS']);
    run(f, removeColumn, { itemId: f.itemId, actorId: f.a['Kommunen']! });
    expect(columnNames(f)).toEqual(['NAV', 'Fastlege', 'DPS']);
    expect(matrixOf(f).phases.flatMap((p) => p.tasks.flatMap((t) => t.cells)).some((c) => c.actorId === f.a['Kommunen'])).toBe(false);
    // Adding it again starts with empty cells; the actor stayed in the registry.
    run(f, addColumn, { itemId: f.itemId, actorId: f.a['Kommunen']! });
    expect(columnNames(f)).toEqual(['NAV', 'Fastlege', 'DPS', 'Kommunen']);
    expect(tableOf(f)['Forberede']).toEqual({ Kartlegge: 'K-U-', Forankre: '--H-' });
  });

  it('moves columns by their visible position when a listed actor has left the registry', () => {
    const f = base();
    delete f.doc.actors[f.a['DPS']!];
    run(f, moveColumn, { itemId: f.itemId, actorId: f.a['NAV']!, index: 0 });
    expect(matrixOf(f).actorIds).toEqual([f.a['NAV'], f.a['DPS'], f.a['Kommunen']]);
  });

  it('creates a new actor and its column in one step, reusing an actor of the same name', () => {
    const f = base();
    const fresh = actorNamed('  Mental  Helse ', 10, 'userOrg');
    const result = perform(f.doc, addNewActorColumn, { itemId: f.itemId, actor: fresh });
    f.doc = result.doc;
    expect(f.doc.actors[fresh.id]?.name).toBe('Mental  Helse');
    expect(columnNames(f)).toEqual(['Kommunen', 'DPS', 'NAV', 'Mental  Helse']);
    // "nav" is NAV: no second NAV in the registry, and no second column.
    const again = actorNamed('nav', 11);
    run(f, addNewActorColumn, { itemId: f.itemId, actor: again });
    expect(f.doc.actors[again.id]).toBeUndefined();
    expect(columnNames(f)).toEqual(['Kommunen', 'DPS', 'NAV', 'Mental  Helse']);
    // Undo of the first is one step: actor and column both go.
    const undone = applyPatches(result.doc, result.inverse);
    expect(undone.actors[fresh.id]).toBeUndefined();
  });

  it('refuses an actor that is not in the registry', () => {
    const f = base();
    expect(() => perform(f.doc, addColumn, { itemId: f.itemId, actorId: actorNamed('Ukjent', 1).id })).toThrow(OperationError);
  });
});

describe('the item follows its content', () => {
  it('is as large as the layout, at the scale the user left it', () => {
    const f = base();
    const item = () => f.doc.items[f.itemId]!;
    const layout = () => {
      const m = matrixOf(f);
      return layoutMatrix(m, m.actorIds);
    };
    expect([item().w, item().h]).toEqual([layout().width, layout().height]);
    expect(item().w).toBe(hukiGeometry.taskWidth + 3 * hukiGeometry.columnWidth);
    // The user made it twice as large; a new task keeps that scale.
    f.doc = { ...f.doc, items: { ...f.doc.items, [f.itemId]: { ...item(), w: item().w * 2, h: item().h * 2 } } };
    run(f, addTask, { itemId: f.itemId, phaseId: f.p['Utføre']!, taskId: 'o_mer', name: 'Mer' });
    expect(item().w).toBe(layout().width * 2);
    expect(item().h).toBe(layout().height * 2);
    expect(layout().rows).toHaveLength(6);
  });
});

describe('import and settings', () => {
  it('replaces the content in one step, adding new actors', () => {
    const f = base();
    const nytt = actorNamed('Ungdomsrådet i HNT', 20, 'other');
    const result = perform(f.doc, replaceMatrix, {
      itemId: f.itemId,
      newActors: [nytt],
      matrix: {
        actorIds: [nytt.id, f.a['DPS']!],
        phases: [{ id: 'f_x', name: 'Planlegge', tasks: [{ id: 'o_x', name: 'Lage puslespillet SAMMEN', cells: [{ actorId: nytt.id, letter: 'H' }] }] }],
      },
    });
    f.doc = result.doc;
    expect(tableOf(f)).toEqual({ Planlegge: { 'Lage puslespillet SAMMEN': 'H-' } });
    expect(f.doc.actors[nytt.id]?.name).toBe('Ungdomsrådet i HNT');
    expect(applyPatches(result.doc, result.inverse).actors[nytt.id]).toBeUndefined();
  });

  it('refuses columns of unknown actors and duplicate row ids', () => {
    const f = base();
    expect(() => perform(f.doc, replaceMatrix, { itemId: f.itemId, newActors: [], matrix: { actorIds: [actorNamed('X', 1).id], phases: [] } })).toThrow(OperationError);
    expect(() =>
      perform(f.doc, replaceMatrix, {
        itemId: f.itemId,
        newActors: [],
        matrix: { actorIds: [], phases: [{ id: 'f_a', name: 'A', tasks: [] }, { id: 'f_a', name: 'B', tasks: [] }] },
      }),
    ).toThrow(OperationError);
  });

  it('sets the letter system and the threshold on the board, validated', () => {
    const f = base();
    run(f, setBoardSettings, { boardId: f.boardId, patch: { letters: 'raci' } });
    run(f, setBoardSettings, { boardId: f.boardId, patch: { overloadThreshold: 3 } });
    expect(f.doc.boards[f.boardId]!.props).toEqual({ letters: 'raci', overloadThreshold: 3 });
    expect(() => perform(f.doc, setBoardSettings, { boardId: f.boardId, patch: { overloadThreshold: 0 } })).toThrow(OperationError);
    expect(() => perform(f.doc, setBoardSettings, { boardId: f.boardId, patch: { letters: 'xyz' as never } })).toThrow(OperationError);
  });

  it('creates a matrix on a board that has none, in front of what is there', () => {
    const f = base();
    const boardId = f.boardId;
    const id = newItemId();
    run(f, createMatrix, { boardId, itemId: id, at: { x: 100, y: 50 }, matrix: { actorIds: [], phases: [{ id: 'f_1', name: 'Forberede', tasks: [] }] } });
    const item = f.doc.items[id]!;
    expect([item.type, item.x, item.y, item.z]).toEqual(['hukiMatrix', 100, 50, 2]);
    expect(readMatrix(item.props).phases[0]!.name).toBe('Forberede');
    expect(() => perform(f.doc, createMatrix, { boardId: newBoardId(), itemId: newItemId(), at: { x: 0, y: 0 }, matrix: { actorIds: [], phases: [] } })).toThrow(OperationError);
  });
});

import { describe, expect, it } from 'vitest';
import { applyRowChanges, patchesToChanges, RowChangeSchema } from '../../../shared/model/changes.ts';
import { boardsInOrder, itemsOfBoard } from '../../../shared/model/document.ts';
import { perform } from '../../../shared/ops/operation.ts';
import { deleteBoard, renameBoard } from '../../../shared/ops/boardOps.ts';
import { updateMeta } from '../../../shared/ops/workshopOps.ts';
import { workshopWith } from '../../helpers/workshop.ts';

describe('patches to row changes', () => {
  it('an edit of one record becomes one row write, whatever the size of the workshop', () => {
    const doc = workshopWith({ boards: 3, notesPerBoard: 500 });
    const [board] = boardsInOrder(doc);
    const { doc: next, patches } = perform(doc, renameBoard, { id: board!.id, name: 'Akuttloopen Bergen' });
    expect(patchesToChanges(patches, next)).toEqual([{ table: 'boards', op: 'put', record: next.boards[board!.id] }]);
  });

  it('deleting a board becomes deletes of the board and each of its items', () => {
    const doc = workshopWith({ boards: 2, notesPerBoard: 4 });
    const [board] = boardsInOrder(doc);
    const { doc: next, patches } = perform(doc, deleteBoard, { id: board!.id });
    const changes = patchesToChanges(patches, next);
    expect(changes.filter((c) => c.op === 'delete')).toHaveLength(5);
    expect(changes.every((c) => c.op === 'delete')).toBe(true);
  });

  it('several patches to one record collapse into one write of its final state', () => {
    const doc = workshopWith();
    const { doc: next, patches } = perform(doc, updateMeta, { patch: { title: 'Inn-Trøndelag', region: 'Inn-Trøndelag', facilitator: 'Kari' } });
    expect(patches.length).toBeGreaterThan(1);
    expect(patchesToChanges(patches, next)).toEqual([{ table: 'meta', op: 'put', record: next.meta }]);
  });

  it('applying the changes to the old document gives the new one, and every change validates', () => {
    const doc = workshopWith({ boards: 2, notesPerBoard: 3 });
    const [board] = boardsInOrder(doc);
    const { doc: next, patches } = perform(doc, deleteBoard, { id: board!.id });
    const changes = patchesToChanges(patches, next);
    for (const change of changes) expect(RowChangeSchema.safeParse(change).success).toBe(true);
    const replay = structuredClone(doc);
    applyRowChanges(replay, changes);
    expect(replay).toEqual(next);
    expect(itemsOfBoard(replay, board!.id)).toHaveLength(0);
  });
});

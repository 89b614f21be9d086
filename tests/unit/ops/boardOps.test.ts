import { describe, expect, it } from 'vitest';
import { boardsInOrder, itemsOfBoard } from '../../../shared/model/document.ts';
import { newBoardId, type BoardId } from '../../../shared/model/ids.ts';
import { History } from '../../../shared/ops/history.ts';
import { OperationError, perform } from '../../../shared/ops/operation.ts';
import { addBoard, deleteBoard, duplicateBoard, moveBoard, renameBoard } from '../../../shared/ops/boardOps.ts';
import { updateMeta } from '../../../shared/ops/workshopOps.ts';
import { note, workshopWith } from '../../helpers/workshop.ts';

describe('board operations', () => {
  it('adds a board of a registered kind at the end, and refuses an unknown kind', () => {
    const doc = workshopWith({ boards: 2 });
    const id = newBoardId();
    const { doc: next } = perform(doc, addBoard, { id, kind: 'whiteboard', name: 'Aktørkart Fosen', withTemplate: false });
    expect(boardsInOrder(next).at(-1)?.name).toBe('Aktørkart Fosen');
    expect(() => perform(doc, addBoard, { id: newBoardId(), kind: 'tidsreise', name: 'x', withTemplate: false })).toThrow(OperationError);
  });

  it('renames with æøå and Sami names, trims, and refuses an empty or over-long name', () => {
    const doc = workshopWith();
    const [board] = boardsInOrder(doc);
    const { doc: next } = perform(doc, renameBoard, { id: board!.id, name: '  Snåase – Snåsa: Hva er viktig for deg?  ' });
    expect(next.boards[board!.id]!.name).toBe('Snåase – Snåsa: Hva er viktig for deg?');
    expect(() => perform(doc, renameBoard, { id: board!.id, name: '   ' })).toThrow(OperationError);
    expect(() => perform(doc, renameBoard, { id: board!.id, name: 'x'.repeat(501) })).toThrow(OperationError);
  });

  it('moves a board by changing only its own order', () => {
    const doc = workshopWith({ boards: 4 });
    const [a, b, c, d] = boardsInOrder(doc);
    const { doc: next, patches } = perform(doc, moveBoard, { id: d!.id, toIndex: 1 });
    expect(boardsInOrder(next).map((x) => x.id)).toEqual([a!.id, d!.id, b!.id, c!.id]);
    expect(new Set(patches.map((p) => p.path[1]))).toEqual(new Set([d!.id]));
    const { doc: first } = perform(doc, moveBoard, { id: c!.id, toIndex: 0 });
    expect(boardsInOrder(first)[0]!.id).toBe(c!.id);
  });

  it('duplicates a board with its items, right after the original', () => {
    const doc = workshopWith({ boards: 2, notesPerBoard: 3 });
    const [a, b] = boardsInOrder(doc);
    const copyId = newBoardId();
    const { doc: next } = perform(doc, duplicateBoard, { id: a!.id, newId: copyId, name: 'Kopi' });
    expect(boardsInOrder(next).map((x) => x.id)).toEqual([a!.id, copyId, b!.id]);
    const originals = itemsOfBoard(next, a!.id);
    const copies = itemsOfBoard(next, copyId);
    expect(copies.map((i) => i.props.text)).toEqual(originals.map((i) => i.props.text));
    expect(copies.every((c) => !originals.some((o) => o.id === c.id))).toBe(true);
  });

  it('deletes a board with its items; one undo brings everything back', () => {
    const doc = workshopWith({ boards: 2, notesPerBoard: 5 });
    const [a] = boardsInOrder(doc);
    const history = new History();
    const result = perform(doc, deleteBoard, { id: a!.id });
    history.record({ labelKey: deleteBoard.labelKey, patches: result.patches, inverse: result.inverse });
    expect(result.doc.boards[a!.id]).toBeUndefined();
    expect(itemsOfBoard(result.doc, a!.id)).toHaveLength(0);
    expect(history.undoLabel).toBe('op.board.delete');
    const undone = history.undo(result.doc)!;
    expect(undone.doc).toEqual(doc);
    const redone = history.redo(undone.doc)!;
    expect(redone.doc).toEqual(result.doc);
  });

  it('an edit after an undo clears the redo stack', () => {
    const doc = workshopWith();
    const history = new History();
    const step = (d: typeof doc, title: string) => {
      const r = perform(d, updateMeta, { patch: { title } });
      history.record({ labelKey: updateMeta.labelKey, patches: r.patches, inverse: r.inverse });
      return r.doc;
    };
    const one = step(doc, 'Fosen');
    const back = history.undo(one)!.doc;
    expect(history.canRedo).toBe(true);
    step(back, 'Fjellregionen');
    expect(history.canRedo).toBe(false);
  });

  it('refuses an operation on a board that does not exist and leaves the document as it was', () => {
    const doc = workshopWith();
    const before = JSON.stringify(doc);
    expect(() => perform(doc, renameBoard, { id: 'b_missing' as BoardId, name: 'x' })).toThrow(OperationError);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('keeps item texts with odd characters as plain data', () => {
    const doc = workshopWith();
    const [board] = boardsInOrder(doc);
    const odd = note(board!.id, '<script>alert(1)</script> \' OR 1=1; -- مرحبا 👩‍⚕️ Raarvihke – Røyrvik');
    doc.items[odd.id] = odd;
    const { doc: next } = perform(doc, duplicateBoard, { id: board!.id, newId: newBoardId(), name: 'Kopi' });
    expect(Object.values(next.items).filter((i) => i.props.text === odd.props.text)).toHaveLength(2);
  });
});

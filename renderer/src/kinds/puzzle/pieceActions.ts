import { addPieces, placePiece, updatePiece } from '../../../../shared/kinds/puzzle/ops.ts';
import type { PiecePatch } from '../../../../shared/kinds/puzzle/piece.ts';
import { newItemId, type BoardId, type ItemId } from '../../../../shared/model/ids.ts';
import { deleteItems } from '../../../../shared/ops/itemOps.ts';
import { setSelection } from '../../canvas/sessionStore.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';
import { runWithGlide } from './snapAnimation.ts';

/** What the panel and the inventory table do to pieces; each call is one operation, one undo step. */

export function newPiece(store: WorkshopStore, boardId: BoardId, name: string): ItemId | null {
  const id = newItemId();
  const ok = store.getState().run(addPieces, { boardId, pieces: [{ id, props: { text: name }, slot: null }] });
  if (!ok) return null;
  setSelection([id]);
  return id;
}

export function editPiece(store: WorkshopStore, id: ItemId, patch: PiecePatch): void {
  store.getState().run(updatePiece, { id, patch });
}

export function movePiece(store: WorkshopStore, boardId: BoardId, id: ItemId, slot: { rowId: string; columnId: string } | null): void {
  runWithGlide(store, boardId, placePiece, { id, slot });
}

export function removePiece(store: WorkshopStore, id: ItemId): void {
  store.getState().run(deleteItems, { ids: [id] });
}

/** After a new piece: its name field, with the placeholder name selected so typing replaces it. */
export function focusPieceName(): void {
  requestAnimationFrame(() => {
    const field = document.getElementById('puzzle-piece-name');
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
    }
  });
}

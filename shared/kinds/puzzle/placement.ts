import { isDraft, original } from 'immer';
import type { WorkshopDoc } from '../../model/document.ts';
import type { BoardId, ItemId } from '../../model/ids.ts';
import type { Item } from '../../model/records.ts';
import { slotOfBox, type Grid, type SlotIndex } from './grid.ts';
import { isPiece } from './piece.ts';

/**
 * Which piece lies in which slot, derived from the pieces' positions (see grid.ts). Two pieces on
 * one slot can only come from a hand-edited file or a paste at the same spot; the one in front
 * counts as placed and the other as loose, so every slot shows at most one service.
 */
export interface Placement {
  /** The piece in each slot, by `indexKey(row, col)`. */
  bySlot: Map<string, Item>;
  /** Every piece's slot, or null for a loose piece. */
  slotOf: Map<ItemId, SlotIndex | null>;
  placed: Item[];
  loose: Item[];
}

export const indexKey = (row: number, col: number): string => `${row},${col}`;

/** The pieces of a board, back to front. */
export function piecesOf(items: Readonly<Record<string, Item>>, boardId: BoardId): Item[] {
  return Object.values(items)
    .filter((item) => item.boardId === boardId && isPiece(item))
    .sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function placementOf(grid: Grid, pieces: readonly Item[]): Placement {
  const bySlot = new Map<string, Item>();
  const slotOf = new Map<ItemId, SlotIndex | null>();
  // Front to back, so the front piece claims a doubly covered slot.
  const frontToBack = [...pieces].sort((a, b) => b.z - a.z || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  for (const piece of frontToBack) {
    const slot = slotOfBox(grid, piece);
    const key = slot ? indexKey(slot.row, slot.col) : null;
    if (slot && key && !bySlot.has(key) && piece.rotation % 360 === 0) {
      bySlot.set(key, piece);
      slotOf.set(piece.id, slot);
    } else {
      slotOf.set(piece.id, null);
    }
  }
  const placed = pieces.filter((p) => slotOf.get(p.id) !== null);
  const loose = pieces.filter((p) => slotOf.get(p.id) === null);
  return { bySlot, slotOf, placed, loose };
}

/**
 * The items as they were before the current operation, for reading without wrapping every item of
 * the workshop in an immer proxy (see itemOps.ts: a draft scan costs tens of milliseconds on a
 * large workshop; the original costs about one).
 */
export function baseItemsOf(draft: WorkshopDoc): Readonly<Record<string, Item>> {
  const items = draft.items;
  return (isDraft(items) ? original(items) : items) as Readonly<Record<string, Item>>;
}

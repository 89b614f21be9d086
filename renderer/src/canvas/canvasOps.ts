import { z } from 'zod';
import { isDraft, original, type Draft } from 'immer';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { ItemIdSchema, type ItemId } from '../../../shared/model/ids.ts';
import { limits } from '../../../shared/model/limits.ts';
import { ItemSchema, type Item } from '../../../shared/model/records.ts';
import { createItems, moveItems, reparentItems } from '../../../shared/ops/itemOps.ts';
import { defineOperation, OperationError } from '../../../shared/ops/operation.ts';

/**
 * Gestures that are one step for the user but two item operations: a drag that also drops notes
 * into a frame, drawing a frame around notes. Each is composed from the shared operations'
 * `apply`, so the rules (locked items stay, frames carry contents, no frame inside itself) are
 * the shared ones, and the gesture is one undo step and one transaction.
 */

const ids = z.array(ItemIdSchema).min(1).max(limits.changesPerCall);
const finite = z.number().finite();
const ParentChangeSchema = z.object({ id: ItemIdSchema, parentId: ItemIdSchema.nullable() });

type Items = Record<string, Item>;
type ParentChange = { id: ItemId; parentId: ItemId | null };

/**
 * The items as they were before the operation, for reading: scanning the draft would wrap every
 * item of the workshop in a proxy (the shared operations read the same way, for the same reason).
 */
function baseItems(draft: Draft<WorkshopDoc>): Readonly<Items> {
  return isDraft(draft.items) ? original(draft.items)! : draft.items;
}

/** Items that enter a frame drawn in front of them come forward, so the frame doesn't hide them. */
function raiseAboveFrames(draft: Draft<WorkshopDoc>, changes: readonly ParentChange[], created: readonly Item[]): void {
  const items: Items = draft.items;
  const base = baseItems(draft);
  const topOf = new Map<string, number>();
  const top = (boardId: string) => {
    let z = topOf.get(boardId);
    if (z === undefined) {
      z = -Infinity;
      for (const other of [...Object.values(base), ...created]) if (other.boardId === boardId) z = Math.max(z, other.z);
      topOf.set(boardId, z);
    }
    return z;
  };
  for (const { id, parentId } of changes) {
    const item = items[id];
    const frame = parentId ? items[parentId] : undefined;
    if (!item || !frame || item.z > frame.z) continue;
    const z = Math.max(top(item.boardId), frame.z) + 1;
    item.z = z;
    topOf.set(item.boardId, z);
  }
}

/**
 * Sets parents through the shared reparent operation; a parent created in this same operation is
 * checked here instead (the shared operation reads the document as it was before).
 */
function applyParents(draft: Draft<WorkshopDoc>, changes: readonly ParentChange[], created: readonly Item[] = []): void {
  const items: Items = draft.items;
  const fresh = new Map(created.map((item) => [item.id, item]));
  const byParent = new Map<ItemId | null, ItemId[]>();
  for (const { id, parentId } of changes) {
    const newFrame = parentId ? fresh.get(parentId) : undefined;
    if (newFrame) {
      const child = items[id];
      if (newFrame.type !== 'frame') throw new OperationError('error.invalidEdit', `item ${parentId} is not a frame`);
      if (!child || child.boardId !== newFrame.boardId) throw new OperationError('error.invalidEdit', `item ${id} not on the frame's board`);
      if (child.id === newFrame.id || child.id === newFrame.parentId) throw new OperationError('error.invalidEdit', 'a frame cannot go inside itself');
      if (child.parentId !== parentId) child.parentId = parentId;
      continue;
    }
    const list = byParent.get(parentId);
    if (list) list.push(id);
    else byParent.set(parentId, [id]);
  }
  for (const [parentId, list] of byParent) reparentItems.apply(draft, { ids: list, parentId });
  raiseAboveFrames(draft, changes, created);
}

/** A drag: move (with groups and frame contents), then drop the dragged items into or out of frames. */
export const dragItems = defineOperation({
  id: 'canvas.dragItems',
  labelKey: 'op.items.move',
  args: z.object({ ids, dx: finite, dy: finite, parents: z.array(ParentChangeSchema).max(limits.changesPerCall) }),
  apply(draft, { ids, dx, dy, parents }) {
    if (dx !== 0 || dy !== 0) moveItems.apply(draft, { ids, dx, dy });
    applyParents(draft, parents);
  },
});

/** New items, some of which go into frames at once (a note placed inside a frame, a frame drawn around notes). */
export const createItemsWithParents = defineOperation({
  id: 'canvas.createItems',
  labelKey: 'op.items.create',
  args: z.object({ items: z.array(ItemSchema).min(1).max(limits.changesPerCall), parents: z.array(ParentChangeSchema).max(limits.changesPerCall) }),
  apply(draft, { items, parents }) {
    createItems.apply(draft, { items });
    applyParents(draft, parents, items);
  },
});

/**
 * A kind tool's new items, stacked in front of everything on the board (`top` is the board's
 * highest z) in the order the tool made them, as the canvas's own new items are: a piece made
 * with the piece tool must never appear behind the pieces already there.
 */
export function stackedInFront(items: readonly Item[], top: number): Item[] {
  return items.map((item, i) => ({ ...item, z: top + 1 + i }));
}

import { z } from 'zod';
import { isDraft, original, type Draft } from 'immer';
import type { WorkshopDoc } from '../model/document.ts';
import { BoardIdSchema, ItemIdSchema, type ItemId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { ItemSchema, type Item } from '../model/records.ts';
import { alignItems, alignments, distributeItems, type Position } from '../items/arrange.ts';
import { reIdItems } from '../items/clipboard.ts';
import { expandToGroups, isCarriedBy, moveClosure, newGroupId } from '../items/groups.ts';
import { isCoreItemType, itemTypes, PointSchema } from '../items/itemTypes.ts';
import { checkAnyItemProps, minItemSize } from '../kinds/kindItemTypes.ts';
import { restack, stackMoves } from '../items/stacking.ts';
import { defineOperation, OperationError } from './operation.ts';

/**
 * Edits of the items on a board. Each is one operation, so a drag of forty notes is one undo step
 * and one transaction. Locked items keep their place: moves, resizes, rotations, alignment and
 * deletes pass them by (a locked template background survives a select-all and Delete).
 */

const finite = z.number().finite();
const ids = z.array(ItemIdSchema).min(1).max(limits.changesPerCall);
const itemList = z.array(ItemSchema).min(1).max(limits.changesPerCall);

type Items = Record<string, Item>;
const itemsOf = (draft: Draft<WorkshopDoc>): Items => draft.items;

/**
 * The items as they were before this operation, for reading. Scanning the draft itself wraps every
 * item of the workshop in a proxy (measured: +30–40 ms per drag on a 10,000-note board); scanning the
 * original costs about a millisecond, and only the items actually changed go through the draft.
 */
function baseItems(draft: Draft<WorkshopDoc>): Readonly<Items> {
  const items = draft.items;
  return isDraft(items) ? original(items)! : items;
}

function itemOf(items: Readonly<Items>, id: ItemId): Item {
  const item = items[id];
  if (!item) throw new OperationError('error.invalidEdit', `item ${id} not found`);
  return item;
}

/** Validated props for a write, defaults filled: core types by their schema, a kind's types by the schema the kind declares. */
function validProps(type: string, props: unknown): Record<string, unknown> {
  const checked = checkAnyItemProps(type, props);
  if (!checked.success) throw new OperationError('error.invalidEdit', `${type} props: ${checked.error}`);
  return checked.props;
}

function insertItems(draft: Draft<WorkshopDoc>, items: readonly Item[]): void {
  const all = itemsOf(draft);
  for (const item of items) {
    if (!draft.boards[item.boardId]) throw new OperationError('error.invalidEdit', `board ${item.boardId} not found`);
    if (all[item.id]) throw new OperationError('error.invalidEdit', `item ${item.id} exists`);
    all[item.id] = { ...item, props: validProps(item.type, item.props) };
  }
}

/** Moves an item; a connector's stored end points go along so unattached ends follow. */
function shift(item: Item, dx: number, dy: number): void {
  if (dx === 0 && dy === 0) return;
  item.x += dx;
  item.y += dy;
  if (item.type !== 'connector') return;
  for (const key of ['fromPoint', 'toPoint']) {
    const p = item.props[key] as { x: number; y: number } | undefined;
    if (p) item.props[key] = { x: p.x + dx, y: p.y + dy };
  }
}

/**
 * Applies new positions and carries each frame's contents by its frame's shift. A carried item
 * takes the shift of its nearest ancestor that moved, so nested frames don't move things twice.
 */
function applyPositions(draft: Draft<WorkshopDoc>, positions: readonly Position[]): void {
  const items = itemsOf(draft);
  const base = baseItems(draft);
  const shifts = new Map<ItemId, { dx: number; dy: number }>();
  for (const p of positions) {
    const item = itemOf(base, p.id);
    shifts.set(p.id, { dx: p.x - item.x, dy: p.y - item.y });
  }
  for (const item of Object.values(base)) {
    if (item.locked) continue;
    let s = shifts.get(item.id);
    if (!s) {
      const seen = new Set<ItemId>();
      for (let parent = item.parentId; parent && !seen.has(parent) && !s; parent = base[parent]?.parentId ?? null) {
        seen.add(parent);
        s = shifts.get(parent);
      }
    }
    if (s) shift(items[item.id]!, s.dx, s.dy);
  }
}

/** Items that alignment and distribution may move: unlocked and with a box of their own. */
function arrangeable(items: Readonly<Items>, list: readonly ItemId[]): Item[] {
  return list.map((id) => itemOf(items, id)).filter((item) => !item.locked && item.type !== 'connector');
}

export const createItems = defineOperation({
  id: 'items.create',
  labelKey: 'op.items.create',
  args: z.object({ items: itemList }),
  apply(draft, { items }) {
    insertItems(draft, items);
  },
});

const ItemPatchSchema = z.object({
  id: ItemIdSchema,
  x: finite.optional(),
  y: finite.optional(),
  w: finite.min(0).optional(),
  h: finite.min(0).optional(),
  rotation: finite.optional(),
  props: z.record(z.string(), z.unknown()).optional(),
});
export type ItemPatch = z.infer<typeof ItemPatchSchema>;

/**
 * Partial changes of geometry and props for several items at once (a colour change for the whole
 * selection is one step). Props are merged and the result validated; a locked item's geometry
 * can't change.
 */
export const updateItems = defineOperation({
  id: 'items.update',
  labelKey: 'op.items.update',
  args: z.object({ patches: z.array(ItemPatchSchema).min(1).max(limits.changesPerCall) }),
  apply(draft, { patches }) {
    const items = itemsOf(draft);
    for (const { id, props, ...geometry } of patches) {
      const item = itemOf(items, id);
      const changes = Object.entries(geometry).filter(([, v]) => v !== undefined) as [keyof typeof geometry, number][];
      if (item.locked && changes.length > 0) throw new OperationError('error.invalidEdit', `item ${id} is locked`);
      for (const [key, value] of changes) item[key] = value;
      if (!props) continue;
      const merged = validProps(item.type, { ...item.props, ...props });
      // Write only what the patch names (and defaults that were missing), so the undo step stays small.
      for (const [key, value] of Object.entries(merged)) {
        if (key in props || !(key in item.props)) item.props[key] = value;
      }
    }
  },
});

/**
 * Moves items by a delta. Their groups move along, frames carry their contents, locked items stay.
 * Dragging forty notes is one call, so it is one undo step.
 */
export const moveItems = defineOperation({
  id: 'items.move',
  labelKey: 'op.items.move',
  args: z.object({ ids, dx: finite, dy: finite }),
  apply(draft, { ids, dx, dy }) {
    const base = baseItems(draft);
    for (const id of ids) itemOf(base, id);
    const items = itemsOf(draft);
    for (const id of moveClosure(ids, base, (item) => !item.locked)) shift(items[id]!, dx, dy);
  },
});

/** Sets an item's box; width and height never go below the type's minimum so it stays grabbable. */
export const resizeItem = defineOperation({
  id: 'items.resize',
  labelKey: 'op.items.resize',
  args: z.object({ id: ItemIdSchema, x: finite, y: finite, w: finite, h: finite }),
  apply(draft, { id, x, y, w, h }) {
    const item = itemOf(itemsOf(draft), id);
    if (item.type === 'connector') throw new OperationError('error.invalidEdit', 'a connector has no box to resize');
    if (item.locked) throw new OperationError('error.invalidEdit', `item ${id} is locked`);
    const min = isCoreItemType(item.type) ? itemTypes[item.type].minSize : minItemSize(item.type);
    Object.assign(item, { x, y, w: Math.max(min, w), h: Math.max(min, h) });
  },
});

/** Sets the rotation (degrees, kept in 0–360). Frames and connectors don't rotate; locked items stay. */
export const rotateItems = defineOperation({
  id: 'items.rotate',
  labelKey: 'op.items.rotate',
  args: z.object({ ids, rotation: finite }),
  apply(draft, { ids, rotation }) {
    const items = itemsOf(draft);
    const normalised = ((rotation % 360) + 360) % 360;
    for (const id of ids) {
      const item = itemOf(items, id);
      if (item.locked || item.type === 'frame' || item.type === 'connector') continue;
      if (item.rotation !== normalised) item.rotation = normalised;
    }
  },
});

/**
 * Deletes items. Connectors attached to a deleted item go too, locked or not (an arrow to nothing
 * means nothing); a deleted frame's contents stay on the board, no longer carried. Locked items
 * among `ids` are kept.
 */
export const deleteItems = defineOperation({
  id: 'items.delete',
  labelKey: 'op.items.delete',
  args: z.object({ ids }),
  apply(draft, { ids }) {
    const base = baseItems(draft);
    const items = itemsOf(draft);
    const doomed = new Set(ids.map((id) => itemOf(base, id)).filter((item) => !item.locked).map((item) => item.id));
    for (const item of Object.values(base)) {
      if (item.type !== 'connector') continue;
      const { fromId, toId } = item.props;
      if (doomed.has(fromId as ItemId) || doomed.has(toId as ItemId)) doomed.add(item.id);
    }
    for (const id of doomed) delete items[id];
    for (const item of Object.values(base)) {
      if (item.parentId && doomed.has(item.parentId) && !doomed.has(item.id)) items[item.id]!.parentId = null;
    }
  },
});

/** Bring to front, send to back, or one step forward or backward; only the moved items' z changes. */
export const setItemsZ = defineOperation({
  id: 'items.setZ',
  labelKey: 'op.items.setZ',
  args: z.object({ ids, to: z.enum(stackMoves) }),
  apply(draft, { ids, to }) {
    const base = baseItems(draft);
    const items = itemsOf(draft);
    const selected = new Set<string>(ids);
    const boards = new Set(ids.map((id) => itemOf(base, id).boardId));
    for (const boardId of boards) {
      const ordered = Object.values(base)
        .filter((item) => item.boardId === boardId)
        .sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : 1));
      for (const [id, z] of restack(ordered, selected, to)) items[id]!.z = z;
    }
  },
});

/**
 * Groups items (with the groups they are already in: groups don't nest). The caller may pass the
 * group id so it can select the group afterwards.
 */
export const groupItems = defineOperation({
  id: 'items.group',
  labelKey: 'op.items.group',
  args: z.object({ ids: ids.min(2), groupId: z.string().min(1).max(80).optional() }),
  apply(draft, { ids, groupId }) {
    const base = baseItems(draft);
    const items = itemsOf(draft);
    const boards = new Set(ids.map((id) => itemOf(base, id).boardId));
    if (boards.size > 1) throw new OperationError('error.invalidEdit', 'items on different boards cannot be grouped');
    const group = groupId ?? newGroupId();
    for (const id of expandToGroups(ids, base)) if (base[id]!.groupId !== group) items[id]!.groupId = group;
  },
});

/** Dissolves the groups of the given items; every member of those groups is set free. */
export const ungroupItems = defineOperation({
  id: 'items.ungroup',
  labelKey: 'op.items.ungroup',
  args: z.object({ ids }),
  apply(draft, { ids }) {
    const base = baseItems(draft);
    const items = itemsOf(draft);
    for (const id of ids) itemOf(base, id);
    for (const id of expandToGroups(ids, base)) if (base[id]!.groupId !== null) items[id]!.groupId = null;
  },
});

function lockOperation(id: 'items.lock' | 'items.unlock', locked: boolean) {
  return defineOperation({
    id,
    labelKey: locked ? 'op.items.lock' : 'op.items.unlock',
    args: z.object({ ids }),
    apply(draft, { ids }) {
      const items = itemsOf(draft);
      for (const itemId of ids) {
        const item = itemOf(items, itemId);
        if (item.locked !== locked) item.locked = locked;
      }
    },
  });
}

/** Locking keeps a template's backdrop, headings and frames in place while the room works on top. */
export const lockItems = lockOperation('items.lock', true);
export const unlockItems = lockOperation('items.unlock', false);

export const alignItemsOp = defineOperation({
  id: 'items.align',
  labelKey: 'op.items.align',
  args: z.object({ ids, how: z.enum(alignments) }),
  apply(draft, { ids, how }) {
    applyPositions(draft, alignItems(arrangeable(baseItems(draft), ids), how));
  },
});

export const distributeItemsOp = defineOperation({
  id: 'items.distribute',
  labelKey: 'op.items.distribute',
  args: z.object({ ids, axis: z.enum(['horizontal', 'vertical']) }),
  apply(draft, { ids, axis }) {
    applyPositions(draft, distributeItems(arrangeable(baseItems(draft), ids), axis));
  },
});

/**
 * Pastes clipboard items onto a board: fresh ids, references remapped (see `reIdItems`), moved by
 * `offset`, stacked in front of everything in their original order. `newIds`, when given, are
 * used in the items' order, so the caller knows what to select afterwards.
 */
export const pasteItems = defineOperation({
  id: 'items.paste',
  labelKey: 'op.items.paste',
  args: z.object({ boardId: BoardIdSchema, items: itemList, offset: PointSchema, newIds: z.array(ItemIdSchema).optional() }),
  apply(draft, { boardId, items, offset, newIds }) {
    if (!draft.boards[boardId]) throw new OperationError('error.invalidEdit', `board ${boardId} not found`);
    if (newIds && newIds.length < items.length) throw new OperationError('error.invalidEdit', 'fewer new ids than items');
    let next = 0;
    const copies = reIdItems(items, { boardId, offset, ...(newIds ? { newId: () => newIds[next++]! } : {}) });
    let top = -Infinity;
    for (const item of Object.values(baseItems(draft))) if (item.boardId === boardId) top = Math.max(top, item.z);
    if (top === -Infinity) top = 0;
    const byZ = copies.map((item, i) => ({ item, i })).sort((a, b) => a.item.z - b.item.z || a.i - b.i);
    byZ.forEach(({ item }, n) => (item.z = top + n + 1));
    insertItems(draft, copies);
  },
});

/**
 * Puts items into a frame (or takes them out with null) after a drop. The frame must be on the
 * same board and can't end up inside one of the items it receives.
 */
export const reparentItems = defineOperation({
  id: 'items.reparent',
  labelKey: 'op.items.reparent',
  args: z.object({ ids, parentId: ItemIdSchema.nullable() }),
  apply(draft, { ids, parentId }) {
    const base = baseItems(draft);
    const items = itemsOf(draft);
    const parent = parentId ? itemOf(base, parentId) : undefined;
    if (parent && parent.type !== 'frame') throw new OperationError('error.invalidEdit', `item ${parentId} is not a frame`);
    for (const id of ids) {
      const item = itemOf(items, id);
      if (parent) {
        if (parent.boardId !== item.boardId) throw new OperationError('error.invalidEdit', 'frame is on another board');
        if (parent.id === id || isCarriedBy(parent.id, id, base)) throw new OperationError('error.invalidEdit', 'a frame cannot go inside itself');
      }
      if (item.parentId !== parentId) item.parentId = parentId;
    }
  },
});

/** Every item operation, for the command registry. */
export const itemOperations = [
  createItems,
  updateItems,
  moveItems,
  resizeItem,
  rotateItems,
  deleteItems,
  setItemsZ,
  groupItems,
  ungroupItems,
  lockItems,
  unlockItems,
  alignItemsOp,
  distributeItemsOp,
  pasteItems,
  reparentItems,
] as const;

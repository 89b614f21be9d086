import { itemBounds, unionBounds, type ItemLookup, type Rect } from '../../../shared/items/geometry.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';

/**
 * Derived views of one board's items, cached by the identity of the document's `items` record
 * (immer gives it a new identity on every edit and keeps it otherwise), so a redraw, a hit test
 * or a cull pass on an unchanged document sorts and measures nothing.
 */

type Items = Readonly<Record<string, Item>>;

const orderedCache = new WeakMap<Items, Map<string, Item[]>>();

/** The board's items back to front (z, then id), as the canvas draws them. */
export function orderedBoardItems(items: Items, boardId: BoardId): Item[] {
  let perBoard = orderedCache.get(items);
  if (!perBoard) {
    perBoard = new Map();
    orderedCache.set(items, perBoard);
  }
  const hit = perBoard.get(boardId);
  if (hit) return hit;
  const list = Object.values(items)
    .filter((item) => item.boardId === boardId)
    .sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  perBoard.set(boardId, list);
  return list;
}

export function lookupIn(items: Items): ItemLookup {
  return (id: ItemId) => items[id];
}

const boxCache = new WeakMap<Item, Rect>();

/**
 * An item's bounds. Box items are cached per record; connectors depend on the items at their
 * ends and are measured each time (there are few of them).
 */
export function boundsOf(item: Item, lookup: ItemLookup): Rect {
  if (item.type === 'connector') return itemBounds(item, lookup);
  let r = boxCache.get(item);
  if (!r) {
    r = itemBounds(item);
    boxCache.set(item, r);
  }
  return r;
}

/** The box around every item of a board, or null for an empty board. */
export function contentBounds(ordered: readonly Item[], lookup: ItemLookup): Rect | null {
  return unionBounds(ordered.map((item) => boundsOf(item, lookup)));
}

/** The ids of connectors attached (at either end) to any of `ids`. */
export function connectorsTouching(ordered: readonly Item[], ids: ReadonlySet<string>): Item[] {
  return ordered.filter((item) => {
    if (item.type !== 'connector') return false;
    const { fromId, toId } = item.props;
    return (typeof fromId === 'string' && ids.has(fromId)) || (typeof toId === 'string' && ids.has(toId));
  });
}

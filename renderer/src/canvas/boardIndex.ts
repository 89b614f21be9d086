import { boundsOfPoints, connectorPath, itemBounds, rectsIntersect, unionBounds, type ItemLookup, type Point, type Rect } from '../../../shared/items/geometry.ts';
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

const connectorCache = new WeakMap<Items, Map<string, { path: Point[]; bounds: Rect }>>();

function connectorEntry(items: Items, connector: Item): { path: Point[]; bounds: Rect } {
  let perItems = connectorCache.get(items);
  if (!perItems) {
    perItems = new Map();
    connectorCache.set(items, perItems);
  }
  let entry = perItems.get(connector.id);
  if (!entry) {
    const path = connectorPath(connector, lookupIn(items));
    entry = { path, bounds: boundsOfPoints(path) ?? { x: 0, y: 0, w: 0, h: 0 } };
    perItems.set(connector.id, entry);
  }
  return entry;
}

/**
 * A connector's path in this version of the document, measured once: it depends only on records
 * of that version, so drawing a zoomed-out board does not recompute thousands of paths a frame.
 */
export function connectorPathIn(items: Items, connector: Item): Point[] {
  return connectorEntry(items, connector).path;
}

/** An item's bounds in this version of the document; like `boundsOf`, with connectors cached too. */
export function boundsIn(items: Items, item: Item): Rect {
  return item.type === 'connector' ? connectorEntry(items, item).bounds : boundsOf(item, lookupIn(items));
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

/**
 * A coarse grid over one board's items, so finding what lies in a region looks at the cells the
 * region covers instead of every item: re-culling a 10,000-item board while panning touches a few
 * hundred. Built once per document version, like the z-order above.
 */
interface SpatialIndex {
  ordered: readonly Item[];
  bounds: Rect[];
  /** Positions in `ordered`, ascending, per cell key. */
  cells: Map<number, number[]>;
  /** Items too large (or too far out) for the grid: checked on every query. */
  loose: number[];
  /** Position in `ordered` by id, made when first needed (for pinned items). */
  position?: Map<string, number>;
  /** Which positions the current query has met (equal to `stamp`): no Set to allocate per query. */
  seen: Uint32Array;
  stamp: number;
}

/** Board units per cell: about a quarter of a full-HD screen at 100 %. */
const cellSize = 512;
/** Cell coordinates stay within ±cellRange, so two fit one number as a key. */
const cellRange = 1 << 20;
/** An item covering more cells than this is kept out of the grid (a frame around the whole wall). */
const maxCellsPerItem = 64;

const cellKey = (cx: number, cy: number) => (cx + cellRange) * (2 * cellRange) + (cy + cellRange);

const spatialCache = new WeakMap<Items, Map<string, SpatialIndex>>();

function spatialIndex(items: Items, boardId: BoardId): SpatialIndex {
  let perBoard = spatialCache.get(items);
  if (!perBoard) {
    perBoard = new Map();
    spatialCache.set(items, perBoard);
  }
  const hit = perBoard.get(boardId);
  if (hit) return hit;
  const ordered = orderedBoardItems(items, boardId);
  const index: SpatialIndex = { ordered, bounds: [], cells: new Map(), loose: [], seen: new Uint32Array(ordered.length), stamp: 0 };
  ordered.forEach((item, i) => {
    const b = boundsIn(items, item);
    index.bounds.push(b);
    const x0 = Math.floor(b.x / cellSize);
    const y0 = Math.floor(b.y / cellSize);
    const x1 = Math.floor((b.x + b.w) / cellSize);
    const y1 = Math.floor((b.y + b.h) / cellSize);
    const inRange = Math.min(x0, y0) > -cellRange && Math.max(x1, y1) < cellRange;
    if (!inRange || !Number.isFinite(x0 + y0 + x1 + y1) || (x1 - x0 + 1) * (y1 - y0 + 1) > maxCellsPerItem) {
      index.loose.push(i);
      return;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const cell = index.cells.get(key);
        if (cell) cell.push(i);
        else index.cells.set(key, [i]);
      }
    }
  });
  perBoard.set(boardId, index);
  return index;
}

/**
 * The board's items whose bounds meet `region`, back to front, plus those in `always` (selected or
 * edited items, which must stay mounted wherever they are). The same answer as `cullItems` over
 * `orderedBoardItems`, found through the grid.
 */
export function boardItemsIn(items: Items, boardId: BoardId, region: Rect, always: ReadonlySet<string> = new Set()): Item[] {
  const index = spatialIndex(items, boardId);
  const cellsAcross = (Math.floor((region.x + region.w) / cellSize) - Math.floor(region.x / cellSize) + 1) * (Math.floor((region.y + region.h) / cellSize) - Math.floor(region.y / cellSize) + 1);
  // A region wider than the grid is cheaper to answer by walking the list once.
  if (!Number.isFinite(cellsAcross) || cellsAcross > index.cells.size) {
    return index.ordered.filter((item, i) => always.has(item.id) || rectsIntersect(index.bounds[i]!, region));
  }
  const stamp = ++index.stamp;
  const { seen, bounds } = index;
  const hits: number[] = [];
  const meet = (i: number) => {
    if (seen[i] === stamp) return;
    seen[i] = stamp;
    if (rectsIntersect(bounds[i]!, region)) hits.push(i);
  };
  for (const i of index.loose) meet(i);
  const x0 = Math.floor(region.x / cellSize);
  const x1 = Math.floor((region.x + region.w) / cellSize);
  const y0 = Math.floor(region.y / cellSize);
  const y1 = Math.floor((region.y + region.h) / cellSize);
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      const cell = index.cells.get(cellKey(cx, cy));
      if (cell) for (const i of cell) meet(i);
    }
  }
  if (always.size > 0) {
    index.position ??= new Map(index.ordered.map((item, i) => [item.id, i]));
    const inHits = new Set(hits);
    for (const id of always) {
      const i = index.position.get(id);
      if (i !== undefined && !inHits.has(i)) {
        inHits.add(i);
        hits.push(i);
      }
    }
  }
  hits.sort((a, b) => a - b);
  return hits.map((i) => index.ordered[i]!);
}

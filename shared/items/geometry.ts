import type { ItemId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';

/**
 * Geometry of items on a board, in board units. Convention (the renderer follows it): x, y, w, h
 * are the item's unrotated box and `rotation` is in degrees, clockwise, about the box's centre,
 * as Konva draws it with offset (w/2, h/2). Connectors have no box of their own: their shape
 * comes from the items they join, so they are measured through `connectorPath`.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The outline a connector end meets: what the item looks like, not its bounding box. */
export type Outline = 'rect' | 'ellipse' | 'diamond';

/** Finds another item by id; the document's `items` record or a Map's `get` both fit. */
export type ItemLookup = (id: ItemId) => Item | undefined;

export const itemRect = (item: Item): Rect => ({ x: item.x, y: item.y, w: item.w, h: item.h });

export const rectCenter = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

export function rotatePoint(p: Point, centre: Point, degrees: number): Point {
  if (degrees % 360 === 0) return { x: p.x, y: p.y };
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos };
}

/** The axis-aligned box around a rect turned about its centre. */
export function rotatedBounds(r: Rect, degrees: number): Rect {
  if (degrees % 360 === 0) return { ...r };
  const c = rectCenter(r);
  const corners = [
    { x: r.x, y: r.y },
    { x: r.x + r.w, y: r.y },
    { x: r.x + r.w, y: r.y + r.h },
    { x: r.x, y: r.y + r.h },
  ].map((p) => rotatePoint(p, c, degrees));
  return boundsOfPoints(corners)!;
}

export function boundsOfPoints(points: readonly Point[]): Rect | null {
  if (points.length === 0) return null;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/**
 * What an item covers on the board, for selection boxes, culling and export. Connectors need
 * `lookup` to find their ends; without it their fallback points are used.
 */
export function itemBounds(item: Item, lookup: ItemLookup = () => undefined): Rect {
  if (item.type === 'connector') return boundsOfPoints(connectorPath(item, lookup))!;
  return rotatedBounds(itemRect(item), item.rotation);
}

/** The box around all of the rects, or null for none. */
export function unionBounds(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w);
    maxY = Math.max(maxY, r.y + r.h);
  }
  return minX === Infinity ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/** Edges count as inside, so a click on a border hits. */
export function pointInRect(p: Point, r: Rect): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/** Whether two rects overlap or touch: culling keeps an item that merely touches the viewport. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** Whether `inner` lies wholly inside `outer`: a marquee selects only what it fully covers. */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

/** A rect from two corners in any order (a marquee dragged up and left). */
export function rectFromCorners(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

export function outlineOf(item: Item): Outline {
  if (item.type !== 'shape') return 'rect';
  const shape = item.props['shape'];
  return shape === 'ellipse' || shape === 'diamond' ? shape : 'rect';
}

/**
 * Where the ray from the centre of an outline towards `toward` leaves the outline. A connector
 * stops there, so its arrowhead touches the note instead of hiding under it.
 */
export function borderPoint(outline: Outline, r: Rect, rotation: number, toward: Point): Point {
  const c = rectCenter(r);
  const local = rotatePoint(toward, c, -rotation);
  const dx = local.x - c.x;
  const dy = local.y - c.y;
  const hw = r.w / 2;
  const hh = r.h / 2;
  if ((dx === 0 && dy === 0) || hw === 0 || hh === 0) return c;
  let t: number;
  switch (outline) {
    case 'rect':
      t = Math.min(hw / Math.abs(dx), hh / Math.abs(dy));
      break;
    case 'ellipse':
      t = 1 / Math.hypot(dx / hw, dy / hh);
      break;
    case 'diamond':
      t = 1 / (Math.abs(dx) / hw + Math.abs(dy) / hh);
      break;
  }
  return rotatePoint({ x: c.x + t * dx, y: c.y + t * dy }, c, rotation);
}

/** The item a connector end is attached to, if it still exists and can carry an end (connectors can't). */
export function attachedItem(id: unknown, lookup: ItemLookup): Item | undefined {
  if (typeof id !== 'string') return undefined;
  const item = lookup(id as ItemId);
  return item && item.type !== 'connector' ? item : undefined;
}

function pointProp(value: unknown): Point {
  const p = value as Partial<Point> | undefined;
  return { x: typeof p?.x === 'number' ? p.x : 0, y: typeof p?.y === 'number' ? p.y : 0 };
}

/** An elbow line: out horizontally (or vertically), across at the midpoint, and in again. */
export function elbowPoints(start: Point, end: Point, direction: 'horizontal' | 'vertical'): Point[] {
  if (direction === 'horizontal') {
    if (start.y === end.y) return [start, end];
    const midX = (start.x + end.x) / 2;
    return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
  }
  if (start.x === end.x) return [start, end];
  const midY = (start.y + end.y) / 2;
  return [start, { x: start.x, y: midY }, { x: end.x, y: midY }, end];
}

/**
 * The points a connector is drawn through. Attached ends sit on their item's outline, on the line
 * between the two centres (straight) or on the side facing the other end (elbow); unattached ends
 * sit at their stored points.
 */
export function connectorPath(connector: Item, lookup: ItemLookup): Point[] {
  const from = attachedItem(connector.props['fromId'], lookup);
  const to = attachedItem(connector.props['toId'], lookup);
  const refA = from ? rectCenter(itemRect(from)) : pointProp(connector.props['fromPoint']);
  const refB = to ? rectCenter(itemRect(to)) : pointProp(connector.props['toPoint']);
  const endOn = (item: Item | undefined, ref: Point, toward: Point) =>
    item ? borderPoint(outlineOf(item), itemRect(item), item.rotation, toward) : ref;

  if (connector.props['routing'] !== 'elbow') return [endOn(from, refA, refB), endOn(to, refB, refA)];

  const dx = refB.x - refA.x;
  const dy = refB.y - refA.y;
  const direction = Math.abs(dx) >= Math.abs(dy) ? 'horizontal' : 'vertical';
  const sx = dx >= 0 ? 1 : -1;
  const sy = dy >= 0 ? 1 : -1;
  const start =
    direction === 'horizontal' ? endOn(from, refA, { x: refA.x + sx, y: refA.y }) : endOn(from, refA, { x: refA.x, y: refA.y + sy });
  const end =
    direction === 'horizontal' ? endOn(to, refB, { x: refB.x - sx, y: refB.y }) : endOn(to, refB, { x: refB.x, y: refB.y - sy });
  return elbowPoints(start, end, direction);
}

/**
 * The frame an item dropped at `r` lands in: the front-most frame containing the rect's centre.
 * `candidates` are the board's items back to front, without the dragged ones.
 */
export function frameAt(r: Rect, candidates: readonly Item[]): Item | undefined {
  const c = rectCenter(r);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const item = candidates[i]!;
    if (item.type === 'frame' && pointInRect(c, itemBounds(item))) return item;
  }
  return undefined;
}

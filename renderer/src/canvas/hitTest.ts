import {
  connectorPath,
  itemBounds,
  itemRect,
  outlineOf,
  rectCenter,
  rectContains,
  rotatePoint,
  type ItemLookup,
  type Point,
  type Rect,
} from '../../../shared/items/geometry.ts';
import type { Item } from '../../../shared/model/records.ts';
import { connectorLabelRect } from './connectorGeometry.ts';
import { frameHeaderHeight } from './itemStyle.ts';

/**
 * What is under the pointer, computed from the document instead of Konva's hit canvas: the item
 * layers don't listen at all, so panning never redraws a hit graph, and the rules (a frame is
 * grabbed by its title bar, an arrow near its line) are plain functions tested in Node.
 */

export interface HitOptions {
  /** How far from a thin line (an arrow, a frame's border) still counts, in board units. */
  tolerance: number;
  lookup: ItemLookup;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function distanceToPolyline(p: Point, points: readonly Point[]): number {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, distanceToSegment(p, points[i - 1]!, points[i]!));
  return points.length === 1 ? Math.hypot(p.x - points[0]!.x, p.y - points[0]!.y) : best;
}

/** The point in the item's own unrotated frame. */
function toLocal(item: Item, p: Point): Point {
  return item.rotation % 360 === 0 ? p : rotatePoint(p, rectCenter(itemRect(item)), -item.rotation);
}

function insideOutline(item: Item, p: Point): boolean {
  const r = itemRect(item);
  if (p.x < r.x || p.x > r.x + r.w || p.y < r.y || p.y > r.y + r.h) return false;
  const outline = outlineOf(item);
  if (outline === 'rect') return true;
  const c = rectCenter(r);
  const nx = (p.x - c.x) / (r.w / 2 || 1);
  const ny = (p.y - c.y) / (r.h / 2 || 1);
  return outline === 'ellipse' ? nx * nx + ny * ny <= 1 : Math.abs(nx) + Math.abs(ny) <= 1;
}

/** Whether the board point `p` hits `item`. */
export function hitsItem(item: Item, p: Point, { tolerance, lookup }: HitOptions): boolean {
  if (item.type === 'connector') {
    const path = connectorPath(item, lookup);
    const width = typeof item.props['strokeWidth'] === 'number' ? item.props['strokeWidth'] : 2;
    if (distanceToPolyline(p, path) <= tolerance + width / 2) return true;
    const label = connectorLabelRect(item, path);
    return label !== null && p.x >= label.x && p.x <= label.x + label.w && p.y >= label.y && p.y <= label.y + label.h;
  }
  const local = toLocal(item, p);
  if (item.type === 'frame') {
    // A frame is a place to put things: its inside belongs to the board (so a marquee can start
    // there); it is grabbed by its title bar or its edge.
    const r = itemRect(item);
    const header = Math.min(frameHeaderHeight, r.h);
    const inBox = local.x >= r.x - tolerance && local.x <= r.x + r.w + tolerance && local.y >= r.y - tolerance && local.y <= r.y + r.h + tolerance;
    if (!inBox) return false;
    const nearEdge =
      local.x <= r.x + tolerance || local.x >= r.x + r.w - tolerance || local.y <= r.y + header || local.y >= r.y + r.h - tolerance;
    return nearEdge;
  }
  return insideOutline(item, local);
}

/** The front-most item at `p` among `ordered` (back to front), optionally only those `accept` lets through. */
export function topItemAt(ordered: readonly Item[], p: Point, options: HitOptions, accept: (item: Item) => boolean = () => true): Item | undefined {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const item = ordered[i]!;
    if (accept(item) && hitsItem(item, p, options)) return item;
  }
  return undefined;
}

/** Items a marquee selects: those it covers completely, as Miro and Excalidraw do. */
export function itemsInMarquee(ordered: readonly Item[], marquee: Rect, lookup: ItemLookup): Item[] {
  if (marquee.w === 0 && marquee.h === 0) return [];
  return ordered.filter((item) => rectContains(marquee, itemBounds(item, lookup)));
}

import { rectContains, rectsIntersect, type Rect } from '../../../shared/items/geometry.ts';

/**
 * Culling with slack. Items are mounted for a region larger than the viewport, so a pan of a few
 * hundred pixels changes nothing in React; only when the view leaves that region (or zooming makes
 * it far too large) is a new region chosen. Panning is then a stage transform and a redraw, never a
 * re-render of the item list.
 */

/** How much of the viewport's size is added on every side of the mounted region. */
export const cullSlack = 0.5;

export function padRect(r: Rect, fraction: number): Rect {
  const px = r.w * fraction;
  const py = r.h * fraction;
  return { x: r.x - px, y: r.y - py, w: r.w + 2 * px, h: r.h + 2 * py };
}

/**
 * The region to mount items for, given the one in use: kept while it still covers the view and is
 * not more than ~9× its area (after a zoom in), else the view padded by `cullSlack`.
 */
export function nextCullRect(current: Rect | null, view: Rect): Rect {
  if (current && rectContains(current, view) && current.w * current.h <= view.w * view.h * 9) return current;
  return padRect(view, cullSlack);
}

/** The ids whose bounds meet the region, in the given (z) order; `always` are kept regardless. */
export function cullItems<T extends { id: string }>(
  ordered: readonly T[],
  boundsOf: (item: T) => Rect,
  region: Rect,
  always: ReadonlySet<string> = new Set(),
): T[] {
  return ordered.filter((item) => always.has(item.id) || rectsIntersect(boundsOf(item), region));
}

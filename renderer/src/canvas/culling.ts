import { rectContains, rectsIntersect, type Rect } from '../../../shared/items/geometry.ts';

/**
 * Culling with slack. Items are mounted for a region larger than the viewport, so a pan of a few
 * hundred pixels changes nothing in React. A new region is chosen a little before the view
 * reaches the edge of the old one (or when zooming makes it far too large), and the item list
 * renders it in the background (ItemsLayer.tsx defers it): by the time the view gets there, the
 * items are mounted. Panning is a stage transform and a redraw, never a re-render in the middle
 * of a frame.
 */

/** How much of the viewport's size is added on every side of the mounted region. */
export const cullSlack = 0.5;

export function padRect(r: Rect, fraction: number): Rect {
  const px = r.w * fraction;
  const py = r.h * fraction;
  return { x: r.x - px, y: r.y - py, w: r.w + 2 * px, h: r.h + 2 * py };
}

/**
 * How close (as a share of the view's size on each side) the view may come to the region's edge
 * before the next region is chosen: room for a few frames of panning while it renders.
 */
export const cullLookahead = 0.15;

/**
 * The region to mount items for, given the one in use: kept while it still covers the view with
 * `cullLookahead` to spare and is not more than ~9× its area (after a zoom in), else the view
 * padded by `cullSlack`.
 */
export function nextCullRect(current: Rect | null, view: Rect): Rect {
  if (current && rectContains(current, padRect(view, cullLookahead)) && current.w * current.h <= view.w * view.h * 9) return current;
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

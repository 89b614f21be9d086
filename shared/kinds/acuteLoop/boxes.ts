import type { Point, Rect } from '../../items/geometry.ts';

/** Small rectangle helpers for the acute loop's layouts (all in slide units). */

export function rectAround(centre: Point, w: number, h: number): Rect {
  return { x: centre.x - w / 2, y: centre.y - h / 2, w, h };
}

export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

export function containsPoint(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/** Half the extent of a w×h box along a unit direction: how far its edge is from its centre that way. */
export function halfExtent(w: number, h: number, direction: Point): number {
  return (Math.abs(direction.x) * w) / 2 + (Math.abs(direction.y) * h) / 2;
}

/** Whether `r` fits in `area` without touching any of `taken`. */
export function isFree(r: Rect, area: Rect, taken: readonly Rect[]): boolean {
  return contains(area, r) && !taken.some((t) => overlaps(t, r));
}

/** Length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return sum;
}

/** The point at half the length of a polyline, and the direction of travel there. */
export function polylineMiddle(points: readonly Point[]): { point: Point; direction: Point } {
  const half = polylineLength(points) / 2;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (walked + len >= half && len > 0) {
      const f = (half - walked) / len;
      return { point: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, direction: { x: (b.x - a.x) / len, y: (b.y - a.y) / len } };
    }
    walked += len;
  }
  const last = points[points.length - 1] ?? { x: 0, y: 0 };
  return { point: last, direction: { x: 1, y: 0 } };
}

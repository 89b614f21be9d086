import type { Point, Rect } from './geometry.ts';

/**
 * Snapping while dragging: the moving box's left/centre/right and top/middle/bottom lines catch on
 * the same lines of other items. The threshold is in screen pixels, so snapping feels the same at
 * every zoom; callers pass only the items near the viewport (snapping to off-screen items surprises).
 */

/** A guide to draw. axis 'x': a vertical line at x = `at` from y = `from` to y = `to`; axis 'y' likewise across. */
export interface Guide {
  axis: 'x' | 'y';
  at: number;
  from: number;
  to: number;
}

export interface SnapResult {
  /** The delta to apply instead of the pointer's raw delta. */
  delta: Point;
  guides: Guide[];
}

export const defaultSnapThresholdPx = 6;

const epsilon = 1e-6;

/** The three lines of a rect along one axis: start, centre, end. */
function linesOf(r: Rect, axis: 'x' | 'y'): number[] {
  return axis === 'x' ? [r.x, r.x + r.w / 2, r.x + r.w] : [r.y, r.y + r.h / 2, r.y + r.h];
}

function bestOffset(moving: Rect, targets: readonly Rect[], axis: 'x' | 'y', threshold: number): number | undefined {
  let best: number | undefined;
  const own = linesOf(moving, axis);
  for (const target of targets) {
    for (const t of linesOf(target, axis)) {
      for (const m of own) {
        const d = t - m;
        if (Math.abs(d) <= threshold && (best === undefined || Math.abs(d) < Math.abs(best))) best = d;
      }
    }
  }
  return best;
}

/** Guides along every line the snapped rect now shares with a target, merged per line. */
function guidesFor(snapped: Rect, targets: readonly Rect[], axis: 'x' | 'y'): Guide[] {
  const byLine = new Map<number, Guide>();
  const own = linesOf(snapped, axis);
  const across = (r: Rect) => (axis === 'x' ? [r.y, r.y + r.h] : [r.x, r.x + r.w]) as [number, number];
  for (const target of targets) {
    for (const t of linesOf(target, axis)) {
      if (!own.some((m) => Math.abs(t - m) < epsilon)) continue;
      const [a0, a1] = across(snapped);
      const [b0, b1] = across(target);
      const key = Math.round(t / epsilon);
      const existing = byLine.get(key);
      const from = Math.min(a0, b0, existing?.from ?? Infinity);
      const to = Math.max(a1, b1, existing?.to ?? -Infinity);
      byLine.set(key, { axis, at: t, from, to });
    }
  }
  return [...byLine.values()];
}

/**
 * Snaps `rect` moved by the pointer's `delta` to `targets`. Each axis snaps on its own to the
 * nearest line within `thresholdPx / zoom` board units.
 */
export function snapMove(
  rect: Rect,
  delta: Point,
  targets: readonly Rect[],
  { zoom, thresholdPx = defaultSnapThresholdPx }: { zoom: number; thresholdPx?: number },
): SnapResult {
  const threshold = thresholdPx / (zoom > 0 ? zoom : 1);
  const moved = { ...rect, x: rect.x + delta.x, y: rect.y + delta.y };
  const ox = bestOffset(moved, targets, 'x', threshold) ?? 0;
  const oy = bestOffset(moved, targets, 'y', threshold) ?? 0;
  const snapped = { ...moved, x: moved.x + ox, y: moved.y + oy };
  return {
    delta: { x: delta.x + ox, y: delta.y + oy },
    guides: [...guidesFor(snapped, targets, 'x'), ...guidesFor(snapped, targets, 'y')],
  };
}

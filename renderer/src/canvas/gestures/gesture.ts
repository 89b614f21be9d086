import type { Point } from '../../../../shared/items/geometry.ts';

/** A pointer gesture in progress: a drag, a marquee, drawing a shape or an arrow, panning. */
export interface Gesture {
  /** `p` in board units, `screen` in pixels relative to the canvas. */
  move(p: Point, screen: Point, event: PointerEvent): void;
  up(p: Point, screen: Point, event: PointerEvent): void;
  /** Escape, a lost pointer, the board going away: undo the preview, change nothing. */
  cancel(): void;
}

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
export const dragThresholdPx = 4;

export function travelled(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

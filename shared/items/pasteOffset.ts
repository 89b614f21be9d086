import type { Point, Rect } from './geometry.ts';

/** How far a paste that would cover its source moves, per step, down and to the right (as Miro and Excalidraw do). */
export const pasteStep = 24;
/** Two boxes this close on every edge count as one on top of the other. */
const coverTolerance = 8;

function covers(a: Rect, b: Rect): boolean {
  return Math.abs(a.x - b.x) < coverTolerance && Math.abs(a.y - b.y) < coverTolerance && Math.abs(a.w - b.w) < coverTolerance && Math.abs(a.h - b.h) < coverTolerance;
}

/**
 * The offset to paste at: the wanted one, moved a step down and right while any pasted box would
 * lie exactly on a box already on the board. Pasting with the pointer over the original (or
 * pasting again and again) so never hides a copy under what it was copied from.
 */
export function clearPasteOffset(pasted: readonly Rect[], onBoard: readonly Rect[], wanted: Point, maxSteps = 200): Point {
  let offset = wanted;
  for (let step = 0; step < maxSteps; step++) {
    const hidden = pasted.some((r) => {
      const moved = { x: r.x + offset.x, y: r.y + offset.y, w: r.w, h: r.h };
      return onBoard.some((b) => covers(moved, b));
    });
    if (!hidden) return offset;
    offset = { x: offset.x + pasteStep, y: offset.y + pasteStep };
  }
  return offset;
}

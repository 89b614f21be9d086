import type { Point } from '../../items/geometry.ts';
import { slotCentre, type Grid, type SlotIndex } from './grid.ts';

/**
 * Where a dropped piece goes. The drop point is the piece's centre; it snaps to the slot whose
 * centre is nearest, if that is within `radius` board units, else it stays where it was dropped.
 * Ties (a drop exactly between two slots) go to the upper, then the left slot, so the answer is
 * always the same.
 */
export function snapSlot(grid: Grid, point: Point, radius: number): SlotIndex | null {
  const rows = grid.rows.length;
  const cols = grid.columns.length;
  if (rows === 0 || cols === 0 || !(radius >= 0)) return null;
  // Only the slot under the point and its neighbours can be nearest; no need to scan the grid.
  const rowGuess = Math.floor(point.y / grid.cellHeight);
  const colGuess = Math.floor(point.x / grid.cellWidth);
  let best: SlotIndex | null = null;
  let bestDistance = Infinity;
  for (let row = Math.max(0, rowGuess - 1); row <= Math.min(rows - 1, rowGuess + 1); row++) {
    for (let col = Math.max(0, colGuess - 1); col <= Math.min(cols - 1, colGuess + 1); col++) {
      const c = slotCentre(grid, row, col);
      const distance = Math.hypot(c.x - point.x, c.y - point.y);
      if (distance <= radius && distance < bestDistance) {
        best = { row, col };
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * The radius the canvas uses: half the slot's longer side. A piece whose centre is anywhere in a
 * slot, except deep in a corner, snaps into it; one dropped clearly beside the grid stays loose.
 */
export function defaultSnapRadius(grid: Pick<Grid, 'cellWidth' | 'cellHeight'>): number {
  return Math.max(grid.cellWidth, grid.cellHeight) / 2;
}

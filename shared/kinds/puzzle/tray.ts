import type { Rect } from '../../items/geometry.ts';
import { overlaps, trayPlace, type Grid } from './grid.ts';

/** A loose piece's box, by id. */
export interface LooseBox {
  id: string;
  box: Rect;
}

/** The tray place a box sits exactly on, or null (a piece put down elsewhere on the open board). */
export function trayIndexOf(grid: Grid, box: Rect, limit: number): number | null {
  for (let i = 0; i < limit; i++) {
    const place = trayPlace(grid, i);
    if (place.x === box.x && place.y === box.y && place.w === box.w && place.h === box.h) return i;
  }
  return null;
}

/**
 * The tray after pieces have left it (issue 16): the pieces that lie on tray places close up into
 * the first places, in their order, so the remaining loose pieces stay inside the tray's dashed box
 * (which is drawn as large as the number of loose pieces) and no gap is left at the top. Pieces put
 * down elsewhere on the open board stay where they are, and the tray steps around them.
 * Returns only the pieces that move.
 */
export function reflowTray(grid: Grid, loose: readonly LooseBox[]): Map<string, Rect> {
  const limit = loose.length + 1;
  const inTray: { id: string; index: number }[] = [];
  const elsewhere: Rect[] = [];
  for (const l of loose) {
    const index = trayIndexOf(grid, l.box, Math.max(limit, 64));
    if (index === null) elsewhere.push(l.box);
    else inTray.push({ id: l.id, index });
  }
  inTray.sort((a, b) => a.index - b.index);
  const moves = new Map<string, Rect>();
  let next = 0;
  for (const piece of inTray) {
    let place = trayPlace(grid, next);
    while (elsewhere.some((b) => overlaps(b, place)) && next < piece.index) place = trayPlace(grid, ++next);
    if (next < piece.index) moves.set(piece.id, place);
    next = Math.min(next, piece.index) + 1;
  }
  return moves;
}

import type { Point, Rect } from '../../items/geometry.ts';
import type { PuzzleBoardProps } from './boardProps.ts';
import { knobDepth } from './piecePath.ts';

/**
 * Where things are on a puzzle board, in board units. The first slot's top-left corner is the
 * origin; row names stand to the left of the grid, column names above it, and loose pieces lie in
 * a tray to the right. A piece is in a slot exactly when its box sits on the slot's box: the
 * position is the one truth, so moving a piece by any means (drag, arrow keys, paste) can't leave
 * a stale "placed in" field behind.
 */

export type Grid = Pick<PuzzleBoardProps, 'rows' | 'columns' | 'cellWidth' | 'cellHeight'>;

/** A slot by its 0-based row and column. */
export interface SlotIndex {
  row: number;
  col: number;
}

/** Room for a row's name, legible at projector distance. */
export const rowHeaderWidth = 340;
export const columnHeaderHeight = 110;
/** Space between the grid and the tray of loose pieces, and its heading's height. */
export const trayGap = 140;

/** How close (board units) a piece's box must be to a slot's to count as lying in it. */
const placedTolerance = 0.5;

export function slotRect(grid: Grid, row: number, col: number): Rect {
  return { x: col * grid.cellWidth, y: row * grid.cellHeight, w: grid.cellWidth, h: grid.cellHeight };
}

export function slotCentre(grid: Grid, row: number, col: number): Point {
  return { x: (col + 0.5) * grid.cellWidth, y: (row + 0.5) * grid.cellHeight };
}

/** The slots' area (without headers). */
export function gridRect(grid: Grid): Rect {
  return { x: 0, y: 0, w: grid.columns.length * grid.cellWidth, h: grid.rows.length * grid.cellHeight };
}

export function rowHeaderRect(grid: Grid, row: number): Rect {
  return { x: -rowHeaderWidth, y: row * grid.cellHeight, w: rowHeaderWidth, h: grid.cellHeight };
}

export function columnHeaderRect(grid: Grid, col: number): Rect {
  return { x: col * grid.cellWidth, y: -columnHeaderHeight, w: grid.cellWidth, h: columnHeaderHeight };
}

/** Spacing between loose pieces in the tray: their tabs reach out of their boxes. */
function traySpacing(grid: Grid): number {
  return Math.ceil(knobDepth(grid.cellWidth, grid.cellHeight)) + 36;
}

/** Places per tray column: as many as the grid has rows (at least three), so the tray is as tall as the grid. */
export function trayRows(grid: Grid): number {
  return Math.max(3, grid.rows.length);
}

export function trayOrigin(grid: Grid): Point {
  return { x: grid.columns.length * grid.cellWidth + trayGap, y: 0 };
}

/**
 * The box of the tray's `index`-th place. The tray fills column by column beside the grid, so a
 * few loose pieces take one narrow column and the board stays wide rather than tall.
 */
export function trayPlace(grid: Grid, index: number): Rect {
  const origin = trayOrigin(grid);
  const spacing = traySpacing(grid);
  const perColumn = trayRows(grid);
  const col = Math.floor(index / perColumn);
  const row = index % perColumn;
  return { x: origin.x + col * (grid.cellWidth + spacing), y: origin.y + row * (grid.cellHeight + spacing), w: grid.cellWidth, h: grid.cellHeight };
}

/** The tray's area for `places` places (at least one), for drawing its backdrop. */
export function trayRect(grid: Grid, places: number): Rect {
  const origin = trayOrigin(grid);
  const spacing = traySpacing(grid);
  const perColumn = trayRows(grid);
  const n = Math.max(1, places);
  const columns = Math.ceil(n / perColumn);
  const rows = Math.min(n, perColumn);
  return {
    x: origin.x - spacing / 2,
    y: origin.y - spacing / 2,
    w: columns * (grid.cellWidth + spacing),
    h: rows * (grid.cellHeight + spacing),
  };
}

/** The slot a box lies exactly in, or null when it lies loose. */
export function slotOfBox(grid: Grid, box: Pick<Rect, 'x' | 'y'>): SlotIndex | null {
  const col = Math.round(box.x / grid.cellWidth);
  const row = Math.round(box.y / grid.cellHeight);
  if (row < 0 || col < 0 || row >= grid.rows.length || col >= grid.columns.length) return null;
  const r = slotRect(grid, row, col);
  return Math.abs(r.x - box.x) <= placedTolerance && Math.abs(r.y - box.y) <= placedTolerance ? { row, col } : null;
}

/** Whether two rects overlap (touching edges don't count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The first tray place no item covers. `taken` are the boxes of whatever already lies beside the
 * grid; the search is bounded, so a crowded tray still answers (with the place after the last).
 */
export function freeTrayPlace(grid: Grid, taken: readonly Rect[]): Rect {
  const limit = taken.length + 1;
  for (let i = 0; i < limit; i++) {
    const place = trayPlace(grid, i);
    if (!taken.some((t) => overlaps(t, place))) return place;
  }
  return trayPlace(grid, limit);
}

/** Room above the tray for its heading and hint. */
export const trayHeadingHeight = 120;

/**
 * Everything the puzzle draws, headers, grid, tray and every piece with its tabs, so a view can
 * show the whole board. (The canvas fits the items only; the grid and its names are backdrop.)
 */
export function puzzleBounds(grid: Grid, pieces: readonly Rect[], loosePlaces: number): Rect {
  const tray = trayRect(grid, Math.max(1, loosePlaces));
  const reach = knobDepth(grid.cellWidth, grid.cellHeight);
  let left = -rowHeaderWidth;
  let top = Math.min(-columnHeaderHeight, tray.y - trayHeadingHeight);
  let right = Math.max(grid.columns.length * grid.cellWidth, tray.x + tray.w);
  let bottom = Math.max(grid.rows.length * grid.cellHeight, tray.y + tray.h);
  for (const p of pieces) {
    left = Math.min(left, p.x - reach);
    top = Math.min(top, p.y - reach);
    right = Math.max(right, p.x + p.w + reach);
    bottom = Math.max(bottom, p.y + p.h + reach);
  }
  return { x: left, y: top, w: right - left, h: bottom - top };
}

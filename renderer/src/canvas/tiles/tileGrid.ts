import type { Rect } from '../../../../shared/items/geometry.ts';

/**
 * Where the bitmap tiles of a zoomed-out board lie. A level is a power-of-two zoom; a tile is
 * `tilePx` screen pixels square at its level's zoom, so it covers `tilePx / 2^level` board units.
 * The view at zoom z uses the level at or just above z, so a tile is only ever shrunk on screen,
 * never enlarged (no blur), by at most half.
 */

/** Screen pixels per tile side at the tile's own level. */
export const tilePx = 512;

export function tileLevel(zoom: number): number {
  return Math.ceil(Math.log2(zoom) - 1e-9);
}

export function levelZoom(level: number): number {
  return 2 ** level;
}

/** Board units a tile covers at `level`. */
export function tileSpan(level: number): number {
  return tilePx / levelZoom(level);
}

export interface TileKey {
  level: number;
  tx: number;
  ty: number;
}

export function tileId({ level, tx, ty }: TileKey): string {
  return `${level}:${tx}:${ty}`;
}

export function tileRect({ level, tx, ty }: TileKey): Rect {
  const s = tileSpan(level);
  return { x: tx * s, y: ty * s, w: s, h: s };
}

/** The tiles of `level` that meet `rect`, row by row. */
export function tilesCovering(rect: Rect, level: number): TileKey[] {
  const s = tileSpan(level);
  const x0 = Math.floor(rect.x / s);
  const y0 = Math.floor(rect.y / s);
  const x1 = Math.ceil((rect.x + rect.w) / s) - 1;
  const y1 = Math.ceil((rect.y + rect.h) / s) - 1;
  const out: TileKey[] = [];
  if (!Number.isFinite(x0 + x1 + y0 + y1)) return out;
  for (let ty = y0; ty <= Math.max(y0, y1); ty++) for (let tx = x0; tx <= Math.max(x0, x1); tx++) out.push({ level, tx, ty });
  return out;
}

/** The tile one level down (half the zoom) that holds this one. */
export function parentTile({ level, tx, ty }: TileKey): TileKey {
  return { level: level - 1, tx: Math.floor(tx / 2), ty: Math.floor(ty / 2) };
}

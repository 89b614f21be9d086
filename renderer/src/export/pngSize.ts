import type { Rect } from '../../../shared/items/geometry.ts';

/**
 * How big a board's PNG is. 1× is one pixel per board unit (what the board measures at 100 %
 * zoom), 2× twice that; 'a4-300dpi' is as wide as an A4 page in landscape printed at 300 dpi
 * (297 mm = 3508 pixels), for print. Browsers refuse canvases past a size, so a board too big for
 * the chosen scale is made as large as a canvas can be rather than not at all.
 */

export type PngScale = 1 | 2 | 'a4-300dpi';

/** 297 mm at 300 dots per inch. */
export const a4WidthAt300dpi = 3508;

/** Chromium's limits for a 2D canvas, with room to spare. */
export const maxCanvasSide = 16_384;
export const maxCanvasPixels = 100_000_000;

/** The area in whole board units (outwards), so 1× and 2× come out at exact pixel sizes. */
export function wholeArea(area: Rect): Rect {
  const x = Math.floor(area.x);
  const y = Math.floor(area.y);
  return { x, y, w: Math.max(1, Math.ceil(area.x + area.w) - x), h: Math.max(1, Math.ceil(area.y + area.h) - y) };
}

export interface PngSize {
  pixelRatio: number;
  width: number;
  height: number;
  /** True when the board was too large for the scale and was made smaller. */
  reduced: boolean;
}

export function pngSize(area: Rect, scale: PngScale): PngSize {
  let ratio = scale === 'a4-300dpi' ? a4WidthAt300dpi / area.w : scale;
  const limit = Math.min(maxCanvasSide / area.w, maxCanvasSide / area.h, Math.sqrt(maxCanvasPixels / (area.w * area.h)));
  const reduced = ratio > limit;
  if (reduced) ratio = limit;
  const width = scale === 'a4-300dpi' && !reduced ? a4WidthAt300dpi : Math.max(1, Math.floor(area.w * ratio + 1e-6));
  const height = Math.max(1, Math.floor(area.h * ratio + 1e-6));
  // The canvas rounds its bitmap down (floor of size × ratio); a hair more ratio keeps the exact width.
  return { pixelRatio: width / area.w + 1e-9, width, height, reduced };
}

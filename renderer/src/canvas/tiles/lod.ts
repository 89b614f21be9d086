import type { Item } from '../../../../shared/model/records.ts';

/**
 * Level of detail on a zoomed-out board. Below a legible on-screen size a note's words are noise
 * that costs the most to draw (glyphs), so the note becomes a plain rectangle in its colour: the
 * wall still shows where the yellow and the pink notes cluster, which is what people read from afar.
 */

/** On-screen text size (px) below which nobody reads a word, even close to the screen. */
export const legibleTextPx = 6;

/** The type size a note or shape asks for (what textLayout.ts starts from before shrinking). */
export function requestedFontSize(item: Pick<Item, 'type' | 'props'>): number {
  const v = item.props['fontSize'];
  return typeof v === 'number' && v > 0 ? v : item.type === 'text' ? 24 : 20;
}

/** How an item is drawn at `zoom` screen pixels per board unit. */
export type Detail = 'full' | 'block';

/**
 * 'block': a rectangle in the item's colour, no text, no outline. Notes turn into blocks once
 * their text would be smaller than `legibleTextPx`; any box item does once it is a few pixels big.
 */
export function detailAt(item: Pick<Item, 'type' | 'props' | 'w' | 'h'>, zoom: number): Detail {
  if (item.w * zoom < 48 || item.h * zoom < 30) return 'block';
  if (item.type === 'note' && requestedFontSize(item) * zoom < legibleTextPx) return 'block';
  return 'full';
}

/** The zoom below which a note with this type size is drawn as a block (for tests and the README). */
export function noteBlockZoom(fontSize: number): number {
  return legibleTextPx / fontSize;
}

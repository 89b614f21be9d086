import type { Measure } from '../../items/textFit.ts';
import { wrapLines } from './wrap.ts';

/**
 * The text on a station's card (loop and swimlanes): the station's name in large bold type and a
 * meta line (actor · duration) below it. User text is never cut with "…" on the wall (issue 15):
 * the meta line wraps, and the name wraps at one size for every card of the board (even type),
 * the largest at which every name fits its card, down to a floor. Pure; the renderer measures.
 */

export interface CardBox {
  w: number;
  h: number;
}

export interface CardTextSizes {
  /** The largest name size (at full size, before fitting). */
  nameSize: number;
  /** The smallest the name may get before it is drawn at that size over more lines. */
  nameFloor: number;
  metaSize: number;
}

/** The card's inner geometry at a given name and meta size: where the name starts and its padding. */
export function cardInsets(nameSize: number, metaSize: number): { pad: number; top: number; badge: number } {
  const pad = Math.max(8, Math.round(nameSize * 0.5));
  // The number badge sits on the card's top-left corner; the name starts below its reach.
  const badge = Math.max(13, metaSize * 1.05);
  const top = Math.max(pad + Math.round(nameSize * 0.12), Math.round(badge * 0.7 + 4));
  return { pad, top, badge };
}

export const nameLineHeight = 1.12;
export const metaLineHeight = 1.18;

export interface CardText {
  /** The text to fit: the name, the meta line and how much of the meta line's width is taken ("+2"). */
  name: string;
  meta: string;
  metaReserve?: number;
}

export interface FittedCardText {
  nameSize: number;
  /** Per card, in the order given. */
  nameLines: string[][];
  metaLines: string[][];
}

/** Height of n lines of text (n line heights less the leading under the last one). */
const blockHeight = (n: number, size: number, lineHeight: number) => (n === 0 ? 0 : n * size * lineHeight - size * (lineHeight - 1));

/** The name room on a card holding `metaLines` meta lines, at `nameSize`. */
function nameRoom(box: CardBox, nameSize: number, metaSize: number, metaLines: number): number {
  const { pad, top } = cardInsets(nameSize, metaSize);
  const metaBlock = metaLines > 0 ? blockHeight(metaLines, metaSize, metaLineHeight) + pad * 0.5 : 0;
  return box.h - top - pad - metaBlock;
}

/**
 * One name size for every card (the largest that fits them all, by whole units down to the
 * floor) and each card's lines, all whole. At the floor a name that still doesn't fit is drawn in
 * full over more lines (the card's text runs long rather than being cut).
 */
export function fitCardTexts(cards: readonly CardText[], box: CardBox, sizes: CardTextSizes, measureName: Measure, measureMeta: Measure): FittedCardText {
  const metaLinesAt = (nameSize: number) =>
    cards.map((c) => (c.meta.trim() === '' ? [] : wrapLines(c.meta, Math.max(10, box.w - 2 * cardInsets(nameSize, sizes.metaSize).pad - (c.metaReserve ?? 0)), sizes.metaSize, measureMeta)));
  const namesAt = (nameSize: number) => cards.map((c) => wrapLines(c.name, Math.max(10, box.w - 2 * cardInsets(nameSize, sizes.metaSize).pad), nameSize, measureName));
  for (let size = sizes.nameSize; size >= sizes.nameFloor; size--) {
    const metaLines = metaLinesAt(size);
    const nameLines = namesAt(size);
    const fits = nameLines.every((lines, i) => blockHeight(lines.length, size, nameLineHeight) <= nameRoom(box, size, sizes.metaSize, metaLines[i]!.length) + 0.5);
    if (fits || size === sizes.nameFloor) return { nameSize: size, nameLines, metaLines };
  }
  // A floor above the largest size: draw at the largest.
  return { nameSize: sizes.nameSize, nameLines: namesAt(sizes.nameSize), metaLines: metaLinesAt(sizes.nameSize) };
}

/**
 * One card's name at the board's size, or, when even the floor can't hold it on this card (a very
 * long name on a crowded loop), smaller for this card alone: whole and inside the card, never cut
 * and never over the meta line.
 */
export function fitCardName(name: string, metaLines: number, box: CardBox, nameSize: number, metaSize: number, measureName: Measure): { size: number; lines: string[] } {
  for (let size = nameSize; size >= 10; size--) {
    const lines = wrapLines(name, Math.max(10, box.w - 2 * cardInsets(size, metaSize).pad), size, measureName);
    if (blockHeight(lines.length, size, nameLineHeight) <= nameRoom(box, size, metaSize, metaLines) + 0.5 || size === 10) return { size, lines };
  }
  return { size: nameSize, lines: [name] };
}

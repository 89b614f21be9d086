import { minFontSize } from './itemTypes.ts';

/**
 * Fitting text into a note without the DOM. The caller injects `measure`: the renderer passes a
 * canvas measurer with the note's font, tests pass a fixed-width one, and both get the same line
 * breaks. Breaks are made between user-perceived characters (graphemes), so "å" typed as a + ring,
 * an emoji (a surrogate pair) or a family emoji joined by ZWJ is never cut in half. Right-to-left
 * text is treated as text: lines keep logical order and the renderer's bidi handles display.
 */

/** Width of `text` drawn at `fontSize`, in board units. */
export type Measure = (text: string, fontSize: number) => number;

/** Line height as a multiple of the font size; the renderer draws with the same value. */
export const lineHeightFactor = 1.25;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** The user-perceived characters of a string; falls back to code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text);
}

/** Cuts a word wider than the line into pieces that fit; one grapheme wider than the line stands alone. */
function breakWord(word: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const g of graphemes(word)) {
    if (piece !== '' && measure(piece + g, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = g;
    } else {
      piece += g;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps text into lines no wider than `maxWidth`. Line breaks in the text are kept, runs of spaces
 * between words collapse to one, and words too long for a line are broken between graphemes.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate, fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (measure(word, fontSize) <= maxWidth) {
        line = word;
      } else {
        const pieces = breakWord(word, maxWidth, fontSize, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface FitRequest {
  text: string;
  /** The text area: the note's box less its padding. */
  width: number;
  height: number;
  /** The size the user chose; 'shrink' never goes above it. */
  fontSize: number;
  fit: 'grow' | 'shrink';
  measure: Measure;
}

export interface FitResult {
  fontSize: number;
  lines: string[];
  /** Height the lines take at `fontSize`. */
  textHeight: number;
  /** Height of the text area after fitting: grown for 'grow', unchanged for 'shrink'. */
  height: number;
  /** True when the text does not fit even at the smallest size ('shrink' only). */
  overflows: boolean;
}

function layout(text: string, width: number, fontSize: number, measure: Measure) {
  const lines = wrapText(text, width, fontSize, measure);
  const textHeight = lines.length * fontSize * lineHeightFactor;
  const widest = lines.reduce((max, l) => Math.max(max, measure(l, fontSize)), 0);
  return { lines, textHeight, widest };
}

/**
 * 'grow' keeps the font size and returns the height the text needs (never less than the box);
 * 'shrink' keeps the box and returns the largest font size, at most the requested one and at
 * least 8, at which the text fits. Sizes are tried in whole points by bisection, so a note with
 * a pasted page of text costs a handful of layouts, not one per size.
 */
export function fitText({ text, width, height, fontSize, fit, measure }: FitRequest): FitResult {
  const first = layout(text, width, fontSize, measure);
  if (fit === 'grow') {
    return { fontSize, lines: first.lines, textHeight: first.textHeight, height: Math.max(height, first.textHeight), overflows: false };
  }
  const fits = (l: { textHeight: number; widest: number }) => l.textHeight <= height && l.widest <= width;
  if (fits(first)) return { fontSize, lines: first.lines, textHeight: first.textHeight, height, overflows: false };

  let lo = minFontSize;
  let hi = Math.max(minFontSize, Math.ceil(fontSize) - 1);
  let best: { size: number; lines: string[]; textHeight: number } | undefined;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const attempt = layout(text, width, mid, measure);
    if (fits(attempt)) {
      best = { size: mid, lines: attempt.lines, textHeight: attempt.textHeight };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best) return { fontSize: best.size, lines: best.lines, textHeight: best.textHeight, height, overflows: false };
  const smallest = layout(text, width, minFontSize, measure);
  return { fontSize: minFontSize, lines: smallest.lines, textHeight: smallest.textHeight, height, overflows: true };
}

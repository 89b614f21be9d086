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

const softHyphen = '\u00ad';
/** Text as drawn when hyphenating: soft hyphens are break hints, never shown unless a line breaks there. */
const visible = (s: string) => s.split(softHyphen).join('');

/**
 * Breaks a word too long for the line the way a typesetter would: at a soft hyphen (U+00AD,
 * "Spesialist\u00adhelsetjeneste") where one fits, else as many graphemes as fit with a hyphen.
 * Returns the pieces; the last is what starts the next line (empty when the word ended a line).
 */
function hyphenateWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let remaining = word;
  while (remaining.includes(softHyphen) && !fits(visible(remaining))) {
    const parts = remaining.split(softHyphen);
    let k = parts.length - 1;
    while (k > 0 && !fits(`${visible(parts.slice(0, k).join(''))}-`)) k--;
    if (k === 0) break;
    pieces.push(`${visible(parts.slice(0, k).join(''))}-`);
    remaining = parts.slice(k).join(softHyphen);
  }
  let rest = graphemes(visible(remaining));
  while (rest.length > 0) {
    if (fits(rest.join(''))) return [...pieces, rest.join('')];
    let take = rest.length - 1;
    while (take > 1 && !fits(`${rest.slice(0, take).join('')}-`)) take--;
    pieces.push(`${rest.slice(0, Math.max(1, take)).join('')}-`);
    rest = rest.slice(Math.max(1, take));
  }
  return [...pieces, ''];
}

export interface WrapOptions {
  /**
   * Break a word too long for the line with a hyphen, at a soft hyphen where one fits, and treat
   * soft hyphens as hints (the figures do: "Kommunehelsetjenesten" on a station card). Off, the
   * word is cut bare between graphemes (notes on the canvas show exactly what was typed).
   */
  hyphenate?: boolean;
}

/**
 * Wraps text into lines no wider than `maxWidth`: the one line breaker of the notes, the figures
 * and the pictures. Line breaks in the text are kept, runs of spaces between words collapse to
 * one, and words too long for a line are broken between graphemes (see WrapOptions.hyphenate).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure, options: WrapOptions = {}): string[] {
  const fits = (s: string) => measure(s, fontSize) <= maxWidth;
  const shown = options.hyphenate ? visible : (s: string) => s;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? shown(word) : `${line} ${shown(word)}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (fits(shown(word))) {
        line = shown(word);
      } else {
        const pieces = options.hyphenate ? hyphenateWord(word, fits) : breakWord(word, maxWidth, fontSize, measure);
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

import bidiFactory from 'bidi-js';

/**
 * A line of text cut into runs for the PDF, in the order they stand on the page (left to right),
 * by the Unicode Bidirectional Algorithm (bidi-js). A PDF draws glyphs left to right; a canvas or
 * an SVG viewer reorders right-to-left text itself, a PDF writer must do it. Each run keeps its
 * characters in logical order with its direction: fontkit shapes an Arabic or Hebrew run and lays
 * it out right to left (pdfFonts.ts).
 */

const bidi = bidiFactory();

/** Hebrew, Arabic, Syriac, Thaana, NKo... and their presentation forms. Other text needs no reordering. */
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDCFF]/;

export function hasRightToLeft(text: string): boolean {
  return rightToLeft.test(text);
}

export interface DirectionalRun {
  /** The characters in logical order (brackets of a right-to-left run already mirrored). */
  text: string;
  rtl: boolean;
}

export function visualRuns(line: string): DirectionalRun[] {
  if (!hasRightToLeft(line)) return line === '' ? [] : [{ text: line, rtl: false }];
  const levels = bidi.getEmbeddingLevels(line);
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const chars = Array.from({ length: line.length }, (_, i) => mirrored.get(i) ?? line[i]!);
  const order = bidi.getReorderedIndices(line, levels);
  const runs: DirectionalRun[] = [];
  let start = 0;
  while (start < order.length) {
    const rtl = levels.levels[order[start]!]! % 2 === 1;
    const step = rtl ? -1 : 1;
    let end = start;
    while (end + 1 < order.length && order[end + 1] === order[end]! + step && levels.levels[order[end + 1]!]! % 2 === (rtl ? 1 : 0)) end++;
    const from = Math.min(order[start]!, order[end]!);
    const to = Math.max(order[start]!, order[end]!);
    runs.push({ text: chars.slice(from, to + 1).join(''), rtl });
    start = end + 1;
  }
  return runs;
}

/** Whether a paragraph reads right to left (its first strong letter is Hebrew or Arabic): it is then set flush right. */
export function readsRightToLeft(text: string): boolean {
  if (!hasRightToLeft(text)) return false;
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 === 1;
}

import { graphemes, lineHeightFactor, wrapText, type Measure } from '../../items/textFit.ts';

/**
 * The label of a piece: the service's name in bold, large, and its provider below in regular
 * type. It always fits the piece's text box: the largest size at which both fit is chosen, words
 * are kept whole while any size from `minSize` up allows it (a Norwegian compound cut in half is
 * hard to read from the back of a room), and only when nothing else fits is the end cut off with
 * an ellipsis. Measurement is injected, so tests and the canvas get the same lines.
 */

export interface PieceLabelRequest {
  name: string;
  provider: string;
  width: number;
  height: number;
  measureName: Measure;
  measureProvider: Measure;
  /** The name's size when there is room; the provider is drawn at `providerRatio` of it. */
  maxSize?: number;
  /** Below this the name is not shrunk further but cut; 14 units stays legible on a projector at the usual zoom. */
  minSize?: number;
}

export interface PieceLabelLayout {
  nameSize: number;
  providerSize: number;
  nameLines: string[];
  providerLines: string[];
  nameLineHeight: number;
  providerLineHeight: number;
  /** Space between the name and the provider. */
  gap: number;
  /** Total height of the text block, never more than the box's. */
  height: number;
  /** The text was cut with an ellipsis; the full text is in the inventory. */
  truncated: boolean;
}

export const providerRatio = 0.72;
const gapRatio = 0.3;
const ellipsis = '…';

interface Attempt {
  layout: PieceLabelLayout;
  fits: boolean;
  brokeWord: boolean;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function attempt(req: Required<PieceLabelRequest>, size: number): Attempt {
  const providerSize = Math.max(1, Math.round(size * providerRatio * 10) / 10);
  const nameLines = req.name.trim() === '' ? [] : wrapText(req.name.trim(), req.width, size, req.measureName);
  const providerLines = req.provider.trim() === '' ? [] : wrapText(req.provider.trim(), req.width, providerSize, req.measureProvider);
  const nameLineHeight = size * lineHeightFactor;
  const providerLineHeight = providerSize * lineHeightFactor;
  const gap = nameLines.length > 0 && providerLines.length > 0 ? size * gapRatio : 0;
  const height = nameLines.length * nameLineHeight + gap + providerLines.length * providerLineHeight;
  const widest = Math.max(0, ...nameLines.map((l) => req.measureName(l, size)), ...providerLines.map((l) => req.measureProvider(l, providerSize)));
  const brokeWord =
    words(req.name).some((w) => req.measureName(w, size) > req.width) || words(req.provider).some((w) => req.measureProvider(w, providerSize) > req.width);
  return {
    layout: { nameSize: size, providerSize, nameLines, providerLines, nameLineHeight, providerLineHeight, gap, height, truncated: false },
    fits: height <= req.height && widest <= req.width,
    brokeWord,
  };
}

/** The largest whole size in [lo, hi] passing `ok`, by bisection (a handful of layouts). */
function largest(lo: number, hi: number, ok: (size: number) => Attempt | null): Attempt | null {
  let best: Attempt | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const a = ok(mid);
    if (a) {
      best = a;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Cuts a line to fit `width` with an ellipsis at its end, between graphemes. */
function withEllipsis(line: string, width: number, size: number, measure: Measure): string {
  const parts = graphemes(line.trimEnd());
  while (parts.length > 0 && measure(parts.join('') + ellipsis, size) > width) parts.pop();
  const cut = parts.join('').trimEnd();
  return measure(cut + ellipsis, size) <= width ? cut + ellipsis : '';
}

/** The smallest size, with as many lines as fit; the last line kept ends in an ellipsis. */
function truncated(req: Required<PieceLabelRequest>): PieceLabelLayout {
  const full = attempt(req, req.minSize).layout;
  const { nameLineHeight, providerLineHeight, nameSize, providerSize } = full;
  // The provider keeps one line when there is room for the name's first line too.
  const keepProvider = full.providerLines.length > 0 && nameLineHeight + nameSize * gapRatio + providerLineHeight <= req.height;
  const providerBlock = keepProvider ? nameSize * gapRatio + providerLineHeight : 0;
  const nameRoom = Math.max(0, Math.floor((req.height - providerBlock + 1e-9) / nameLineHeight));
  const nameLines = full.nameLines.slice(0, nameRoom);
  if (nameLines.length < full.nameLines.length && nameLines.length > 0) {
    nameLines[nameLines.length - 1] = withEllipsis(nameLines.at(-1)!, req.width, nameSize, req.measureName);
  }
  let providerLines: string[] = [];
  if (keepProvider || (nameLines.length === 0 && providerLineHeight <= req.height)) {
    providerLines = full.providerLines.slice(0, 1);
    if (full.providerLines.length > 1) providerLines[0] = withEllipsis(providerLines[0]!, req.width, providerSize, req.measureProvider);
  }
  const safeName = nameLines.filter((l) => req.measureName(l, nameSize) <= req.width);
  const safeProvider = providerLines.filter((l) => req.measureProvider(l, providerSize) <= req.width);
  const gap = safeName.length > 0 && safeProvider.length > 0 ? nameSize * gapRatio : 0;
  const height = safeName.length * nameLineHeight + gap + safeProvider.length * providerLineHeight;
  return { ...full, nameLines: safeName, providerLines: safeProvider, gap, height, truncated: true };
}

export function fitPieceLabel(request: PieceLabelRequest): PieceLabelLayout {
  const req: Required<PieceLabelRequest> = { maxSize: 34, minSize: 14, ...request };
  const max = Math.max(req.minSize, Math.floor(req.maxSize));
  // Whole words at the largest size that fits; else words broken between letters; else cut.
  const whole = largest(req.minSize, max, (s) => {
    const a = attempt(req, s);
    return a.fits && !a.brokeWord ? a : null;
  });
  if (whole) return whole.layout;
  const broken = largest(req.minSize, max, (s) => {
    const a = attempt(req, s);
    return a.fits ? a : null;
  });
  if (broken) return broken.layout;
  return truncated(req);
}

/**
 * One name size for every piece of a board (issue 15: piece texts varied in size, a piece with a
 * short name shouting over its neighbours): the largest size at which every label fits whole, but
 * never below `floor`, so one very long name doesn't shrink the whole board; a label that doesn't
 * fit at that size shrinks on its own (fitPieceLabel with the size as its maximum).
 */
export function evenLabelSize(requests: readonly PieceLabelRequest[], floor = 24): number {
  if (requests.length === 0) return 34;
  const max = Math.max(...requests.map((r) => r.maxSize ?? 34));
  // Labels that only fit below the floor shrink on their own and don't set the board's size.
  const fitting = requests.map((r) => fitPieceLabel(r)).filter((l) => !l.truncated && l.nameSize >= floor).map((l) => l.nameSize);
  return fitting.length === 0 ? Math.min(floor, max) : Math.min(max, ...fitting);
}

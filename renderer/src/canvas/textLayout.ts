import { minFontSize } from '../../../shared/items/itemTypes.ts';
import { fitText, lineHeightFactor, type Measure } from '../../../shared/items/textFit.ts';
import type { Rect } from '../../../shared/items/geometry.ts';
import type { Item } from '../../../shared/model/records.ts';
import { itemText, textDirection } from './itemText.ts';
import { canvasFontFamily, textPaddingOf } from './itemStyle.ts';

/**
 * Text layout for the canvas with the browser's own text measurement, through the shared
 * `fitText`, so the lines drawn are the lines the fitting decided. Layouts are cached per item
 * record (records are immutable), so a redraw while panning measures nothing.
 */

export function canvasFont(fontSize: number, weight = 400): string {
  return `${weight} ${fontSize}px ${canvasFontFamily}`;
}

let measureContext: CanvasRenderingContext2D | null = null;
let widths = new Map<string, number>();

function context(): CanvasRenderingContext2D {
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  return measureContext;
}

/** Width of `text` in the canvas font at `fontSize` (and weight), cached. */
export function measureText(text: string, fontSize: number, weight = 400): number {
  const key = `${weight}|${fontSize}|${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  const ctx = context();
  ctx.font = canvasFont(fontSize, weight);
  const w = ctx.measureText(text).width;
  if (widths.size > 50_000) widths = new Map();
  widths.set(key, w);
  return w;
}

const measureRegular: Measure = (text, fontSize) => measureText(text, fontSize, 400);

export interface ItemTextLayout {
  fontSize: number;
  lines: string[];
  lineHeight: number;
  /** Where the text block goes, relative to the item's top-left, already centred vertically. */
  x: number;
  y: number;
  width: number;
  textHeight: number;
  /** The item's height as drawn: taller than its box when a growing note needs room. */
  drawnHeight: number;
  overflows: boolean;
  direction: 'ltr' | 'rtl';
  align: 'left' | 'center' | 'right';
  verticalAlign: 'top' | 'middle';
}

/**
 * The text area of an item, relative to its top-left: the box less padding, and for ellipses and
 * diamonds the largest box that stays inside the outline.
 */
export function textArea(item: Pick<Item, 'type' | 'w' | 'h' | 'props'>): Rect {
  const pad = textPaddingOf(item.type);
  let x = pad;
  let y = pad;
  let w = Math.max(1, item.w - pad * 2);
  let h = Math.max(1, item.h - pad * 2);
  if (item.type === 'shape') {
    const shape = item.props['shape'];
    const f = shape === 'ellipse' ? Math.SQRT1_2 : shape === 'diamond' ? 0.5 : 1;
    if (f !== 1) {
      const iw = item.w * f;
      const ih = item.h * f;
      x = (item.w - iw) / 2 + pad / 2;
      y = (item.h - ih) / 2 + pad / 2;
      w = Math.max(1, iw - pad);
      h = Math.max(1, ih - pad);
    }
  }
  return { x, y, w, h };
}

let cache = new WeakMap<Item, ItemTextLayout | null>();

/** Forget every layout: the canvas font finished loading and widths changed. */
export function resetTextLayouts(): void {
  cache = new WeakMap();
  widths = new Map();
}

function fontSizeOf(item: Pick<Item, 'props'>, fallback: number): number {
  const v = item.props['fontSize'];
  return typeof v === 'number' && v > 0 ? v : fallback;
}

/** Whether the item's box follows its text (a text item, a note set to grow) rather than the text its box. */
export function growsWithText(item: Pick<Item, 'type' | 'props'>): boolean {
  return item.type === 'text' || (item.type === 'note' && item.props['fit'] === 'grow');
}

/**
 * How an item's text is laid out; null for items whose text is drawn elsewhere (frames, arrows,
 * images). On the board the text always fits the stored box (a growing note's box was made tall
 * enough when its text was committed, so this is the same thing, and an older file with too small
 * a box shows smaller text instead of text running over its neighbours). `live` is for the editor:
 * a growing note grows as the user types.
 */
export function layoutItemText(item: Item, textOverride?: string, { live = false }: { live?: boolean } = {}): ItemTextLayout | null {
  const cacheable = textOverride === undefined && !live;
  if (cacheable) {
    const hit = cache.get(item);
    if (hit !== undefined) return hit;
  }
  const layout = computeTextLayout(item, textOverride ?? itemText(item), live && growsWithText(item) ? 'grow' : 'shrink');
  if (cacheable) cache.set(item, layout);
  return layout;
}

/**
 * The font size at which the longest word still fits on a line, so shrinking prefers whole words
 * ("samarbeids-organene" broken across lines reads badly from the back of the room).
 */
function wholeWordSize(text: string, width: number, requested: number, measure: Measure): number {
  let longest = 0;
  for (const word of text.split(/\s+/)) if (word) longest = Math.max(longest, measure(word, requested));
  if (longest <= width) return requested;
  const size = Math.floor((requested * width) / longest);
  return size >= minFontSize ? size : requested;
}

/**
 * The layout itself, with the measuring injected (tests pass a fixed-width measure). 'shrink' fits
 * the text into the box; 'grow' keeps the font size and reports the height the text needs.
 */
export function computeTextLayout(item: Pick<Item, 'type' | 'w' | 'h' | 'props'>, text: string, fit: 'grow' | 'shrink', measure: Measure = measureRegular): ItemTextLayout | null {
  if (item.type !== 'note' && item.type !== 'text' && item.type !== 'shape') return null;
  const area = textArea(item);
  const direction = textDirection(text);
  let requested = fontSizeOf(item, item.type === 'text' ? 24 : 20);
  if (fit === 'shrink' && item.type !== 'text') requested = wholeWordSize(text, area.w, requested, measure);
  const result = fitText({ text, width: area.w, height: area.h, fontSize: requested, fit, measure });
  const pad = textPaddingOf(item.type);
  const drawnHeight = fit === 'grow' ? Math.max(item.h, result.textHeight + pad * 2) : item.h;
  const isText = item.type === 'text';
  const alignProp = item.props['align'];
  const align = isText ? (alignProp === 'center' || alignProp === 'right' ? alignProp : 'left') : 'center';
  const verticalAlign = isText ? 'top' : 'middle';
  const blockHeight = fit === 'grow' ? drawnHeight - pad * 2 : area.h;
  const y = verticalAlign === 'top' ? area.y : area.y + Math.max(0, (blockHeight - result.textHeight) / 2);
  return {
    fontSize: result.fontSize,
    lines: result.lines,
    lineHeight: result.fontSize * lineHeightFactor,
    x: area.x,
    y,
    width: area.w,
    textHeight: result.textHeight,
    drawnHeight,
    overflows: result.overflows,
    direction,
    align,
    verticalAlign,
  };
}

/**
 * The height an item should be stored with after its text or width changed: a growing note or a
 * text item takes the height its text needs (never less than its type's default for notes).
 */
export function heightForText(item: Item, text: string, minHeight: number, measure: Measure = measureRegular): number | undefined {
  if (!growsWithText(item)) return undefined;
  const layout = computeTextLayout({ ...item, h: item.type === 'text' ? 0 : minHeight }, text, 'grow', measure);
  if (!layout) return undefined;
  const pad = textPaddingOf(item.type);
  const needed = Math.ceil(Math.max(layout.textHeight, layout.lineHeight) + pad * 2);
  return item.type === 'text' ? needed : Math.max(minHeight, needed);
}

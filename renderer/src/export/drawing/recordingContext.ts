import type { Rect } from '../../../../shared/items/geometry.ts';
import { parseCanvasFont } from './canvasFont.ts';
import { parseCssColour } from './cssColour.ts';
import type { Clip, Drawing, Paint, PathCommand, Shadow, Shape, StrokeStyle } from './drawing.ts';
import { identity, invert, lengthScale, multiply, rotation, scaling, transformRect, translation, type Matrix } from './matrix.ts';
import { PathBuilder } from './pathBuilder.ts';

/**
 * A stand-in for CanvasRenderingContext2D that draws nothing and writes down everything: Konva
 * and every board kind's own drawing code (notes, actor chips, puzzle pieces, the HUKI matrix,
 * the acute loop) draw into it exactly as they draw on screen, and what comes out is a Drawing of
 * paths, text and images. This is how the SVG and the PDF get real vectors and real text for
 * every kind without a second copy of any kind's drawing code.
 *
 * Text is measured by the environment (the browser's own canvas in the app), so a line's width,
 * its baseline and its alignment are the ones the screen uses.
 */
export interface RecorderEnvironment {
  /** The browser's metrics of `text` in `font` (canvas shorthand); for code that measures as it draws. */
  measureText(font: string, text: string): TextMetrics;
  /** How far below the line named by `baseline` the alphabetic baseline lies, for `font`. */
  baselineShift(font: string, baseline: CanvasTextBaseline): number;
  /** The picture as a PNG or JPEG data URL (the part `crop` names, if given); null when it can't be read. */
  imageSource(image: CanvasImageSource, crop: { sx: number; sy: number; sw: number; sh: number } | null): string | null;
  /** A colour the recorder's own parser does not read (a rare CSS name), as the browser sees it. */
  normaliseColour?(css: string): string;
}

interface Gradient {
  kind: 'gradient';
  stops: { offset: number; colour: string }[];
  addColorStop(offset: number, colour: string): void;
}

type Style = string | Gradient | null;

interface State {
  matrix: Matrix;
  fillStyle: Style;
  strokeStyle: Style;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  miterLimit: number;
  lineDash: number[];
  lineDashOffset: number;
  globalAlpha: number;
  globalCompositeOperation: GlobalCompositeOperation;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  direction: CanvasDirection;
  shadowColor: string;
  shadowBlur: number;
  shadowOffsetX: number;
  shadowOffsetY: number;
  imageSmoothingEnabled: boolean;
  imageSmoothingQuality: ImageSmoothingQuality;
  letterSpacing: string;
  filter: string;
  clip: Clip | null;
  /** The box of the clip region in board units (intersection of its chain), for bounds. */
  clipBox: Rect | null;
}

const initialState = (): State => ({
  matrix: identity,
  fillStyle: '#000000',
  strokeStyle: '#000000',
  lineWidth: 1,
  lineCap: 'butt',
  lineJoin: 'miter',
  miterLimit: 10,
  lineDash: [],
  lineDashOffset: 0,
  globalAlpha: 1,
  globalCompositeOperation: 'source-over',
  font: '10px sans-serif',
  textAlign: 'start',
  textBaseline: 'alphabetic',
  direction: 'inherit',
  shadowColor: 'rgba(0, 0, 0, 0)',
  shadowBlur: 0,
  shadowOffsetX: 0,
  shadowOffsetY: 0,
  imageSmoothingEnabled: true,
  imageSmoothingQuality: 'low',
  letterSpacing: '0px',
  filter: 'none',
  clip: null,
  clipBox: null,
});

function pathBox(path: readonly PathCommand[]): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const c of path) {
    if (c.op === 'Z') continue;
    if (c.op === 'C') {
      add(c.x1, c.y1);
      add(c.x2, c.y2);
    }
    add(c.x, c.y);
  }
  return minX <= maxX ? { x: minX, y: minY, w: maxX - minX, h: maxY - minY } : null;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const r = Math.min(a.x + a.w, b.x + b.w);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  return r >= x && bottom >= y ? { x, y, w: r - x, h: bottom - y } : null;
}

function union(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

export class RecordingContext {
  private state: State = initialState();
  private stack: State[] = [];
  private builder = new PathBuilder();
  private shapes: Shape[] = [];
  private box: Rect | null = null;
  private clipIds = 0;

  constructor(private readonly env: RecorderEnvironment) {}

  /** What was drawn so far. */
  drawing(): Drawing {
    return { shapes: [...this.shapes], bounds: this.box };
  }

  // ----- state -----

  save(): void {
    this.stack.push({ ...this.state, lineDash: [...this.state.lineDash] });
  }

  restore(): void {
    const previous = this.stack.pop();
    if (previous) this.state = previous;
  }

  reset(): void {
    this.state = initialState();
    this.stack = [];
    this.builder.reset();
  }

  get fillStyle(): string | Gradient {
    return this.state.fillStyle ?? '#000000';
  }
  set fillStyle(v: string | Gradient) {
    this.state.fillStyle = v;
  }
  get strokeStyle(): string | Gradient {
    return this.state.strokeStyle ?? '#000000';
  }
  set strokeStyle(v: string | Gradient) {
    this.state.strokeStyle = v;
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(v: number) {
    if (Number.isFinite(v) && v > 0) this.state.lineWidth = v;
  }
  get lineCap(): CanvasLineCap {
    return this.state.lineCap;
  }
  set lineCap(v: CanvasLineCap) {
    this.state.lineCap = v;
  }
  get lineJoin(): CanvasLineJoin {
    return this.state.lineJoin;
  }
  set lineJoin(v: CanvasLineJoin) {
    this.state.lineJoin = v;
  }
  get miterLimit(): number {
    return this.state.miterLimit;
  }
  set miterLimit(v: number) {
    if (Number.isFinite(v) && v > 0) this.state.miterLimit = v;
  }
  get lineDashOffset(): number {
    return this.state.lineDashOffset;
  }
  set lineDashOffset(v: number) {
    if (Number.isFinite(v)) this.state.lineDashOffset = v;
  }
  get globalAlpha(): number {
    return this.state.globalAlpha;
  }
  set globalAlpha(v: number) {
    if (Number.isFinite(v) && v >= 0 && v <= 1) this.state.globalAlpha = v;
  }
  get globalCompositeOperation(): GlobalCompositeOperation {
    return this.state.globalCompositeOperation;
  }
  set globalCompositeOperation(v: GlobalCompositeOperation) {
    this.state.globalCompositeOperation = v;
  }
  get font(): string {
    return this.state.font;
  }
  set font(v: string) {
    this.state.font = v;
  }
  get textAlign(): CanvasTextAlign {
    return this.state.textAlign;
  }
  set textAlign(v: CanvasTextAlign) {
    this.state.textAlign = v;
  }
  get textBaseline(): CanvasTextBaseline {
    return this.state.textBaseline;
  }
  set textBaseline(v: CanvasTextBaseline) {
    this.state.textBaseline = v;
  }
  get direction(): CanvasDirection {
    return this.state.direction;
  }
  set direction(v: CanvasDirection) {
    this.state.direction = v;
  }
  get shadowColor(): string {
    return this.state.shadowColor;
  }
  set shadowColor(v: string) {
    this.state.shadowColor = v;
  }
  get shadowBlur(): number {
    return this.state.shadowBlur;
  }
  set shadowBlur(v: number) {
    if (Number.isFinite(v) && v >= 0) this.state.shadowBlur = v;
  }
  get shadowOffsetX(): number {
    return this.state.shadowOffsetX;
  }
  set shadowOffsetX(v: number) {
    if (Number.isFinite(v)) this.state.shadowOffsetX = v;
  }
  get shadowOffsetY(): number {
    return this.state.shadowOffsetY;
  }
  set shadowOffsetY(v: number) {
    if (Number.isFinite(v)) this.state.shadowOffsetY = v;
  }
  get imageSmoothingEnabled(): boolean {
    return this.state.imageSmoothingEnabled;
  }
  set imageSmoothingEnabled(v: boolean) {
    this.state.imageSmoothingEnabled = v;
  }
  get imageSmoothingQuality(): ImageSmoothingQuality {
    return this.state.imageSmoothingQuality;
  }
  set imageSmoothingQuality(v: ImageSmoothingQuality) {
    this.state.imageSmoothingQuality = v;
  }
  get letterSpacing(): string {
    return this.state.letterSpacing;
  }
  set letterSpacing(v: string) {
    this.state.letterSpacing = v;
  }
  get filter(): string {
    return this.state.filter;
  }
  set filter(v: string) {
    this.state.filter = v;
  }

  setLineDash(segments: readonly number[]): void {
    if (!segments.every((s) => Number.isFinite(s) && s >= 0)) return;
    this.state.lineDash = segments.length % 2 === 1 ? [...segments, ...segments] : [...segments];
  }

  getLineDash(): number[] {
    return [...this.state.lineDash];
  }

  // ----- transforms -----

  translate(x: number, y: number): void {
    if (Number.isFinite(x) && Number.isFinite(y)) this.state.matrix = multiply(this.state.matrix, translation(x, y));
  }

  scale(x: number, y: number): void {
    if (Number.isFinite(x) && Number.isFinite(y)) this.state.matrix = multiply(this.state.matrix, scaling(x, y));
  }

  rotate(angle: number): void {
    if (Number.isFinite(angle)) this.state.matrix = multiply(this.state.matrix, rotation(angle));
  }

  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    if ([a, b, c, d, e, f].every(Number.isFinite)) this.state.matrix = multiply(this.state.matrix, [a, b, c, d, e, f]);
  }

  setTransform(a?: number | DOMMatrix2DInit, b?: number, c?: number, d?: number, e?: number, f?: number): void {
    if (typeof a === 'object' || a === undefined) {
      const m = a ?? {};
      this.state.matrix = [m.a ?? m.m11 ?? 1, m.b ?? m.m12 ?? 0, m.c ?? m.m21 ?? 0, m.d ?? m.m22 ?? 1, m.e ?? m.m41 ?? 0, m.f ?? m.m42 ?? 0];
      return;
    }
    const values = [a, b ?? 0, c ?? 0, d ?? 1, e ?? 0, f ?? 0] as const;
    if (values.every(Number.isFinite)) this.state.matrix = values;
  }

  resetTransform(): void {
    this.state.matrix = identity;
  }

  getTransform(): DOMMatrix {
    const [a, b, c, d, e, f] = this.state.matrix;
    if (typeof DOMMatrix !== 'undefined') return new DOMMatrix([a, b, c, d, e, f]);
    return { a, b, c, d, e, f, is2D: true } as unknown as DOMMatrix;
  }

  // ----- paths -----

  beginPath(): void {
    this.builder.reset();
  }

  closePath(): void {
    this.builder.closePath();
  }

  moveTo(x: number, y: number): void {
    this.builder.moveTo(this.state.matrix, x, y);
  }

  lineTo(x: number, y: number): void {
    this.builder.lineTo(this.state.matrix, x, y);
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.builder.bezierCurveTo(this.state.matrix, x1, y1, x2, y2, x, y);
  }

  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.builder.quadraticCurveTo(this.state.matrix, invert(this.state.matrix), cx, cy, x, y);
  }

  arc(x: number, y: number, r: number, a0: number, a1: number, ccw = false): void {
    this.builder.arc(this.state.matrix, x, y, r, a0, a1, ccw);
  }

  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void {
    this.builder.arcTo(this.state.matrix, invert(this.state.matrix), x1, y1, x2, y2, r);
  }

  ellipse(x: number, y: number, rx: number, ry: number, rot: number, a0: number, a1: number, ccw = false): void {
    this.builder.ellipse(this.state.matrix, x, y, rx, ry, rot, a0, a1, ccw);
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.builder.rect(this.state.matrix, x, y, w, h);
  }

  roundRect(x: number, y: number, w: number, h: number, radii?: number | DOMPointInit | (number | DOMPointInit)[]): void {
    const list = radii === undefined ? [0] : Array.isArray(radii) ? radii : [radii];
    this.builder.roundRect(this.state.matrix, x, y, w, h, list.map((r) => (typeof r === 'number' ? r : (r.x ?? 0))));
  }

  // ----- painting -----

  fill(rule?: CanvasFillRule | Path2D): void {
    if (typeof rule === 'object') return; // A Path2D can't be read back; nothing here uses one.
    this.fillPath(this.builder.path, rule === 'evenodd' ? 'evenodd' : 'nonzero');
  }

  stroke(path?: Path2D): void {
    if (path) return;
    this.strokePath(this.builder.path);
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    const b = new PathBuilder();
    b.rect(this.state.matrix, x, y, w, h);
    this.fillPath(b.path, 'nonzero');
  }

  strokeRect(x: number, y: number, w: number, h: number): void {
    const b = new PathBuilder();
    b.rect(this.state.matrix, x, y, w, h);
    this.strokePath(b.path);
  }

  /** Clearing is the canvas making room for a fresh frame; a recording starts empty anyway. */
  clearRect(): void {}

  clip(rule?: CanvasFillRule | Path2D): void {
    if (typeof rule === 'object') return;
    const path = [...this.builder.path];
    const box = pathBox(path) ?? { x: 0, y: 0, w: 0, h: 0 };
    this.state.clip = { id: ++this.clipIds, path, parent: this.state.clip };
    this.state.clipBox = this.state.clipBox ? (intersect(this.state.clipBox, box) ?? { x: box.x, y: box.y, w: 0, h: 0 }) : box;
  }

  isPointInPath(): boolean {
    return false;
  }

  isPointInStroke(): boolean {
    return false;
  }

  createLinearGradient(): Gradient {
    return gradient();
  }

  createRadialGradient(): Gradient {
    return gradient();
  }

  createConicGradient(): Gradient {
    return gradient();
  }

  /** Patterns are drawn as nothing: no board uses one, and a guess would be worse than a gap. */
  createPattern(): null {
    return null;
  }

  measureText(text: string): TextMetrics {
    return this.env.measureText(this.state.font, text);
  }

  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    this.addText(text, x, y, maxWidth, this.state.fillStyle);
  }

  /** Outlined text is written as text in the outline's colour: what it says matters more than how. */
  strokeText(text: string, x: number, y: number, maxWidth?: number): void {
    this.addText(text, x, y, maxWidth, this.state.strokeStyle);
  }

  drawImage(image: CanvasImageSource, ...args: number[]): void {
    const natural = imageSize(image);
    let crop: { sx: number; sy: number; sw: number; sh: number } | null = null;
    let dest: Rect;
    if (args.length >= 8) {
      crop = { sx: args[0]!, sy: args[1]!, sw: args[2]!, sh: args[3]! };
      dest = { x: args[4]!, y: args[5]!, w: args[6]!, h: args[7]! };
    } else if (args.length >= 4) {
      dest = { x: args[0]!, y: args[1]!, w: args[2]!, h: args[3]! };
    } else {
      dest = { x: args[0] ?? 0, y: args[1] ?? 0, w: natural.w, h: natural.h };
    }
    if (crop && crop.sx === 0 && crop.sy === 0 && crop.sw === natural.w && crop.sh === natural.h) crop = null;
    const alpha = this.state.globalAlpha;
    if (alpha <= 0 || !(dest.w > 0) || !(dest.h > 0)) return;
    const src = this.env.imageSource(image, crop);
    if (!src) return;
    this.push({ kind: 'image', src, matrix: this.state.matrix, ...dest, alpha, clip: this.state.clip }, transformRect(this.state.matrix, dest));
  }

  // ----- recording -----

  private paint(style: Style): Paint | null {
    if (style === null) return null;
    const css = typeof style === 'string' ? style : (style.stops[0]?.colour ?? null);
    if (css === null) return null;
    const parsed = parseCssColour(css) ?? (this.env.normaliseColour ? parseCssColour(this.env.normaliseColour(css)) : null);
    if (!parsed) return null;
    const alpha = parsed.alpha * this.state.globalAlpha;
    return alpha > 0 ? { colour: parsed.colour, alpha } : null;
  }

  private shadow(): Shadow | null {
    const s = this.state;
    if (s.shadowBlur === 0 && s.shadowOffsetX === 0 && s.shadowOffsetY === 0) return null;
    const paint = this.paint(s.shadowColor);
    return paint ? { ...paint, blur: s.shadowBlur, dx: s.shadowOffsetX, dy: s.shadowOffsetY } : null;
  }

  private fillPath(path: readonly PathCommand[], rule: 'nonzero' | 'evenodd'): void {
    const paint = this.paint(this.state.fillStyle);
    if (!paint || !path.some((c) => c.op !== 'M')) return;
    const box = pathBox(path);
    if (!box) return;
    this.push({ kind: 'path', path: [...path], fill: { ...paint, rule }, stroke: null, shadow: this.shadow(), clip: this.state.clip }, box);
  }

  private strokePath(path: readonly PathCommand[]): void {
    const paint = this.paint(this.state.strokeStyle);
    if (!paint || !path.some((c) => c.op !== 'M')) return;
    const box = pathBox(path);
    if (!box) return;
    const k = lengthScale(this.state.matrix);
    const s = this.state;
    const stroke: StrokeStyle = {
      ...paint,
      width: s.lineWidth * k,
      dash: s.lineDash.map((d) => d * k),
      dashOffset: s.lineDashOffset * k,
      cap: s.lineCap,
      join: s.lineJoin,
      miterLimit: s.miterLimit,
    };
    const half = stroke.width / 2;
    this.push({ kind: 'path', path: [...path], fill: null, stroke, shadow: this.shadow(), clip: this.state.clip }, { x: box.x - half, y: box.y - half, w: box.w + 2 * half, h: box.h + 2 * half });
  }

  private addText(raw: string, x: number, y: number, maxWidth: number | undefined, style: Style): void {
    const text = String(raw).replace(/[\t\n\r\f]/g, ' ');
    const fill = this.paint(style);
    if (!fill || text.trim() === '' || !Number.isFinite(x) || !Number.isFinite(y)) return;
    const s = this.state;
    const metrics = this.env.measureText(s.font, text);
    const width = metrics.width;
    const ascent = metrics.fontBoundingBoxAscent ?? metrics.actualBoundingBoxAscent ?? 0;
    const descent = metrics.fontBoundingBoxDescent ?? metrics.actualBoundingBoxDescent ?? 0;
    const direction: 'ltr' | 'rtl' = s.direction === 'rtl' ? 'rtl' : 'ltr';
    const align = resolveAlign(s.textAlign, direction);
    const squeeze = maxWidth !== undefined && Number.isFinite(maxWidth) && maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
    const baselineY = y + this.env.baselineShift(s.font, s.textBaseline);
    const drawn = width * squeeze;
    const left = align === 'center' ? x - drawn / 2 : align === 'right' ? x - drawn : x;
    const local = { x: left, y: baselineY - ascent, w: drawn, h: ascent + descent };
    this.push(
      { kind: 'text', text, matrix: s.matrix, x, y: baselineY, align, direction, font: parseCanvasFont(s.font), fill, width, ascent, descent, squeeze, shadow: this.shadow(), clip: s.clip },
      transformRect(s.matrix, local),
    );
  }

  private push(shape: Shape, box: Rect): void {
    const clipped = this.state.clipBox ? intersect(box, this.state.clipBox) : box;
    if (!clipped) return; // Wholly outside its clip: nothing of it shows.
    this.shapes.push(shape);
    this.box = union(this.box, clipped);
  }
}

function gradient(): Gradient {
  const stops: Gradient['stops'] = [];
  return {
    kind: 'gradient',
    stops,
    addColorStop(offset, colour) {
      stops.push({ offset, colour });
      stops.sort((a, b) => a.offset - b.offset);
    },
  };
}

function resolveAlign(align: CanvasTextAlign, direction: 'ltr' | 'rtl'): 'left' | 'center' | 'right' {
  switch (align) {
    case 'left':
    case 'right':
    case 'center':
      return align;
    case 'start':
      return direction === 'rtl' ? 'right' : 'left';
    case 'end':
      return direction === 'rtl' ? 'left' : 'right';
    default:
      return 'left';
  }
}

function imageSize(image: CanvasImageSource): { w: number; h: number } {
  const i = image as { naturalWidth?: number; naturalHeight?: number; width?: number | SVGAnimatedLength; height?: number | SVGAnimatedLength; videoWidth?: number; videoHeight?: number };
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { w: num(i.naturalWidth) || num(i.videoWidth) || num(i.width), h: num(i.naturalHeight) || num(i.videoHeight) || num(i.height) };
}


import { PDFNumber, PDFOperator, PDFOperatorNames, PDFArray, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { Rect } from '../../../../shared/items/geometry.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import type { Clip, Drawing, ImageShape, PathShape, Shape, TextShape } from '../drawing/drawing.ts';
import { multiply } from '../drawing/matrix.ts';
import type { PdfCanvas } from './pdfCanvas.ts';

/**
 * A Drawing on a PDF page, scaled to fit a box and centred in it: paths as PDF paths, text as
 * real text in the embedded fonts (selectable and searchable), pictures as image objects. The
 * canvas's clips become PDF clipping paths; a shadow is drawn as an offset copy (PDF has no blur).
 */

const capStyle = { butt: 0, round: 1, square: 2 } as const;
const joinStyle = { miter: 0, round: 1, bevel: 2 } as const;

/** The pictures a drawing holds, to embed before drawing. */
export function imageSources(drawing: Drawing): Set<string> {
  const sources = new Set<string>();
  for (const s of drawing.shapes) if (s.kind === 'image') sources.add(s.src);
  return sources;
}

function number(n: number): PDFNumber {
  return PDFNumber.of(Math.round(n * 1000) / 1000);
}

function drawPath(canvas: PdfCanvas, shape: PathShape): void {
  if (shape.shadow && shape.fill) {
    canvas.push(pushGraphicsState());
    canvas.alpha(shape.shadow.alpha, 1);
    canvas.fillColour(shape.shadow.colour);
    canvas.push(concatTransformationMatrix(1, 0, 0, 1, shape.shadow.dx, shape.shadow.dy));
    canvas.tracePath(shape.path);
    canvas.fillPath(shape.fill.rule === 'evenodd');
    canvas.push(popGraphicsState());
  }
  canvas.push(pushGraphicsState());
  if (shape.fill) {
    canvas.alpha(shape.fill.alpha, 1);
    canvas.fillColour(shape.fill.colour);
    canvas.tracePath(shape.path);
    canvas.fillPath(shape.fill.rule === 'evenodd');
  } else if (shape.stroke) {
    const s = shape.stroke;
    canvas.alpha(1, s.alpha);
    canvas.strokeColour(s.colour);
    canvas.push(
      PDFOperator.of(PDFOperatorNames.SetLineWidth, [number(s.width)]),
      PDFOperator.of(PDFOperatorNames.SetLineCapStyle, [PDFNumber.of(capStyle[s.cap])]),
      PDFOperator.of(PDFOperatorNames.SetLineJoinStyle, [PDFNumber.of(joinStyle[s.join])]),
    );
    if (s.join === 'miter') canvas.miterLimit(s.miterLimit);
    if (s.dash.length > 0 && s.dash.some((d) => d > 0)) {
      const dash = PDFArray.withContext(canvas.doc.context);
      for (const d of s.dash) dash.push(number(d));
      canvas.push(PDFOperator.of(PDFOperatorNames.SetLineDashPattern, [dash, number(s.dashOffset)]));
    }
    canvas.tracePath(shape.path);
    canvas.push(PDFOperator.of(PDFOperatorNames.StrokePath));
  }
  canvas.push(popGraphicsState());
}

function drawText(canvas: PdfCanvas, shape: TextShape): void {
  const { font } = shape;
  const style = { size: font.size, weight: font.weight, italic: font.italic };
  const pdfWidth = canvas.textWidth(shape.text, style);
  if (pdfWidth <= 0) return;
  // The line keeps the width the screen gave it: squeezed when the PDF's font runs wider (no
  // kerning here), never stretched.
  const target = shape.width * shape.squeeze;
  const hScale = Math.max(0.5, Math.min(1, target / pdfWidth));
  const drawn = pdfWidth * hScale;
  const left = shape.align === 'center' ? shape.x - drawn / 2 : shape.align === 'right' ? shape.x - drawn : shape.x;
  canvas.push(pushGraphicsState());
  canvas.alpha(shape.fill.alpha, 1);
  canvas.fillColour(shape.fill.colour);
  canvas.showRuns(shape.text, style, multiply(shape.matrix, [1, 0, 0, 1, left, shape.y]), hScale);
  canvas.push(popGraphicsState());
}

function drawImage(canvas: PdfCanvas, shape: ImageShape): void {
  const image = canvas.images.get(shape.src);
  if (!image) return;
  // The image object fills the unit square upwards; flipped, its top row goes to the box's top.
  const m = multiply(shape.matrix, [shape.w, 0, 0, -shape.h, shape.x, shape.y + shape.h]);
  canvas.push(pushGraphicsState());
  canvas.alpha(shape.alpha, 1);
  canvas.push(concatTransformationMatrix(m[0], m[1], m[2], m[3], m[4], m[5]), drawObject(canvas.imageKey(image)));
  canvas.push(popGraphicsState());
}

function drawShape(canvas: PdfCanvas, shape: Shape): void {
  switch (shape.kind) {
    case 'path':
      return drawPath(canvas, shape);
    case 'text':
      return drawText(canvas, shape);
    case 'image':
      return drawImage(canvas, shape);
    default:
      assertNever(shape, 'shape');
  }
}

function clipChain(clip: Clip | null): Clip[] {
  const chain: Clip[] = [];
  for (let c = clip; c; c = c.parent) chain.unshift(c);
  return chain;
}

/** The scale and offset that fit `area` (board units) into `box` (page points), centred. */
export function fitInto(area: Rect, box: Rect): { scale: number; x: number; y: number } {
  const scale = Math.min(box.w / area.w, box.h / area.h);
  return { scale, x: box.x + (box.w - area.w * scale) / 2 - area.x * scale, y: box.y + (box.h - area.h * scale) / 2 - area.y * scale };
}

/** Draws the part `area` of the drawing into `box` on the page. Pictures must be prepared first. */
export function drawDrawing(canvas: PdfCanvas, drawing: Drawing, area: Rect, box: Rect): void {
  const fit = fitInto(area, box);
  canvas.push(pushGraphicsState(), concatTransformationMatrix(fit.scale, 0, 0, fit.scale, fit.x, fit.y));
  // Nothing outside the area (a clipped-away overhang) reaches the page's margins.
  canvas.clipTo([
    { op: 'M', x: area.x, y: area.y },
    { op: 'L', x: area.x + area.w, y: area.y },
    { op: 'L', x: area.x + area.w, y: area.y + area.h },
    { op: 'L', x: area.x, y: area.y + area.h },
    { op: 'Z' },
  ]);
  let current: Clip | null = null;
  let open = false;
  for (const shape of drawing.shapes) {
    if (shape.clip !== current) {
      if (open) canvas.push(popGraphicsState());
      open = false;
      current = shape.clip;
      if (current) {
        canvas.push(pushGraphicsState());
        for (const c of clipChain(current)) canvas.clipTo(c.path);
        open = true;
      }
    }
    drawShape(canvas, shape);
  }
  if (open) canvas.push(popGraphicsState());
  canvas.push(popGraphicsState());
}

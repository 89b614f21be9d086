import {
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  appendBezierCurve,
  beginText,
  closePath,
  concatTransformationMatrix,
  endPath,
  endText,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRise,
  showText,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import type { PathCommand } from '../drawing/drawing.ts';
import { multiply, type Matrix } from '../drawing/matrix.ts';
import type { PdfFonts, ShapedRun } from './pdfFonts.ts';
import { markedContentProperties } from './pdfLibInternals.ts';

/**
 * One PDF page to draw on with the origin at the top left and y growing downwards, as on the
 * canvas: the page's content starts with a flip, and text is flipped back upright. Fonts,
 * opacities and pictures are added to the page's resources as they are first used.
 */

export type Colour = string;

/** Pictures embedded once per document, by data URL; each page refers to the same object. */
export class PdfImages {
  private readonly images = new Map<string, PDFImage | null>();

  constructor(private readonly doc: PDFDocument) {}

  /** Embeds the pictures not embedded yet. A picture that can't be read is left out, never fatal. */
  async prepare(sources: Iterable<string>): Promise<void> {
    for (const src of sources) {
      if (this.images.has(src)) continue;
      let image: PDFImage | null = null;
      try {
        if (src.startsWith('data:image/png')) image = await this.doc.embedPng(src);
        else if (src.startsWith('data:image/jpeg') || src.startsWith('data:image/jpg')) image = await this.doc.embedJpg(src);
      } catch {
        image = null;
      }
      this.images.set(src, image);
    }
  }

  get(src: string): PDFImage | null {
    return this.images.get(src) ?? null;
  }
}

export function rgbOf(colour: Colour): [number, number, number] {
  const h = /^#([0-9a-f]{6})$/i.exec(colour)?.[1] ?? '000000';
  return [parseInt(h.slice(0, 2), 16) / 255, parseInt(h.slice(2, 4), 16) / 255, parseInt(h.slice(4, 6), 16) / 255];
}

export interface TextStyle {
  size: number;
  weight: number;
  italic?: boolean;
  colour?: Colour;
}

export class PdfCanvas {
  readonly width: number;
  readonly height: number;
  private readonly fontKeys = new Map<PDFFont, PDFName>();
  private readonly alphaKeys = new Map<string, PDFName>();
  private readonly imageKeys = new Map<PDFImage, PDFName>();
  private closed = false;

  constructor(
    readonly doc: PDFDocument,
    readonly page: PDFPage,
    readonly fonts: PdfFonts,
    readonly images: PdfImages,
    private readonly alphaStates: Map<string, PDFRef>,
  ) {
    const { width, height } = page.getSize();
    this.width = width;
    this.height = height;
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(1, 0, 0, -1, 0, height));
  }

  push(...ops: PDFOperator[]): void {
    this.page.pushOperators(...ops);
  }

  private nextMcid = 0;

  /** Opens marked content for a structure element (structure.ts); returns its id on this page. */
  beginMarked(role: string): number {
    const mcid = this.nextMcid++;
    this.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(role), markedContentProperties(this.doc, mcid)]));
    return mcid;
  }

  /** Opens marked content that is page furniture (a rule, a footer, a cell's fill), not content. */
  beginArtifact(): void {
    this.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
  }

  endMarked(): void {
    this.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Ends the page's content (the flip's graphics state). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.page.pushOperators(popGraphicsState());
  }

  fontKey(font: PDFFont): PDFName {
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontKeys.set(font, key);
    }
    return key;
  }

  /** Sets fill and stroke opacity (1 is the default and needs no state). */
  alpha(fill: number, stroke: number): void {
    if (fill >= 1 && stroke >= 1) return;
    const id = `${Math.round(fill * 1000)}|${Math.round(stroke * 1000)}`;
    let key = this.alphaKeys.get(id);
    if (!key) {
      let ref = this.alphaStates.get(id);
      if (!ref) {
        ref = this.doc.context.register(this.doc.context.obj({ Type: 'ExtGState', ca: Math.max(0, Math.min(1, fill)), CA: Math.max(0, Math.min(1, stroke)) }));
        this.alphaStates.set(id, ref);
      }
      key = this.page.node.newExtGState('GS', ref);
      this.alphaKeys.set(id, key);
    }
    this.push(setGraphicsState(key));
  }

  imageKey(image: PDFImage): PDFName {
    let key = this.imageKeys.get(image);
    if (!key) {
      key = this.page.node.newXObject('Image', image.ref);
      this.imageKeys.set(image, key);
    }
    return key;
  }

  fillColour(colour: Colour): void {
    this.push(setFillingRgbColor(...rgbOf(colour)));
  }

  strokeColour(colour: Colour): void {
    this.push(setStrokingRgbColor(...rgbOf(colour)));
  }

  tracePath(path: readonly PathCommand[]): void {
    for (const c of path) {
      switch (c.op) {
        case 'M':
          this.push(moveTo(c.x, c.y));
          break;
        case 'L':
          this.push(lineTo(c.x, c.y));
          break;
        case 'C':
          this.push(appendBezierCurve(c.x1, c.y1, c.x2, c.y2, c.x, c.y));
          break;
        case 'Z':
          this.push(closePath());
          break;
        default:
          assertNever(c, 'path command');
      }
    }
  }

  /** Restricts what follows (until the enclosing graphics state ends) to the path. */
  clipTo(path: readonly PathCommand[], evenOdd = false): void {
    this.tracePath(path);
    this.push(PDFOperator.of(evenOdd ? PDFOperatorNames.ClipEvenOdd : PDFOperatorNames.ClipNonZero), endPath());
  }

  fillPath(evenOdd = false): void {
    this.push(PDFOperator.of(evenOdd ? PDFOperatorNames.FillEvenOdd : PDFOperatorNames.FillNonZero));
  }

  miterLimit(limit: number): void {
    this.push(PDFOperator.of(PDFOperatorNames.SetLineMiterLimit, [PDFNumber.of(limit)]));
  }

  /**
   * Writes one line of text with its left end at `matrix`'s origin (the matrix maps the text's own
   * units, y down, to the page's), font by font. `hScale` squeezes it horizontally.
   */
  showRuns(text: string, style: TextStyle, matrix: Matrix, hScale = 1): void {
    const runs = this.fonts.runs(text, style.weight, style.italic ?? false);
    if (runs.length === 0) return;
    // Upright glyphs in the flipped page: y is mirrored back for the text space.
    const m = multiply(matrix, [hScale, 0, 0, -1, 0, 0]);
    this.push(beginText(), setTextMatrix(m[0], m[1], m[2], m[3], m[4], m[5]));
    for (const run of runs) {
      this.push(setFontAndSize(this.fontKey(run.font), style.size));
      const shaped = this.fonts.shaped(run);
      if (shaped) this.showPlaced(shaped, style.size);
      else this.push(showText(run.font.encodeText(run.text)));
    }
    this.push(endText());
  }

  /**
   * Shows shaped glyphs where the font's positioning puts them: TJ moves the pen by each glyph's
   * offset and by the difference between its positioned and its default advance; a glyph raised
   * or lowered (a mark above or below its letter) is shown with a text rise of its own.
   */
  private showPlaced(shaped: ShapedRun, size: number): void {
    const perUnit = 1000 / shaped.unitsPerEm;
    let items = PDFArray.withContext(this.doc.context);
    const flush = () => {
      if (items.size() > 0) this.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [items]));
      items = PDFArray.withContext(this.doc.context);
    };
    for (const glyph of shaped.glyphs) {
      // TJ's numbers move the pen back (left) by thousandths of the font size.
      if (glyph.xOffset !== 0) items.push(PDFNumber.of(-glyph.xOffset * perUnit));
      if (glyph.yOffset !== 0) {
        flush();
        this.push(setTextRise((glyph.yOffset * size) / shaped.unitsPerEm));
      }
      items.push(PDFHexString.of(glyph.hex));
      if (glyph.yOffset !== 0) {
        flush();
        this.push(setTextRise(0));
      }
      const after = glyph.xAdvance - glyph.defaultAdvance - glyph.xOffset;
      if (after !== 0) items.push(PDFNumber.of(-after * perUnit));
    }
    flush();
  }

  /** A line of text at a baseline point; returns its width. */
  text(text: string, x: number, baseline: number, style: TextStyle, align: 'left' | 'center' | 'right' = 'left'): number {
    const width = this.fonts.widthOf(text, style.weight, style.italic ?? false, style.size);
    const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
    this.push(pushGraphicsState());
    this.fillColour(style.colour ?? '#000000');
    this.showRuns(text, style, [1, 0, 0, 1, left, baseline]);
    this.push(popGraphicsState());
    return width;
  }

  textWidth(text: string, style: TextStyle): number {
    return this.fonts.widthOf(text, style.weight, style.italic ?? false, style.size);
  }

  rect(x: number, y: number, w: number, h: number, paint: { fill?: Colour; stroke?: Colour; lineWidth?: number }): void {
    this.push(pushGraphicsState());
    this.tracePath([
      { op: 'M', x, y },
      { op: 'L', x: x + w, y },
      { op: 'L', x: x + w, y: y + h },
      { op: 'L', x, y: y + h },
      { op: 'Z' },
    ]);
    if (paint.fill) this.fillColour(paint.fill);
    if (paint.stroke) {
      this.strokeColour(paint.stroke);
      this.push(PDFOperator.of(PDFOperatorNames.SetLineWidth, [PDFNumber.of(paint.lineWidth ?? 1)]));
    }
    this.push(PDFOperator.of(paint.fill && paint.stroke ? PDFOperatorNames.FillNonZeroAndStroke : paint.fill ? PDFOperatorNames.FillNonZero : PDFOperatorNames.StrokePath));
    this.push(popGraphicsState());
  }

  /** A straight line; `dots` gives it round dots that far apart (a contents page's leader). */
  line(x1: number, y1: number, x2: number, y2: number, colour: Colour, width = 1, dots = 0): void {
    this.push(pushGraphicsState());
    this.strokeColour(colour);
    this.push(PDFOperator.of(PDFOperatorNames.SetLineWidth, [PDFNumber.of(width)]));
    if (dots > 0) {
      const dash = PDFArray.withContext(this.doc.context);
      dash.push(PDFNumber.of(0));
      dash.push(PDFNumber.of(dots));
      this.push(PDFOperator.of(PDFOperatorNames.SetLineCapStyle, [PDFNumber.of(1)]), PDFOperator.of(PDFOperatorNames.SetLineDashPattern, [dash, PDFNumber.of(0)]));
    }
    this.push(moveTo(x1, y1), lineTo(x2, y2), PDFOperator.of(PDFOperatorNames.StrokePath));
    this.push(popGraphicsState());
  }
}


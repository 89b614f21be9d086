import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import { lineHeightFactor, wrapText } from '../../../../shared/items/textFit.ts';
import { PdfCanvas, type Colour, type PdfImages, type TextStyle } from '../pdf/pdfCanvas.ts';
import type { PdfFonts } from '../pdf/pdfFonts.ts';
import { readsRightToLeft } from '../pdf/bidiRuns.ts';
import { StructureTree, type StructElement } from '../pdf/structure.ts';

/**
 * The report's pages and a cursor running down them: headings, paragraphs and tables are placed
 * below each other and a new page starts when the next piece would not fit. Every page is A4 or
 * A3, landscape by default (boards are wide, and so are the stakeholder table and a HUKI matrix)
 * or portrait, with the same margins, type sizes and footer; a board page may lie on its side in a
 * portrait report (boardSection.ts).
 */

export type Paper = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Landscape page sizes in points. */
export const paperSizes: Readonly<Record<Paper, { w: number; h: number }>> = {
  A4: { w: 841.89, h: 595.28 },
  A3: { w: 1190.55, h: 841.89 },
};

/** A page's size in points, standing or lying. */
export function pageSize(paper: Paper, orientation: Orientation): { w: number; h: number } {
  const { w, h } = paperSizes[paper];
  return orientation === 'landscape' ? { w, h } : { w: h, h: w };
}

export const reportInk = '#0b1f33';
export const reportInkSoft = '#33475b';
export const reportRule = '#b8c4d0';
export const reportHeaderFill = '#0b1f33';
export const reportZebra = '#f3f6f9';

export interface ReportTypography {
  margin: number;
  footerHeight: number;
  title: number;
  h1: number;
  h2: number;
  body: number;
  table: number;
  footer: number;
}

/** Type sizes and margins; an A3 page is printed larger, so its type is larger too. */
export function typographyFor(paper: Paper): ReportTypography {
  const k = paper === 'A3' ? 1.25 : 1;
  return { margin: 42 * k, footerHeight: 26 * k, title: 30 * k, h1: 19 * k, h2: 13.5 * k, body: 11 * k, table: 9 * k, footer: 8.5 * k };
}

export interface ContentsEntry {
  title: string;
  /** 0-based index of the page the section starts on. */
  page: number;
  level: 0 | 1;
}

export class ReportWriter {
  readonly pages: PdfCanvas[] = [];
  readonly type: ReportTypography;
  /** The size the user chose; a board page may turn to the other orientation (boardSection.ts). */
  readonly pageSize: { w: number; h: number };
  /** The current page's size: what the cursor's margins are measured in. */
  size: { w: number; h: number };
  readonly entries: ContentsEntry[] = [];
  /** The tagged PDF's structure: every piece of content below is drawn into an element of it, or as an artifact. */
  readonly tree = new StructureTree();
  y = 0;
  private readonly alphaStates = new Map<string, PDFRef>();

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    readonly images: PdfImages,
    readonly paper: Paper,
    readonly t: Translate,
    readonly orientation: Orientation = 'landscape',
  ) {
    this.type = typographyFor(paper);
    this.pageSize = pageSize(paper, orientation);
    this.size = this.pageSize;
  }

  get left(): number {
    return this.type.margin;
  }
  get right(): number {
    return this.size.w - this.type.margin;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.type.margin;
  }
  /** Where content ends: above the footer. */
  get bottom(): number {
    return this.size.h - this.type.margin - this.type.footerHeight;
  }

  get canvas(): PdfCanvas {
    if (this.pages.length === 0) this.newPage();
    return this.pages.at(-1)!;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** A page at the end (or at `index`, for the contents that are written last), of the chosen size unless `size` is given. */
  newPage(index?: number, size: { w: number; h: number } = this.pageSize): PdfCanvas {
    this.size = size;
    const page = index === undefined ? this.doc.addPage([size.w, size.h]) : this.doc.insertPage(index, [size.w, size.h]);
    const canvas = new PdfCanvas(this.doc, page, this.fonts, this.images, this.alphaStates);
    if (index === undefined) this.pages.push(canvas);
    else this.pages.splice(index, 0, canvas);
    this.y = this.top;
    return canvas;
  }

  /** Starts a new page unless `height` more fits on this one; true when it started one. */
  ensure(height: number): boolean {
    if (this.pages.length > 0 && this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  /** Marks where a section starts, for the contents page. */
  entry(title: string, level: 0 | 1 = 0): void {
    this.entries.push({ title, page: this.pageIndex, level });
  }

  /** Draws `draw` as content of `element` (marked content on the page, recorded in the tree). */
  tagged<T>(element: StructElement, draw: (canvas: PdfCanvas) => T, canvas: PdfCanvas = this.canvas): T {
    const mcid = canvas.beginMarked(element.role);
    this.tree.attach(element, canvas, mcid);
    try {
      return draw(canvas);
    } finally {
      canvas.endMarked();
    }
  }

  /** Draws `draw` as page furniture: no element, skipped by a screen reader. */
  artifact<T>(draw: (canvas: PdfCanvas) => T, canvas: PdfCanvas = this.canvas): T {
    canvas.beginArtifact();
    try {
      return draw(canvas);
    } finally {
      canvas.endMarked();
    }
  }

  measure(style: TextStyle): (text: string, size: number) => number {
    return (text, size) => this.fonts.widthOf(text, style.weight, style.italic ?? false, size);
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, Math.max(10, width), style.size, this.measure(style));
  }

  /** Wrapped text from the cursor down, breaking onto new pages as needed. */
  paragraph(text: string, style: TextStyle, { indent = 0, after = 0.6 }: { indent?: number; after?: number } = {}): void {
    const lineHeight = style.size * lineHeightFactor;
    const element = this.tree.add('P');
    // A Hebrew or Arabic paragraph is set flush right, its indent on the right.
    const rtl = readsRightToLeft(text);
    for (const line of this.wrap(text, this.width - indent, style)) {
      this.ensure(lineHeight);
      const x = rtl ? this.right - indent : this.left + indent;
      this.tagged(element, (canvas) => canvas.text(line, x, this.y + style.size, { colour: reportInk, ...style }, rtl ? 'right' : 'left'));
      this.y += lineHeight;
    }
    this.y += style.size * after;
  }

  /** A heading kept together with at least `keep` points of what follows it. */
  heading(text: string, level: 1 | 2, keep = 60): void {
    const size = level === 1 ? this.type.h1 : this.type.h2;
    const style = { size, weight: 800, colour: reportInk };
    const lines = this.wrap(text, this.width, style);
    const height = lines.length * size * lineHeightFactor;
    if (this.y > this.top) this.y += size * 0.6;
    this.ensure(height + keep);
    const element = this.tree.add(level === 1 ? 'H1' : 'H2');
    for (const line of lines) {
      this.tagged(element, (canvas) => canvas.text(line, this.left, this.y + size, style));
      this.y += size * lineHeightFactor;
    }
    if (level === 1) {
      this.artifact((canvas) => canvas.line(this.left, this.y + 3, this.right, this.y + 3, reportRule, 1.2));
      this.y += 10;
    } else this.y += size * 0.35;
  }

  rule(colour: Colour = reportRule): void {
    this.artifact((canvas) => canvas.line(this.left, this.y, this.right, this.y, colour, 0.8));
  }

  /** "Side 3 av 12" and the export date at the foot of every page; then the pages are closed. */
  finish(exportedText: string): void {
    const total = this.pages.length;
    const style = { size: this.type.footer, weight: 400, colour: reportInkSoft };
    this.pages.forEach((page, i) => {
      // Each page by its own size: a board page may lie on its side in a portrait report.
      const baseline = page.height - this.type.margin + this.type.footer * 0.2;
      const right = page.width - this.type.margin;
      this.artifact((canvas) => {
        canvas.line(this.left, baseline - this.type.footer * 1.6, right, baseline - this.type.footer * 1.6, reportRule, 0.6);
        canvas.text(exportedText, this.left, baseline, style);
        canvas.text(this.t('export.report.page', { page: i + 1, pages: total }), right, baseline, style, 'right');
      }, page);
      page.close();
    });
    this.tree.write(this.doc, this.pages);
  }
}

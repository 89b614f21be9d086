import { PDFHexString } from 'pdf-lib';
import { lineHeightFactor } from '../../../../shared/items/textFit.ts';
import type { PdfCanvas } from '../pdf/pdfCanvas.ts';
import type { StructElement } from '../pdf/structure.ts';
import { reportInk, reportRule, type ContentsEntry, type ReportWriter } from './reportWriter.ts';

/**
 * The contents: every board and table with the page it starts on. Its pages are reserved right
 * after the cover (their number follows from the number of entries, known before anything is
 * written) and filled in last, when the page numbers are known.
 */

function lineHeight(w: ReportWriter): number {
  return w.type.body * lineHeightFactor * 1.35;
}

function headingHeight(w: ReportWriter): number {
  return w.type.h1 * lineHeightFactor + 16;
}

export function contentsPageCount(w: ReportWriter, entries: number): number {
  const perPage = Math.max(1, Math.floor((w.bottom - w.top - headingHeight(w)) / lineHeight(w)));
  return Math.max(1, Math.ceil(entries / perPage));
}

export interface ReservedContents {
  pages: PdfCanvas[];
  /** Where the contents stand in the reading order (after the cover), filled when they are written. */
  heading: StructElement;
  list: StructElement;
}

/** Reserves the contents pages; returns them, to be filled by `writeContents`. */
export function reserveContents(w: ReportWriter, entries: number): ReservedContents {
  const pages: PdfCanvas[] = [];
  for (let i = contentsPageCount(w, entries); i > 0; i--) pages.push(w.newPage());
  return { pages, heading: w.tree.add('H1'), list: w.tree.add('TOC') };
}

export function writeContents(w: ReportWriter, reserved: ReservedContents, entries: readonly ContentsEntry[]): void {
  const { type } = w;
  const { pages } = reserved;
  const step = lineHeight(w);
  let p = 0;
  let y = w.top;
  const heading = (canvas: PdfCanvas, first: boolean) => {
    const draw = (c: PdfCanvas) => c.text(w.t('export.report.contents'), w.left, y + type.h1, { size: type.h1, weight: 800, colour: reportInk });
    // The heading repeated on a second contents page is furniture.
    if (first) w.tagged(reserved.heading, draw, canvas);
    else w.artifact(draw, canvas);
    y += type.h1 * lineHeightFactor;
    w.artifact((c) => c.line(w.left, y + 3, w.right, y + 3, reportRule, 1.2), canvas);
    y += 16;
  };
  heading(pages[0]!, true);
  for (const entry of entries) {
    if (y + step > w.bottom && p + 1 < pages.length) {
      p++;
      y = w.top;
      heading(pages[p]!, false);
    }
    const item = w.tree.add('TOCI', { parent: reserved.list });
    // The line is a link to its page: its words and its clickable area belong to one Link element.
    const link = w.tree.add('Link', { parent: item });
    const canvas = pages[p]!;
    const style = { size: type.body, weight: entry.level === 0 ? 800 : 400, colour: reportInk };
    const indent = entry.level === 0 ? 0 : type.body * 1.5;
    const number = String(entry.page + 1);
    const numberWidth = w.fonts.widthOf(number, style.weight, false, style.size);
    const room = w.width - indent - numberWidth - type.body * 2;
    const title = w.wrap(entry.title, room, style)[0] ?? '';
    const shown = title.length < entry.title.length ? `${title.replace(/\s*\S?$/, '')}…` : title;
    // Title, then page number: the order a screen reader reads the line in.
    const titleWidth = w.tagged(link, (c) => c.text(shown, w.left + indent, y + type.body, style), canvas);
    w.tagged(link, (c) => c.text(number, w.right, y + type.body, style, 'right'), canvas);
    const target = w.pages[entry.page];
    if (target) linkTo(w, link, canvas, target, { x: w.left + indent, y, w: w.width - indent, h: step }, entry.title);
    // Dotted leader from the title to its page number.
    const from = w.left + indent + titleWidth + type.body * 0.5;
    const to = w.right - numberWidth - type.body * 0.5;
    if (entry.level === 1 && to > from) w.artifact((c) => c.line(from, y + type.body, to, y + type.body, '#5b6b7b', type.body * 0.14, type.body * 0.45), canvas);
    y += step;
  }
}

/**
 * A clickable area on `canvas` (a box in the page's top-down coordinates) that opens `target` at
 * its top, with the entry's title as its description for a screen reader (Contents).
 */
function linkTo(w: ReportWriter, link: StructElement, canvas: PdfCanvas, target: PdfCanvas, box: { x: number; y: number; w: number; h: number }, title: string): void {
  const context = w.doc.context;
  const bottom = canvas.height - (box.y + box.h);
  const annotation = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [box.x, bottom, box.x + box.w, canvas.height - box.y],
      Border: [0, 0, 0],
      Dest: [target.page.ref, 'XYZ', null, target.height, null],
      Contents: PDFHexString.fromText(title),
    }),
  );
  canvas.page.node.addAnnot(annotation);
  w.tree.attachAnnotation(link, canvas, annotation);
}

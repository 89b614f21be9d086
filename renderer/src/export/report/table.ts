import { lineHeightFactor } from '../../../../shared/items/textFit.ts';
import { readsRightToLeft } from '../pdf/bidiRuns.ts';
import type { Colour } from '../pdf/pdfCanvas.ts';
import { reportHeaderFill, reportInk, reportRule, reportZebra, type ReportWriter } from './reportWriter.ts';

/**
 * A table in the report: columns sized by their share of the page's width, every cell's text
 * wrapped to its column, the heading row repeated at the top of each page the table runs onto.
 * A row taller than a whole page (a very long note) is cut with "…" rather than lost off the page.
 */

export interface TableColumn {
  header: string;
  /**
   * How much of the room left over, once every column has its narrowest width (its longest word),
   * this column takes compared with the others, on top of what its text asks for. Relative.
   */
  share: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableCell {
  text: string;
  fill?: Colour;
  ink?: Colour;
  bold?: boolean;
}

export type CellValue = string | TableCell;

const asCell = (v: CellValue): TableCell => (typeof v === 'string' ? { text: v } : v);

export interface TableOptions {
  /** Shown above the repeated heading row on the pages the table continues on. */
  continuedTitle?: string;
  fontSize?: number;
}

/** The smallest type a table shrinks to so that its longest words fit side by side. */
const minFontFactor = 0.75;

/**
 * Column widths the way a browser lays out an automatic table: every column at least as wide as
 * its longest word, the rest of the page's width given out by how much more each column's text
 * wants (weighted by its share), so words are not broken when they can be kept whole. Returns the
 * font size too: a table whose longest words can't stand side by side is set smaller.
 */
function columnWidths(w: ReportWriter, columns: readonly TableColumn[], rows: readonly (readonly CellValue[])[], baseSize: number): { widths: number[]; size: number } {
  const measure = (size: number) => {
    const pad = size * 0.45 * 2;
    const narrowest: number[] = [];
    const widest: number[] = [];
    columns.forEach((column, i) => {
      const texts = [{ text: column.header, bold: true }, ...rows.map((r) => asCell(r[i] ?? ''))];
      let word = 0;
      let line = 0;
      for (const cell of texts) {
        const weight = cell.bold ? 700 : 400;
        for (const paragraph of cell.text.split('\n')) {
          line = Math.max(line, w.fonts.widthOf(paragraph, weight, false, size));
          for (const part of paragraph.split(/\s+/)) if (part) word = Math.max(word, w.fonts.widthOf(part, weight, false, size));
        }
      }
      // A point to spare, so a word as wide as its column is not broken by rounding.
      narrowest.push(word + pad + 1);
      widest.push(Math.max(word, line) + pad + 1);
    });
    return { narrowest, widest };
  };
  let size = baseSize;
  let { narrowest, widest } = measure(size);
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  if (sum(narrowest) > w.width) {
    // Smaller by what it takes to fit, and a little more, so long texts get some room to wrap in.
    size = Math.max(baseSize * minFontFactor, (baseSize * w.width * 0.92) / sum(narrowest));
    ({ narrowest, widest } = measure(size));
  }
  const spare = w.width - sum(narrowest);
  if (spare <= 0) {
    // Even the smallest type can't keep every word whole: share the page by the words' widths.
    const total = sum(narrowest);
    return { widths: narrowest.map((n) => (n / total) * w.width), size };
  }
  const wants = widest.map((v, i) => (v - narrowest[i]!) * (columns[i]!.share || 1));
  const totalWants = sum(wants);
  if (totalWants <= spare || totalWants === 0) {
    // Everything fits on one line: what is left goes by share.
    const left = spare - sum(widest.map((v, i) => v - narrowest[i]!));
    const shares = sum(columns.map((c) => c.share || 1));
    return { widths: widest.map((v, i) => v + (left * (columns[i]!.share || 1)) / shares), size };
  }
  return { widths: narrowest.map((n, i) => n + (wants[i]! / totalWants) * spare), size };
}

export function drawTable(w: ReportWriter, columns: readonly TableColumn[], rows: readonly (readonly CellValue[])[], options: TableOptions = {}): void {
  const { widths, size } = columnWidths(w, columns, rows, options.fontSize ?? w.type.table);
  const pad = size * 0.45;
  const lineHeight = size * lineHeightFactor;
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const regular = { size, weight: 400 };
  const bold = { size, weight: 700 };

  const layoutRow = (cells: readonly TableCell[], header: boolean) => {
    const lines = cells.map((cell, i) => w.wrap(cell.text, widths[i]! - 2 * pad, header || cell.bold ? bold : regular));
    const height = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 2 * pad;
    return { lines, height };
  };

  // The tagged PDF's table: a header row of TH, then a TR of TD per row. The heading row repeated
  // on the pages the table continues on is furniture (`repeat`), as are fills and rules.
  const table = w.tree.add('Table');
  const drawRow = (cells: readonly TableCell[], lines: string[][], height: number, header: boolean, zebra: boolean, repeat = false) => {
    const canvas = w.canvas;
    const y = w.y;
    const row = repeat ? null : w.tree.add('TR', { parent: table });
    w.artifact(() => {
      if (header) canvas.rect(w.left, y, w.width, height, { fill: reportHeaderFill });
      else if (zebra) canvas.rect(w.left, y, w.width, height, { fill: reportZebra });
    });
    cells.forEach((cell, i) => {
      if (cell.fill) w.artifact(() => canvas.rect(xs[i]!, y, widths[i]!, height, { fill: cell.fill }));
      const element = row ? w.tree.add(header ? 'TH' : 'TD', { parent: row, ...(header ? { scope: 'Column' as const } : {}) }) : null;
      const style = { ...(header || cell.bold ? bold : regular), colour: header ? '#ffffff' : (cell.ink ?? reportInk) };
      // A Hebrew or Arabic cell is set flush right in a left-aligned column.
      const align = columns[i]?.align ?? (readsRightToLeft(cell.text) ? 'right' : 'left');
      const room = Math.max(1, Math.floor((height - 2 * pad) / lineHeight + 1e-6));
      const shown = lines[i]!.length > room ? [...lines[i]!.slice(0, room - 1), `${lines[i]![room - 1]}…`] : lines[i]!;
      const draw = () =>
        shown.forEach((line, k) => {
          const baseline = y + pad + k * lineHeight + size * 0.95;
          if (align === 'center') canvas.text(line, xs[i]! + widths[i]! / 2, baseline, style, 'center');
          else if (align === 'right') canvas.text(line, xs[i]! + widths[i]! - pad, baseline, style, 'right');
          else canvas.text(line, xs[i]! + pad, baseline, style);
        });
      if (element) w.tagged(element, draw);
      else w.artifact(draw);
    });
    w.artifact(() => canvas.line(w.left, y + height, w.right, y + height, reportRule, 0.6));
    w.y += height;
  };

  const headerCells = columns.map((c) => ({ text: c.header }));
  const header = layoutRow(headerCells, true);
  const startPage = () => {
    if (options.continuedTitle) {
      const style = { size: w.type.h2, weight: 800, colour: reportInk };
      w.artifact((canvas) => canvas.text(options.continuedTitle!, w.left, w.y + style.size, style));
      w.y += style.size * lineHeightFactor + 4;
    }
    drawRow(headerCells, header.lines, header.height, true, false, true);
  };

  const first = rows[0] ? layoutRow(rows[0].map(asCell), false) : { height: 0 };
  // The heading row never stands alone at the foot of a page.
  w.ensure(header.height + Math.min(first.height, w.bottom - w.top - header.height));
  drawRow(headerCells, header.lines, header.height, true, false);
  rows.forEach((values, r) => {
    const cells = values.map(asCell);
    const row = layoutRow(cells, false);
    const full = w.bottom - w.top - header.height - (options.continuedTitle ? w.type.h2 * 2 : 0);
    const height = Math.min(row.height, full);
    if (w.y + height > w.bottom) {
      w.newPage();
      startPage();
    }
    drawRow(cells, row.lines, height, false, r % 2 === 1);
  });
  w.y += size;
}

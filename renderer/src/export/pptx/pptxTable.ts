import type PptxGenJS from 'pptxgenjs';
import type { ContentCell, ContentTable } from '../../../../shared/report/contentModel.ts';

/**
 * A content table as real PowerPoint tables: the heading row dark with white text, cells coloured
 * as on the board, split over as many slides as it needs by an estimate of each row's height
 * (PowerPoint does not page a table itself, and pptxgenjs's own paging drops the slide's title).
 */

const hex = (colour: string | undefined) => colour?.replace('#', '').toUpperCase();

function row(cells: readonly ContentCell[], table: ContentTable, lang: string, header: boolean): PptxGenJS.TableRow {
  return cells.map((cell, i) => {
    const fill = header ? '0B1F33' : hex(cell.fill);
    const ink = header ? 'FFFFFF' : hex(cell.ink);
    return { text: cell.text, options: { lang, bold: header || cell.bold === true, align: table.centred?.[i] ? 'center' : 'left', ...(fill ? { fill: { color: fill } } : {}), ...(ink ? { color: ink } : {}) } };
  });
}

/** Column widths in inches for a table `width` inches wide, from the PDF table's shares. */
export function columnWidths(table: ContentTable, width: number): number[] {
  const total = table.shares.reduce((a, b) => a + b, 0) || 1;
  return table.shares.map((s) => (s / total) * width);
}

/** Inches a row takes at `fontSize` points: its tallest cell's wrapped lines, plus the cell margins. */
function rowHeight(cells: readonly ContentCell[], widths: readonly number[], fontSize: number): number {
  const charWidth = (fontSize * 0.52) / 72;
  const lineHeight = (fontSize * 1.2) / 72;
  let lines = 1;
  cells.forEach((cell, i) => {
    const perLine = Math.max(1, Math.floor(((widths[i] ?? 1) - 0.2) / charWidth));
    const count = cell.text.split('\n').reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines * lineHeight + 0.1;
}

/** The table's rows for each slide, every part starting with the heading row. */
export function pagedTableRows(table: ContentTable, width: number, fontSize: number, firstHeight: number, height: number, lang: string): PptxGenJS.TableRow[][] {
  const widths = columnWidths(table, width);
  const headerCells = table.headers.map((text) => ({ text }));
  const headerHeight = rowHeight(headerCells, widths, fontSize);
  const pages: PptxGenJS.TableRow[][] = [];
  let current: PptxGenJS.TableRow[] = [row(headerCells, table, lang, true)];
  let used = headerHeight;
  let room = firstHeight;
  for (const cells of table.rows) {
    const h = rowHeight(cells, widths, fontSize);
    if (current.length > 1 && used + h > room) {
      pages.push(current);
      current = [row(headerCells, table, lang, true)];
      used = headerHeight;
      room = height;
    }
    current.push(row(cells, table, lang, false));
    used += h;
  }
  pages.push(current);
  return pages;
}

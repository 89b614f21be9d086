/**
 * The report's words and tables without a page: what the Word document and the slides are built
 * from (renderer/src/export/docx/, pptx/), and what a board kind gives as its report section
 * (BoardKind.report). Each table is made by the same functions the PDF report's sections use, so
 * the three files carry the same results in the same words. In shared/ because a kind's section is
 * pure data that the kind's shared half builds.
 */

export interface ContentCell {
  text: string;
  /** Background, '#rrggbb', as the board colours it (a HUKI letter, a provider category). */
  fill?: string;
  ink?: string;
  bold?: boolean;
}

export interface ContentTable {
  headers: string[];
  rows: ContentCell[][];
  /** Relative widths of the columns (the PDF table's shares). */
  shares: number[];
  /** Columns set centred (letters, numbers). */
  centred?: boolean[];
}

export type ContentBlock =
  | { kind: 'paragraph'; text: string; soft?: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; table: ContentTable }
  | { kind: 'bullets'; items: { text: string; level: number; bold?: boolean }[] };

/** One section under a level-1 heading: a board's tables, the stakeholder analysis, a vote. */
export interface ContentSection {
  title: string;
  blocks: ContentBlock[];
}

/** A cell as the tables are written: plain text, or text with its colours (as the PDF table's CellValue). */
export type ContentCellValue = string | ContentCell;

export const asContentCell = (v: ContentCellValue): ContentCell => (typeof v === 'string' ? { text: v } : { text: v.text, ...(v.fill ? { fill: v.fill } : {}), ...(v.ink ? { ink: v.ink } : {}), ...(v.bold ? { bold: true } : {}) });

export function contentTable(columns: readonly { header: string; share: number; align?: 'left' | 'center' | 'right' }[], rows: readonly (readonly ContentCellValue[])[]): ContentTable {
  return {
    headers: columns.map((c) => c.header),
    shares: columns.map((c) => c.share),
    centred: columns.map((c) => c.align === 'center'),
    rows: rows.map((row) => columns.map((_, i) => asContentCell(row[i] ?? ''))),
  };
}

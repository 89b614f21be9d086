import type { CellValue } from '../report/table.ts';

/**
 * The report's words and tables without a page: what the Word document and the slides are built
 * from (docx/, pptx/). Each table is made by the same functions the PDF report's sections use
 * (report/*Section.ts), so the three files carry the same results in the same words.
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

export const asContentCell = (v: CellValue): ContentCell => (typeof v === 'string' ? { text: v } : { text: v.text, ...(v.fill ? { fill: v.fill } : {}), ...(v.ink ? { ink: v.ink } : {}), ...(v.bold ? { bold: true } : {}) });

export function contentTable(columns: readonly { header: string; share: number; align?: 'left' | 'center' | 'right' }[], rows: readonly (readonly CellValue[])[]): ContentTable {
  return {
    headers: columns.map((c) => c.header),
    shares: columns.map((c) => c.share),
    centred: columns.map((c) => c.align === 'center'),
    rows: rows.map((row) => columns.map((_, i) => asContentCell(row[i] ?? ''))),
  };
}

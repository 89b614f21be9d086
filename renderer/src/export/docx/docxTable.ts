import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import type { ContentCell, ContentTable } from '../../../../shared/report/contentModel.ts';

/**
 * A content table as a real Word table: the heading row marked as a header (Word repeats it on
 * every page the table runs onto), cells coloured as on the board (HUKI letters, provider
 * categories), line breaks kept, widths from the PDF table's shares.
 */

const headerFill = '0B1F33';
const rule = 'B8C4D0';
const hex = (colour: string | undefined) => colour?.replace('#', '').toUpperCase();

function lines(text: string, bold: boolean, colour: string | undefined, size: number): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, size, ...(colour ? { color: colour } : {}), ...(i > 0 ? { break: 1 } : {}) }));
}

function cell(value: ContentCell, width: number, centred: boolean, header: boolean, size: number): TableCell {
  const fill = header ? headerFill : hex(value.fill);
  const ink = header ? 'FFFFFF' : hex(value.ink);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT, children: lines(value.text, header || value.bold === true, ink, size) })],
  });
}

/** `width`: the text width the table fills, in twips (a landscape A4 page for the wide tables). */
export function docxTable(table: ContentTable, width: number): Table {
  const total = table.shares.reduce((a, b) => a + b, 0) || 1;
  const widths = table.shares.map((s) => Math.round((s / total) * width));
  // Half-points: 9 pt for ordinary tables, 8 pt for the wide ones (stakeholders, inventory, HUKI with many actors).
  const size = table.headers.length > 7 ? 16 : 18;
  const border = { style: BorderStyle.SINGLE, size: 4, color: rule };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.headers.map((h, i) => cell({ text: h }, widths[i]!, table.centred?.[i] === true, true, size)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, widths[i]!, table.centred?.[i] === true, false, size)) })),
    ],
  });
}

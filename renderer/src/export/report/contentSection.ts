import { assertNever } from '../../../../shared/util/assertNever.ts';
import type { ContentSection } from '../../../../shared/report/contentModel.ts';
import { reportInkSoft, type ReportWriter } from './reportWriter.ts';
import { drawTable } from './table.ts';

/**
 * A kind's report section drawn from its words and tables alone (BoardKind.report), for a kind
 * whose renderer half draws no pages of its own (RendererKind.writeReportSection): a new page, the
 * heading in the contents, then each block as the kinds' own drawings set them.
 */
export function writeContentSection(w: ReportWriter, section: ContentSection): void {
  w.newPage();
  w.entry(section.title, 1);
  w.heading(section.title, 1);
  let heading = section.title;
  for (const block of section.blocks) {
    switch (block.kind) {
      case 'paragraph':
        w.paragraph(block.text, { size: w.type.body, weight: 400, ...(block.soft ? { colour: reportInkSoft } : {}) });
        break;
      case 'subheading':
        heading = block.text;
        w.heading(block.text, 2, 40);
        break;
      case 'table':
        drawTable(
          w,
          block.table.headers.map((header, i) => ({ header, share: block.table.shares[i] ?? 1, align: block.table.centred?.[i] ? ('center' as const) : ('left' as const) })),
          block.table.rows,
          { continuedTitle: w.t('export.report.continued', { heading }) },
        );
        break;
      case 'bullets':
        for (const item of block.items) w.paragraph(`${item.level === 0 ? '•' : '–'}  ${item.text}`, { size: w.type.body, weight: item.bold ? 700 : 400 }, { indent: item.level * w.type.body * 1.6, after: 0.25 });
        break;
      default:
        assertNever(block, 'content block');
    }
  }
}

import { assertNever } from '../../../../shared/util/assertNever.ts';
import type { ContentBlock } from '../../../../shared/report/contentModel.ts';
import type { VoteResult } from '../content/voteContent.ts';
import { reportInkSoft, type ReportWriter } from './reportWriter.ts';
import { drawTable } from './table.ts';

/**
 * The dot votes: for each board that had one, the items that got dots, most first, with who gave
 * them (content/voteContent.ts, the same table the Word document and the slides carry). One
 * heading in the contents for all of them, one line per vote.
 */
export function writeVotes(w: ReportWriter, votes: readonly VoteResult[]): void {
  if (votes.length === 0) return;
  w.newPage();
  w.entry(w.t('exportOffice.votes'), 0);
  for (const vote of votes) {
    w.heading(vote.section.title, 1);
    w.entry(vote.section.title, 1);
    for (const block of vote.section.blocks) writeBlock(w, block, vote.section.title);
  }
}

function writeBlock(w: ReportWriter, block: ContentBlock, title: string): void {
  switch (block.kind) {
    case 'paragraph':
      w.paragraph(block.text, { size: w.type.body, weight: 400, ...(block.soft ? { colour: reportInkSoft } : {}) });
      return;
    case 'table': {
      const { headers, shares, centred, rows } = block.table;
      drawTable(
        w,
        headers.map((header, i) => ({ header, share: shares[i] ?? 1, ...(centred?.[i] ? { align: 'center' as const } : {}) })),
        rows,
        { continuedTitle: w.t('export.report.continued', { heading: title }) },
      );
      return;
    }
    case 'subheading':
      w.heading(block.text, 2);
      return;
    case 'bullets':
      for (const item of block.items) w.paragraph(`${'  '.repeat(item.level)}•  ${item.text}`, { size: w.type.body, weight: item.bold ? 700 : 400 }, { after: 0.25 });
      return;
    default:
      assertNever(block, 'content block');
  }
}

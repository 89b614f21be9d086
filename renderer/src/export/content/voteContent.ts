import type { Language } from '../../../../shared/i18n/messages.ts';
import { localeOf, translate } from '../../../../shared/i18n/translate.ts';
import { boardVote } from '../../../../shared/present/boardFields.ts';
import { isVotable, itemLabel } from '../../../../shared/present/itemLabel.ts';
import { voteSummary, type SummaryRow } from '../../../../shared/present/tally.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { contentTable, type ContentSection } from '../../../../shared/report/contentModel.ts';

/**
 * A board's dot vote as the vote summary on screen shows it (present/VoteSummaryTable.tsx): place,
 * content, dots, and who gave them; only the items that got dots, most dots first.
 */
export interface VoteResult {
  board: Board;
  rows: SummaryRow[];
  section: ContentSection;
}

export function voteResult(doc: WorkshopDoc, board: Board, language: Language): VoteResult | null {
  const vote = boardVote(board);
  if (!vote) return null;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const items = Object.values(doc.items)
    .filter((item) => item.boardId === board.id && isVotable(item))
    .map((item) => ({ id: item.id, label: itemLabel(doc, item) || t('present.vote.untitledItem') }));
  const rows = voteSummary(vote, items, { locale: localeOf(language), voterName: (voter, i) => voter.name || t('present.vote.defaultVoterName', { n: i + 1 }) }).filter((r) => r.count > 0);
  const title = t('exportOffice.votesHeading', { name: board.name });
  if (rows.length === 0) return { board, rows, section: { title, blocks: [{ kind: 'paragraph', text: t('exportOffice.noDots'), soft: true }] } };
  const table = contentTable(
    [
      { header: t('present.vote.rank'), share: 1, align: 'center' },
      { header: t('present.vote.item'), share: 6 },
      { header: t('present.vote.count'), share: 1.2, align: 'center' },
      { header: t('present.vote.from'), share: 4 },
    ],
    rows.map((r) => [String(r.rank), r.label, String(r.count), r.byVoter.map((v) => (v.count > 1 ? `${v.name} (${v.count})` : v.name)).join(', ')]),
  );
  return { board, rows, section: { title, blocks: [{ kind: 'table', table }] } };
}

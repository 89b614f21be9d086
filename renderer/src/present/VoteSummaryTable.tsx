import { useState } from 'react';
import type { Board } from '../../../shared/model/records.ts';
import { localeOf } from '../../../shared/i18n/translate.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { isVotable, itemLabel } from '../../../shared/present/itemLabel.ts';
import { naturalDirection, voteSummary, type SortDirection, type SummarySort } from '../../../shared/present/tally.ts';
import { useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshop } from '../state/WorkshopContext.ts';

/**
 * The vote's result as a table: place, content, dots and who gave them (a dot per voter in their
 * colour and number). Sortable by dots or by content; the header buttons say the order they give.
 * `onlyVoted` leaves out items without dots (the projection's short list).
 */
export function VoteSummaryTable({ board, onlyVoted = false, limit, caption }: { board: Board; onlyVoted?: boolean; limit?: number; caption?: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const items = useWorkshop((s) => s.doc.items);
  const actors = useWorkshop((s) => s.doc.actors);
  const [sort, setSort] = useState<{ by: SummarySort; direction: SortDirection }>({ by: 'count', direction: 'desc' });
  const vote = boardVote(board);
  if (!vote) return null;
  const list = Object.values(items)
    .filter((item) => item.boardId === board.id && isVotable(item))
    .map((item) => ({ id: item.id, label: itemLabel({ actors }, item) || t('present.vote.untitledItem') }));
  let rows = voteSummary(vote, list, {
    sort: sort.by,
    direction: sort.direction,
    locale: localeOf(language),
    voterName: (voter, i) => voter.name || t('present.vote.defaultVoterName', { n: i + 1 }),
  });
  if (onlyVoted) rows = rows.filter((r) => r.count > 0);
  if (limit) rows = rows.slice(0, limit);
  const header = (by: SummarySort, text: string) => {
    const current = sort.by === by;
    const ariaSort = current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <th scope="col" aria-sort={ariaSort}>
        <button
          type="button"
          className="sort-button"
          aria-label={t('present.vote.sortBy', { column: text })}
          onClick={() => setSort(current ? { by, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { by, direction: naturalDirection[by] })}
        >
          {text} <span aria-hidden>{current ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <table className="vote-summary">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('present.vote.rank')}</th>
          {header('label', t('present.vote.item'))}
          {header('count', t('present.vote.count'))}
          <th scope="col">{t('present.vote.from')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.itemId}>
            <td className="num">{row.count > 0 ? row.rank : '–'}</td>
            <td>{row.label}</td>
            <td className="num strong">{row.count}</td>
            <td>
              <span className="voter-dots">
                {row.byVoter.map((v) => (
                  <span key={v.voterId} className="voter-count" title={`${v.name}: ${v.count}`}>
                    <span className="mini-dot" style={{ background: v.colour }} aria-hidden>{v.number}</span>
                    <span className="sr-only">{`${v.name}: ${v.count}`}</span>
                    {v.count > 1 && <span aria-hidden>×{v.count}</span>}
                  </span>
                ))}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

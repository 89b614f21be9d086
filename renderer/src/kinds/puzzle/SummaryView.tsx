import { useMemo } from 'react';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { slotKey } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { categoryLabelKey } from '../../../../shared/kinds/puzzle/inventoryCsv.ts';
import { indexKey } from '../../../../shared/kinds/puzzle/placement.ts';
import { setGapNote } from '../../../../shared/kinds/puzzle/ops.ts';
import { summarise } from '../../../../shared/kinds/puzzle/summary.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { usePlacement } from './usePuzzle.ts';

/**
 * What the room concludes from the puzzle: pieces per provider category, gaps per level and per
 * phase, and each gap with its note (written here, shown on the gap on the board).
 */
export function SummaryView({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const { grid, pieces, placement } = usePlacement(board);
  const summary = useMemo(() => summarise(grid, pieces, actors), [grid, pieces, actors]);
  const gaps = grid.rows.flatMap((row, r) => grid.columns.flatMap((column, c) => (placement.bySlot.has(indexKey(r, c)) ? [] : [{ row, column }])));

  return (
    <div>
      <p className="puzzle-totals" role="status">
        {t('puzzle.summary.totals', { pieces: summary.pieces, placed: summary.placed, loose: summary.loose, gaps: summary.gaps, slots: summary.slots })}
      </p>
      <table className="puzzle-table">
        <caption>{t('puzzle.summary.byCategory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('puzzle.summary.category')}</th>
            <th scope="col" className="num">{t('puzzle.summary.pieces')}</th>
            <th scope="col" className="num">{t('puzzle.summary.placed')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.byCategory.map((c) => {
            const style = c.category === 'none' ? undefined : categoryStyle(c.category);
            return (
              <tr key={c.category}>
                <th scope="row">
                  <span className="puzzle-category">
                    <span className="swatch" style={{ background: style?.fill ?? '#ffffff', borderColor: style?.text ?? '#0b1f33', borderStyle: style ? 'solid' : 'dashed' }} aria-hidden />
                    {t(categoryLabelKey(c.category))}
                  </span>
                </th>
                <td className="num">{c.pieces}</td>
                <td className="num">{c.placed}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="puzzle-gap-tables">
        <table className="puzzle-table">
          <caption>{t('puzzle.summary.gapsByRow')}</caption>
          <tbody>
            {grid.rows.map((row, i) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td className="num">{summary.gapsByRow[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="puzzle-table">
          <caption>{t('puzzle.summary.gapsByColumn')}</caption>
          <tbody>
            {grid.columns.map((column, i) => (
              <tr key={column.id}>
                <th scope="row">{column.label}</th>
                <td className="num">{summary.gapsByColumn[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="puzzle-gaps-title">
        <h3 id="puzzle-gaps-title">{t('puzzle.gaps.title')}</h3>
        {gaps.length === 0 && <p className="puzzle-hint">{t('puzzle.gaps.none')}</p>}
        <ul className="puzzle-gaps">
          {gaps.map(({ row, column }) => {
            const slot = t('puzzle.slot', { row: row.label, column: column.label });
            return (
              <li key={`${row.id}|${column.id}`}>
                <label className="field">
                  <span className="label">{slot}</span>
                  <CommitField
                    multiline
                    rows={2}
                    aria-label={t('puzzle.gap.note', { slot })}
                    value={grid.gapNotes[slotKey(row.id, column.id)] ?? ''}
                    maxLength={limits.text}
                    onCommit={(note) => store.getState().run(setGapNote, { boardId: board.id, rowId: row.id, columnId: column.id, note })}
                  />
                </label>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

import { ArrowLeft, ArrowRight, X } from 'lucide-react';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { cellKey } from './useGridFocus.ts';
import { findingId, FlagText, type GridParts } from './gridParts.tsx';
import { Legend } from './Legend.tsx';

/** The grid's header row: the corner with the legend, then one head per actor column (draggable, with move and remove buttons). */
export function HeadRow({ parts }: { parts: GridParts }) {
  const { t, columns, system, flags, focus, drag, edits } = parts;
  return (
    <tr role="row" aria-rowindex={1}>
      <th role="columnheader" scope="col" className="huki-corner" aria-label={t('huki.grid.corner')}>
        <Legend system={system} />
        <span className="huki-corner-title">{t('huki.grid.corner')}</span>
      </th>
      {columns.map((actor, i) => {
        const style = categoryStyle(actor.category);
        const flagged = flags.actors.get(actor.id);
        return (
          <th
            key={actor.id}
            role="columnheader"
            scope="col"
            aria-label={actor.name}
            aria-describedby={flagged ? findingId(parts, actor.id) : undefined}
            data-cell={cellKey('header', actor.id)}
            tabIndex={focus.tabIndexOf('header', actor.id)}
            className={`huki-col-head${drag.dropKey === actor.id ? ' drop-target' : ''}${flagged ? ' flagged' : ''}`}
            style={{ background: style.fill, color: style.text }}
            draggable
            onDragStart={drag.dragStart('column', actor.id)}
            onDragEnd={drag.dragEnd}
            onDragOver={drag.columnDragOver(actor.id)}
            onDrop={drag.columnDrop(actor.id)}
            onClick={() => focus.select('header', actor.id)}
          >
            <span className="huki-col-name">{actor.name}</span>
            {flagged && <span className="huki-flag" aria-hidden>!</span>}
            <FlagText parts={parts} at={actor.id} list={flagged} />
            <span className="huki-tools">
              <button type="button" tabIndex={-1} className="huki-tool" disabled={i === 0} aria-label={t('huki.column.moveLeft', { name: actor.name })} title={t('huki.column.moveLeft', { name: actor.name })} onClick={() => edits.stepColumn(actor.id, -1)}><ArrowLeft aria-hidden size={16} /></button>
              <button type="button" tabIndex={-1} className="huki-tool" disabled={i === columns.length - 1} aria-label={t('huki.column.moveRight', { name: actor.name })} title={t('huki.column.moveRight', { name: actor.name })} onClick={() => edits.stepColumn(actor.id, 1)}><ArrowRight aria-hidden size={16} /></button>
              <button type="button" tabIndex={-1} className="huki-tool" aria-label={t('huki.column.remove', { name: actor.name })} title={t('huki.column.remove', { name: actor.name })} onClick={() => edits.removeColumn(actor.id)}><X aria-hidden size={16} /></button>
            </span>
          </th>
        );
      })}
    </tr>
  );
}

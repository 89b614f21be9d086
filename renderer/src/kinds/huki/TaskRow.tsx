import { useRef } from 'react';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import { displayLetter, letterWordKey } from '../../../../shared/kinds/huki/letters.ts';
import { letterOf, type HukiTask } from '../../../../shared/kinds/huki/model.ts';
import { letterColours } from '../../../../shared/kinds/huki/palette.ts';
import { selectCell } from './hukiFocus.ts';
import { cellKey } from './useGridFocus.ts';
import { findingId, FlagText, rowHeaderProps, shownName, type GridParts } from './gridParts.tsx';
import { RowName } from './NameField.tsx';

/**
 * A task's row: its name (draggable, renamed in place, with move and delete buttons) and one cell
 * per actor. A spreadsheet's click (issue 16): the first click selects a cell, a click on the
 * selected (focused) cell cycles its letter.
 */
export function TaskRow({ parts, task, first, last }: { parts: GridParts; task: HukiTask; first: boolean; last: boolean }) {
  const { t, columns, system, flags, itemId, focus, drag, edits } = parts;
  /** Whether the cell under the pointer had the focus before this click (then the click edits). */
  const clickEdits = useRef(false);
  const name = shownName(parts, task.name, 'huki.task.untitled');
  const flagged = flags.tasks.get(task.id);
  return (
    <tr role="row" className={`huki-task-row${drag.dropKey === task.id ? ' drop-target' : ''}`} onDragOver={drag.rowDragOver(task.id)} onDrop={drag.rowDrop(task.id)}>
      <th {...rowHeaderProps(parts, 'task', task.id, name)} aria-describedby={flagged ? findingId(parts, task.id) : undefined} className={`huki-task-head${flagged ? ' flagged' : ''}`}>
        <div className="huki-head-inner">
          <GripVertical aria-hidden size={18} className="huki-grip" />
          <RowName focus={focus} onRename={edits.rename} kind="task" id={task.id} name={task.name} shown={name} label={t('huki.task.nameField')} />
          {flagged && <span className="huki-flag" aria-hidden>!</span>}
          <FlagText parts={parts} at={task.id} list={flagged} />
          <span className="huki-tools">
            <button type="button" tabIndex={-1} className="huki-tool" disabled={first} aria-label={t('huki.task.moveUp', { name })} title={t('huki.task.moveUp', { name })} onClick={() => edits.stepTask(task.id, -1)}><ArrowUp aria-hidden size={16} /></button>
            <button type="button" tabIndex={-1} className="huki-tool" disabled={last} aria-label={t('huki.task.moveDown', { name })} title={t('huki.task.moveDown', { name })} onClick={() => edits.stepTask(task.id, 1)}><ArrowDown aria-hidden size={16} /></button>
            <button type="button" tabIndex={-1} className="huki-tool" aria-label={t('huki.task.delete', { name })} title={t('huki.task.delete', { name })} onClick={() => edits.deleteTask(task.id)}><Trash2 aria-hidden size={16} /></button>
          </span>
        </div>
      </th>
      {columns.map((actor) => {
        const letter = letterOf(task, actor.id);
        const colours = letter ? letterColours[letter] : null;
        const shown = letter ? displayLetter(letter, system) : '';
        const value = letter ? t('huki.cell.value', { letter: shown, word: t(letterWordKey(letter, system)) }) : t('huki.cell.empty');
        return (
          <td
            key={actor.id}
            role="gridcell"
            aria-label={t('huki.cell.label', { task: name, actor: actor.name, value })}
            data-cell={cellKey(task.id, actor.id)}
            tabIndex={focus.tabIndexOf(task.id, actor.id)}
            className={`huki-cell${letter ? ` letter-${letter}` : ''}`}
            style={colours ? { background: colours.fill, color: colours.ink } : undefined}
            onMouseDown={(e) => {
              clickEdits.current = document.activeElement === e.currentTarget;
            }}
            onFocus={() => selectCell(itemId, { taskId: task.id, actorId: actor.id })}
            onClick={(e) => {
              if (clickEdits.current) edits.cycle(task.id, actor.id);
              else {
                focus.select(task.id, actor.id);
                e.currentTarget.focus();
              }
              clickEdits.current = false;
            }}
          >
            {shown}
          </td>
        );
      })}
    </tr>
  );
}

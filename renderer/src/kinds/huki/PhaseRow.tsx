import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react';
import type { HukiPhase } from '../../../../shared/kinds/huki/model.ts';
import { rowHeaderProps, shownName, type GridParts } from './gridParts.tsx';
import { RowName } from './NameField.tsx';

/** A phase's row: its name spanning the grid (draggable, renamed in place), with add-task, move and delete buttons. */
export function PhaseRow({ parts, phase, index }: { parts: GridParts; phase: HukiPhase; index: number }) {
  const { t, columns, matrix, focus, drag, edits } = parts;
  const phaseName = shownName(parts, phase.name, 'huki.phase.untitled');
  return (
    <tr role="row" className={`huki-phase-row${drag.dropKey === phase.id ? ' drop-target' : ''}`} onDragOver={drag.rowDragOver(phase.id)} onDrop={drag.rowDrop(phase.id)}>
      <th {...rowHeaderProps(parts, 'phase', phase.id, phaseName)} colSpan={columns.length + 1} aria-colspan={columns.length + 1} className="huki-phase-head">
        <div className="huki-head-inner">
          <GripVertical aria-hidden size={18} className="huki-grip" />
          <RowName focus={focus} onRename={edits.rename} kind="phase" id={phase.id} name={phase.name} shown={phaseName} label={t('huki.phase.nameField')} />
          <span className="huki-tools">
            <button type="button" tabIndex={-1} className="huki-tool with-label" aria-label={t('huki.task.add', { phase: phaseName })} title={t('huki.task.add', { phase: phaseName })} onClick={() => edits.addTaskAt(phase.id, phase.tasks.length)}><Plus aria-hidden size={16} /> {t('huki.newTaskName')}</button>
            <button type="button" tabIndex={-1} className="huki-tool" disabled={index === 0} aria-label={t('huki.phase.moveUp', { name: phaseName })} title={t('huki.phase.moveUp', { name: phaseName })} onClick={() => edits.stepPhase(phase.id, -1)}><ArrowUp aria-hidden size={16} /></button>
            <button type="button" tabIndex={-1} className="huki-tool" disabled={index === matrix.phases.length - 1} aria-label={t('huki.phase.moveDown', { name: phaseName })} title={t('huki.phase.moveDown', { name: phaseName })} onClick={() => edits.stepPhase(phase.id, 1)}><ArrowDown aria-hidden size={16} /></button>
            <button type="button" tabIndex={-1} className="huki-tool" aria-label={t('huki.phase.delete', { name: phaseName })} title={t('huki.phase.delete', { name: phaseName })} onClick={() => edits.removePhase(phase.id, phaseName)}><Trash2 aria-hidden size={16} /></button>
          </span>
        </div>
      </th>
    </tr>
  );
}

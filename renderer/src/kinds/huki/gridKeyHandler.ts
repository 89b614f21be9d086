import type { KeyboardEvent } from 'react';
import { gridIntent } from './gridKeys.ts';
import { moveFocus, type NavRow } from './gridNav.ts';
import { activeOfCellKey, type GridFocus } from './useGridFocus.ts';
import type { MatrixEdits } from './matrixEdits.ts';

/**
 * The matrix grid's keydown: the cell under the focus, the key's intent (gridKeys.ts, a pure
 * function) and the edit or move it asks for. Plain keys belong to the grid: the canvas's
 * single-key shortcuts (I for an image, Delete for its selection, N for a note) must not fire
 * behind it. Ctrl/Cmd combinations (undo) pass on unless the grid uses them.
 */
export function gridKeyHandler({ rows, columns, focus, edits, phaseName }: { rows: readonly NavRow[]; columns: number; focus: GridFocus; edits: MatrixEdits; phaseName(phaseId: string): string }) {
  return (e: KeyboardEvent<HTMLTableElement>) => {
    if (focus.editing) return;
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell]');
    if (!cell || target.tagName === 'BUTTON' || target.tagName === 'INPUT') return;
    const here = activeOfCellKey(cell.dataset['cell']!);
    const p = focus.toPos(here);
    const row = rows[p.row];
    if (!row) return;
    if (!(e.ctrlKey || e.metaKey)) e.stopPropagation();
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };

    const intent = gridIntent(e, row.kind, here.col !== null);
    if (!intent) return;
    if (intent.kind === 'focus') {
      const next = moveFocus(rows, columns, p, intent.move);
      // Tab at either end leaves the grid.
      if (next || e.key !== 'Tab') handled();
      if (next) focus.go(focus.toActive(next));
      return;
    }
    handled();
    switch (intent.kind) {
      case 'moveLine':
        focus.refocus();
        if (intent.vertical && row.kind === 'task') edits.stepTask(row.key, intent.direction);
        else if (intent.vertical && row.kind === 'phase') edits.stepPhase(row.key, intent.direction);
        else if (!intent.vertical && here.col) edits.stepColumn(here.col, intent.direction);
        return;
      case 'clear':
        if (here.col) edits.set(row.key, here.col, null);
        return;
      case 'cycle':
        if (here.col) edits.cycle(row.key, here.col);
        return;
      case 'letter':
        if (here.col) edits.set(row.key, here.col, intent.letter);
        return;
      case 'rename':
        if (row.kind !== 'header') focus.setEditing({ kind: row.kind, id: row.key });
        return;
      case 'insertTask':
        edits.addTaskAfter(row);
        return;
      case 'delete':
        focus.refocus();
        if (row.kind === 'task') edits.deleteTask(row.key);
        else if (row.kind === 'phase') edits.removePhase(row.key, phaseName(row.key));
        else if (here.col) edits.removeColumn(here.col);
        return;
      default: {
        const never: never = intent;
        return never;
      }
    }
  };
}

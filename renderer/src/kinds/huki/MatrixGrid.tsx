import { Fragment, useMemo } from 'react';
import { findingsByTarget } from '../../../../shared/kinds/huki/checks.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { gridKeyHandler } from './gridKeyHandler.ts';
import { navRows } from './gridNav.ts';
import { shownName, type GridParts } from './gridParts.tsx';
import { HeadRow } from './HeadRow.tsx';
import { matrixEdits } from './matrixEdits.ts';
import { PhaseRow } from './PhaseRow.tsx';
import { TaskRow } from './TaskRow.tsx';
import { useGridDrag } from './useGridDrag.ts';
import { useGridFocus } from './useGridFocus.ts';
import type { HukiMatrixView } from './useHukiMatrix.ts';

/**
 * The matrix as an accessible grid (WAI-ARIA grid pattern), the keyboard's way to edit it and what
 * screen readers and tests read. One cell at a time is in the Tab order (roving tabindex); arrow
 * keys, Home/End and Tab move like a spreadsheet; a click selects a cell and a second click on it
 * cycles its letter; letters, Space and Delete edit; Enter renames;
 * Alt+arrows move rows and columns; rows and columns can also be dragged by their headers.
 *
 * The parts: the focus (useGridFocus), what a key means (gridKeys.ts, beside gridNav.ts) and what
 * the grid does about it (gridKeyHandler.ts), the edits (matrixEdits.ts), dragging (useGridDrag)
 * and the rows (HeadRow, PhaseRow, TaskRow).
 */
export function MatrixGrid({ board, view }: { board: Board; view: HukiMatrixView }) {
  const t = useT();
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const { item, matrix, columns, settings, findings } = view;
  const itemId = item.id as ItemId;
  const run = store.getState().run;

  const rows = useMemo(() => navRows(matrix), [matrix]);
  const columnIds = useMemo(() => columns.map((a) => a.id as string), [columns]);
  const flags = useMemo(() => findingsByTarget(findings), [findings]);

  const focus = useGridFocus(item.id, rows, columnIds);
  const drag = useGridDrag({ itemId, matrix, rows, columnIds, actors, run });
  const edits = matrixEdits({ itemId, matrix, columnIds, run, t, focus });
  const parts: GridParts = { t, boardId: board.id, itemId, matrix, columns, actors, system: settings.letters, flags, focus, drag, edits };
  const onKeyDown = gridKeyHandler({
    rows,
    columns: columnIds.length,
    focus,
    edits,
    phaseName: (id) => shownName(parts, matrix.phases.find((x) => x.id === id)?.name ?? '', 'huki.phase.untitled'),
  });

  return (
    <div className="huki-grid-scroll">
      <table
        ref={focus.gridRef}
        role="grid"
        className="huki-grid"
        aria-label={t('huki.grid.label')}
        aria-describedby={`huki-keys-${board.id}`}
        aria-rowcount={rows.length}
        aria-colcount={columnIds.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <HeadRow parts={parts} />
        </thead>
        <tbody>
          {matrix.phases.map((phase, phaseIndex) => (
            <Fragment key={phase.id}>
              <PhaseRow parts={parts} phase={phase} index={phaseIndex} />
              {phase.tasks.map((task, taskIndex) => (
                <TaskRow
                  key={task.id}
                  parts={parts}
                  task={task}
                  first={phaseIndex === 0 && taskIndex === 0}
                  last={phaseIndex === matrix.phases.length - 1 && taskIndex === phase.tasks.length - 1}
                />
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { nextLetter } from '../../../../shared/kinds/huki/letters.ts';
import { letterOf, newTaskId, type HukiLetter, type HukiMatrixProps } from '../../../../shared/kinds/huki/model.ts';
import { addTask, deletePhase, deleteTask, moveColumn, movePhase, moveTask, removeColumn, renamePhase, renameTask, setCell } from '../../../../shared/kinds/huki/ops.ts';
import type { ActorId, ItemId } from '../../../../shared/model/ids.ts';
import type { useT } from '../../i18n/useT.ts';
import { notify } from '../../state/appStore.ts';
import type { WorkshopActions } from '../../state/workshopStore.ts';
import { taskStep, type NavRow } from './gridNav.ts';
import type { GridFocus } from './useGridFocus.ts';

/**
 * The matrix grid's edits, shared by its keys, its row buttons and its clicks: each is one
 * operation (one undo step). Adding a task puts the focus on its name, ready to be typed.
 */
export function matrixEdits({ itemId, matrix, columnIds, run, t, focus }: { itemId: ItemId; matrix: HukiMatrixProps; columnIds: readonly string[]; run: WorkshopActions['run']; t: ReturnType<typeof useT>; focus: GridFocus }) {
  const addTaskAt = (phaseId: string, index: number) => {
    const id = newTaskId();
    if (run(addTask, { itemId, phaseId, taskId: id, name: t('huki.newTaskName'), index })) {
      focus.select(id, null);
      focus.setEditing({ kind: 'task', id });
    }
  };
  const step = (list: readonly string[], id: string, direction: -1 | 1): number | null => {
    const i = list.indexOf(id);
    const j = i + direction;
    return i >= 0 && j >= 0 && j < list.length ? j : null;
  };
  return {
    /** The cell's next letter (empty, then each letter of the system, then empty again). */
    cycle(taskId: string, actorId: string) {
      const task = matrix.phases.flatMap((p) => p.tasks).find((x) => x.id === taskId);
      if (!task) return;
      run(setCell, { itemId, taskId, actorId: actorId as ActorId, letter: nextLetter(letterOf(task, actorId)) });
    },
    set: (taskId: string, actorId: string, letter: HukiLetter | null) => run(setCell, { itemId, taskId, actorId: actorId as ActorId, letter }),
    addTaskAt,
    /** A new task after a task row, or first in a phase row's phase. */
    addTaskAfter(row: NavRow) {
      if (row.kind === 'phase') addTaskAt(row.key, 0);
      if (row.kind === 'task') {
        const phase = matrix.phases.find((p) => p.id === row.phaseId)!;
        addTaskAt(phase.id, phase.tasks.findIndex((x) => x.id === row.key) + 1);
      }
    },
    stepTask(taskId: string, direction: -1 | 1) {
      const to = taskStep(matrix, taskId, direction);
      if (to) run(moveTask, { itemId, taskId, ...to });
    },
    stepPhase(phaseId: string, direction: -1 | 1) {
      const index = step(matrix.phases.map((p) => p.id), phaseId, direction);
      if (index !== null) run(movePhase, { itemId, phaseId, index });
    },
    stepColumn(actorId: string, direction: -1 | 1) {
      const index = step(columnIds, actorId, direction);
      if (index !== null) run(moveColumn, { itemId, actorId: actorId as ActorId, index });
    },
    deleteTask: (taskId: string) => run(deleteTask, { itemId, taskId }),
    removeColumn: (actorId: string) => run(removeColumn, { itemId, actorId: actorId as ActorId }),
    /** A phase goes with its tasks, so the notice offers undo right there. */
    removePhase(phaseId: string, name: string) {
      if (run(deletePhase, { itemId, phaseId })) notify('info', 'huki.phase.deleted', { name }, { labelKey: 'common.undo', commandId: 'edit.undo' });
    },
    rename(kind: 'task' | 'phase', id: string, name: string) {
      if (kind === 'task') run(renameTask, { itemId, taskId: id, name });
      else run(renamePhase, { itemId, phaseId: id, name });
    },
  };
}

export type MatrixEdits = ReturnType<typeof matrixEdits>;

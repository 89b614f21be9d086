import { useRef, useState, type DragEvent } from 'react';
import type { HukiMatrixProps } from '../../../../shared/kinds/huki/model.ts';
import { moveColumn, movePhase, moveTask } from '../../../../shared/kinds/huki/ops.ts';
import type { ActorId, ItemId } from '../../../../shared/model/ids.ts';
import type { Actor } from '../../../../shared/model/records.ts';
import type { WorkshopActions } from '../../state/workshopStore.ts';
import type { NavRow } from './gridNav.ts';

/**
 * Dragging the matrix grid's rows by their names and its columns by their heads (HTML drag and
 * drop; Alt+arrows and the arrow buttons do the same from the keyboard). A task dropped on a
 * phase goes first in it; a phase dropped on a row takes that row's phase's place.
 */

type DragKind = 'task' | 'phase' | 'column';
const dragMime: Record<DragKind, string> = {
  task: 'application/x-samkart-huki-task',
  phase: 'application/x-samkart-huki-phase',
  column: 'application/x-samkart-huki-column',
};

type Run = WorkshopActions['run'];

export function useGridDrag({ itemId, matrix, rows, columnIds, actors, run }: { itemId: ItemId; matrix: HukiMatrixProps; rows: readonly NavRow[]; columnIds: readonly string[]; actors: Readonly<Record<string, Actor>>; run: Run }) {
  const [dropKey, setDropKey] = useState<string | null>(null);
  const dragged = useRef<{ kind: DragKind; id: string } | null>(null);

  const plainText = (kind: DragKind, id: string) =>
    kind === 'column' ? (actors[id]?.name ?? '') : kind === 'task' ? (matrix.phases.flatMap((p) => p.tasks).find((x) => x.id === id)?.name ?? '') : (matrix.phases.find((x) => x.id === id)?.name ?? '');

  const dragStart = (kind: DragKind, id: string) => (e: DragEvent) => {
    dragged.current = { kind, id };
    e.dataTransfer.setData(dragMime[kind], id);
    e.dataTransfer.setData('text/plain', plainText(kind, id));
    e.dataTransfer.effectAllowed = 'move';
  };
  const dragEnd = () => {
    dragged.current = null;
    setDropKey(null);
  };
  /** Rows take tasks and phases, column heads take columns; the place under the pointer is outlined. */
  const dragOver = (columns: boolean) => (key: string) => (e: DragEvent) => {
    const d = dragged.current;
    if (!d || (d.kind === 'column') !== columns) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (dropKey !== key) setDropKey(key);
  };
  const rowDragOver = dragOver(false);
  const rowDrop = (key: string) => (e: DragEvent) => {
    const d = dragged.current;
    dragEnd();
    if (!d || d.kind === 'column' || d.id === key) return;
    e.preventDefault();
    const row = rows.find((r) => r.key === key);
    if (!row || row.kind === 'header') return;
    const phaseId = row.kind === 'phase' ? row.key : row.phaseId;
    if (d.kind === 'task') {
      const index = row.kind === 'phase' ? 0 : matrix.phases.find((x) => x.id === phaseId)!.tasks.findIndex((x) => x.id === row.key);
      run(moveTask, { itemId, taskId: d.id, phaseId, index });
    } else {
      run(movePhase, { itemId, phaseId: d.id, index: matrix.phases.findIndex((x) => x.id === phaseId) });
    }
  };
  const columnDragOver = dragOver(true);
  const columnDrop = (actorId: string) => (e: DragEvent) => {
    const d = dragged.current;
    dragEnd();
    if (d?.kind !== 'column' || d.id === actorId) return;
    e.preventDefault();
    run(moveColumn, { itemId, actorId: d.id as ActorId, index: columnIds.indexOf(actorId) });
  };

  return { dropKey, dragStart, dragEnd, rowDragOver, rowDrop, columnDragOver, columnDrop };
}

export type GridDrag = ReturnType<typeof useGridDrag>;

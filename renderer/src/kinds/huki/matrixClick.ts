import { hitMatrix, layoutMatrix, scaleOf, stickyOffsets, type MatrixHit } from '../../../../shared/kinds/huki/layout.ts';
import { nextLetter } from '../../../../shared/kinds/huki/letters.ts';
import { letterOf } from '../../../../shared/kinds/huki/model.ts';
import { setCell } from '../../../../shared/kinds/huki/ops.ts';
import type { Point } from '../../../../shared/items/geometry.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import type { CanvasRuntime } from '../../canvas/activeCanvas.ts';
import { visibleRect } from '../../canvas/camera.ts';
import { isSelectedCell, requestGridFocus, selectCell } from './hukiFocus.ts';
import { deriveMatrixView } from './useHukiMatrix.ts';

/**
 * What a click on the drawn matrix means; the canvas calls it through the extension's
 * `onItemClick` (extension.ts). As in a spreadsheet, a click on a cell selects it (outlined, and
 * the grid's focus goes there); a second click on the selected cell cycles its letter (empty → H →
 * U → K → I → empty), as Space or a letter key does in the grid (issue 16); a click on a task's name or a column's head moves the grid's focus
 * there. Returns whether the click was the matrix's (then the canvas leaves the selection alone). The sticky headers are taken where they are drawn, from the same camera the drawing uses.
 */
export function clickMatrixAt(runtime: CanvasRuntime, item: Item, board: Board, p: Point): boolean {
  const hit = matrixHitAt(runtime, item, board, p);
  if (!hit) return false;
  switch (hit.kind) {
    case 'cell': {
      const view = deriveMatrixView(item, runtime.store.getState().doc.actors, board);
      const task = view.matrix.phases.flatMap((phase) => phase.tasks).find((t) => t.id === hit.taskId);
      if (!task) return false;
      const target = { taskId: hit.taskId, actorId: hit.actorId };
      if (!isSelectedCell(item.id, target)) {
        selectCell(item.id, target);
        requestGridFocus(item.id, target);
        return true;
      }
      return runtime.store.getState().run(setCell, { itemId: item.id as ItemId, taskId: hit.taskId, actorId: hit.actorId, letter: nextLetter(letterOf(task, hit.actorId)) });
    }
    case 'task':
      selectCell(item.id, null);
      requestGridFocus(item.id, { taskId: hit.taskId });
      return true;
    case 'column':
      selectCell(item.id, null);
      requestGridFocus(item.id, { actorId: hit.actorId });
      return true;
    case 'phase':
    case 'corner':
      return false;
    default: {
      const never: never = hit;
      return never;
    }
  }
}

/** What of the matrix is under a board point, sticky headers where they are drawn now. */
export function matrixHitAt(runtime: CanvasRuntime, item: Item, board: Board, p: Point): MatrixHit | null {
  if (item.rotation % 360 !== 0) return null;
  const view = deriveMatrixView(item, runtime.store.getState().doc.actors, board);
  const layout = layoutMatrix(view.matrix, view.columns.map((a) => a.id));
  const scale = scaleOf(item.w, layout);
  const screen = visibleRect(runtime.camera(), runtime.size());
  const local = { x: (screen.x - item.x) / scale, y: (screen.y - item.y) / scale, w: screen.w / scale, h: screen.h / scale };
  return hitMatrix(layout, { x: (p.x - item.x) / scale, y: (p.y - item.y) / scale }, stickyOffsets(layout, local));
}

import type Konva from 'konva';
import type { BoardId } from '../../../../shared/model/ids.ts';

/**
 * The name of the User Timing mark set when a board's items have first been drawn after the board
 * was opened: the moment a facilitator sees the whole board. `npm run bench` (tests/bench/canvas.ts)
 * reads it to time "open to first complete frame"; the browser's performance panel shows it too.
 */
export const boardDrawnMark = 'samkart:board-drawn';

export interface BoardDrawnDetail {
  boardId: BoardId;
  /** How many items were mounted for that frame (the culled region, or the overview's share). */
  items: number;
}

const marked = new WeakMap<Konva.Layer, BoardId>();

/**
 * Marks the items layer's next draw, once per board and layer. "Complete" means every item in view
 * was drawn in that frame: the layer draws all its mounted shapes at once, the item list is culled
 * before it renders, and no text is ever left for a later frame (images, which load on their own,
 * are the one exception, and the bench boards hold none).
 */
export function markFirstDraw(layer: Konva.Layer, boardId: BoardId, items: number): void {
  if (marked.get(layer) === boardId || typeof performance?.mark !== 'function') return;
  marked.set(layer, boardId);
  layer.off('draw.firstFrame');
  layer.on('draw.firstFrame', () => {
    layer.off('draw.firstFrame');
    performance.mark(boardDrawnMark, { detail: { boardId, items } satisfies BoardDrawnDetail });
  });
  layer.batchDraw();
}

import { useEffect, useRef } from 'react';
import { puzzleProps } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { puzzleBounds } from '../../../../shared/kinds/puzzle/grid.ts';
import { piecesOf, placementOf } from '../../../../shared/kinds/puzzle/placement.ts';
import type { BoardId } from '../../../../shared/model/ids.ts';
import { activeCanvas } from '../../canvas/activeCanvas.ts';
import { fitRect } from '../../canvas/camera.ts';
import { cameraOf } from '../../canvas/sessionStore.ts';
import { useWorkshopStore } from '../../workshop/WorkshopContext.ts';

/**
 * The first time a puzzle board is shown in a session, the view takes in the whole puzzle: row and
 * column names, the grid and the tray. The canvas's own first view fits the items only, and a new
 * board's items are all loose pieces in the tray, which would hide the grid they are meant for.
 * A board seen before keeps the view the user left it with.
 */
export function useFitOnFirstView(boardId: BoardId): void {
  const store = useWorkshopStore();
  // Read during the first render, before the canvas (a child) stores its own first camera.
  const seenBefore = useRef(cameraOf(boardId) !== undefined);
  useEffect(() => {
    if (seenBefore.current) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const runtime = activeCanvas();
      if (runtime && runtime.boardId === boardId && runtime.size().width > 0) {
        const doc = store.getState().doc;
        const board = doc.boards[boardId];
        if (!board) return;
        const grid = puzzleProps(board);
        const pieces = piecesOf(doc.items, boardId);
        const bounds = puzzleBounds(grid, pieces, placementOf(grid, pieces).loose.length);
        runtime.setCamera(fitRect(bounds, runtime.size(), { padding: 24 }));
        return;
      }
      if (++tries < 120) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [boardId, store]);
}

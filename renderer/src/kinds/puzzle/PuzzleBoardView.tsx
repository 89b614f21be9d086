import type { Board } from '../../../../shared/model/records.ts';
import { BoardCanvas } from '../../canvas/BoardCanvas.tsx';
import { usePresenting } from '../../state/usePresenting.ts';
import { InventoryTable } from './InventoryTable.tsx';
import { puzzleExtension } from './extension.ts';
import { usePuzzleUi } from './puzzleUi.ts';
import './puzzle.css';

/**
 * The puzzle board: the shared canvas with the puzzle's backdrop, pieces and panel (see
 * extension.ts), and the inventory table over it when it is open. The first view takes in the
 * whole puzzle, headers, grid and tray (the extension's `contentBounds`).
 */
export function PuzzleBoardView({ board }: { board: Board }) {
  const inventoryOpen = usePuzzleUi((s) => s.inventoryOpen);
  // The inventory is the facilitator's table; the projection shows the puzzle alone.
  const presenting = usePresenting();
  return (
    <div className="puzzle-board">
      <div className="puzzle-canvas-area">
        <BoardCanvas board={board} extension={puzzleExtension} />
        {inventoryOpen && !presenting && <InventoryTable board={board} />}
      </div>
    </div>
  );
}

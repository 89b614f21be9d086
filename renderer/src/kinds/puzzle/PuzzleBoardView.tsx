import type { Board } from '../../../../shared/model/records.ts';
import { BoardCanvas } from '../../canvas/BoardCanvas.tsx';
import { InventoryTable } from './InventoryTable.tsx';
import { puzzleExtension } from './extension.ts';
import { usePuzzleUi } from './puzzleUi.ts';
import { useFitOnFirstView } from './useFitOnFirstView.ts';
import './puzzle.css';

/**
 * The puzzle board: the shared canvas with the puzzle's backdrop, pieces and panel (see
 * extension.ts), and the inventory table over it when it is open.
 */
export function PuzzleBoardView({ board }: { board: Board }) {
  const inventoryOpen = usePuzzleUi((s) => s.inventoryOpen);
  useFitOnFirstView(board.id);
  return (
    <div className="puzzle-board">
      <div className="puzzle-canvas-area">
        <BoardCanvas board={board} extension={puzzleExtension} />
        {inventoryOpen && <InventoryTable board={board} />}
      </div>
    </div>
  );
}

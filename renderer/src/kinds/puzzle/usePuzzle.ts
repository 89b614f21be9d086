import { useMemo } from 'react';
import { puzzleProps, type PuzzleBoardProps } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { piecesOf, placementOf, type Placement } from '../../../../shared/kinds/puzzle/placement.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';

/**
 * The puzzle's data as components read it. Derived values are memoised on the identity of the
 * records they come from (immer keeps an untouched record's identity), so typing in a note on
 * another board recomputes nothing here.
 */

export function usePuzzleProps(board: Board): PuzzleBoardProps {
  return puzzleProps(board);
}

/** The board's pieces, back to front. */
export function usePieces(board: Board): Item[] {
  const items = useWorkshop((s) => s.doc.items);
  return useMemo(() => piecesOf(items, board.id), [items, board.id]);
}

export function usePlacement(board: Board): { grid: PuzzleBoardProps; pieces: Item[]; placement: Placement } {
  const grid = usePuzzleProps(board);
  const pieces = usePieces(board);
  const placement = useMemo(() => placementOf(grid, pieces), [grid, pieces]);
  return { grid, pieces, placement };
}

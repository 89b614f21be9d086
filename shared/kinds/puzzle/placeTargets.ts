import type { PuzzleBoardProps } from './boardProps.ts';
import type { SlotIndex } from './grid.ts';
import { indexKey, type Placement } from './placement.ts';

export type SlotTarget = { rowId: string; columnId: string } | null;

/**
 * Where a piece goes when only its level or only its phase is changed in the inventory: the
 * other coordinate stays; a loose piece given a level takes that level's first free phase (or the
 * first phase, swapping with its piece, when the level is full).
 */
export function targetForRow(grid: PuzzleBoardProps, placement: Placement, slot: SlotIndex | null, row: number | null): SlotTarget {
  if (row === null) return null;
  const rowId = grid.rows[row]?.id;
  if (!rowId) return null;
  let col = slot?.col;
  if (col === undefined) {
    const free = grid.columns.findIndex((_, c) => !placement.bySlot.has(indexKey(row, c)));
    col = free >= 0 ? free : 0;
  }
  const columnId = grid.columns[col]?.id;
  return columnId ? { rowId, columnId } : null;
}

export function targetForColumn(grid: PuzzleBoardProps, slot: SlotIndex, col: number): SlotTarget {
  const rowId = grid.rows[slot.row]?.id;
  const columnId = grid.columns[col]?.id;
  return rowId && columnId ? { rowId, columnId } : null;
}

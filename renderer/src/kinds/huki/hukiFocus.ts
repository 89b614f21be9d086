import { create } from 'zustand';

/**
 * Session state of the HUKI views (never saved, never undone): which row or column a finding just
 * took the user to, outlined on the canvas for a moment, and which grid cell should take the
 * keyboard focus. The grid and the canvas drawing both read it.
 */

export type MatrixTarget = { taskId: string } | { actorId: string };
/** One cell of the matrix: a task's letter for an actor. */
export interface CellTarget {
  taskId: string;
  actorId: string;
}
/** Where the grid's focus can be sent: a cell, a task's name, a column's head, or a phase's name. */
export type GridTarget = CellTarget | MatrixTarget | { phaseId: string };

export function isCellTarget(target: GridTarget | null | undefined): target is CellTarget {
  return !!target && 'taskId' in target && 'actorId' in target;
}

export interface HukiFocus {
  /** Outlined on the canvas until it is cleared. */
  highlight: { itemId: string; target: MatrixTarget } | null;
  /** A request for the grid to move its focus to this row or column; the grid clears it. */
  focusRequest: { itemId: string; target: GridTarget; edit: boolean; seq: number } | null;
  /**
   * The cell a click selected, as in a spreadsheet: a click selects, a second click on the
   * selected cell (or a letter, Space) changes it. Shared by the canvas and the grid.
   */
  selectedCell: ({ itemId: string } & CellTarget) | null;
}

export const useHukiFocus = create<HukiFocus>(() => ({ highlight: null, focusRequest: null, selectedCell: null }));

export function selectCell(itemId: string, cell: CellTarget | null): void {
  useHukiFocus.setState({ selectedCell: cell ? { itemId, taskId: cell.taskId, actorId: cell.actorId } : null });
}

export function isSelectedCell(itemId: string, cell: CellTarget): boolean {
  const s = useHukiFocus.getState().selectedCell;
  return !!s && s.itemId === itemId && s.taskId === cell.taskId && s.actorId === cell.actorId;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let seq = 0;

/** Outlines a row or column on the canvas for a few seconds. */
export function flashMatrixTarget(itemId: string, target: MatrixTarget, ms = 3000): void {
  clearTimeout(timer);
  useHukiFocus.setState({ highlight: { itemId, target } });
  timer = setTimeout(() => useHukiFocus.setState({ highlight: null }), ms);
}

/** Asks the grid to put the keyboard focus on a row's header or a column's head, or to start renaming a row. */
export function requestGridFocus(itemId: string, target: GridTarget, edit = false): void {
  useHukiFocus.setState({ focusRequest: { itemId, target, edit, seq: ++seq } });
}

export function clearGridFocusRequest(): void {
  useHukiFocus.setState({ focusRequest: null });
}

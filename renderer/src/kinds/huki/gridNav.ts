import type { HukiMatrixProps } from '../../../../shared/kinds/huki/model.ts';

/**
 * Keyboard movement in the matrix grid, as plain functions (tested in Node). Positions are rows
 * (the header row, then each phase followed by its tasks) and columns (0: the task or phase name;
 * 1..n: the actors). Not every position exists: the header row has only the actor columns, a
 * phase row only its name, which spans the row. Movement skips positions that don't exist, like
 * a spreadsheet skips merged cells.
 */

export type NavRow = { kind: 'header'; key: 'header' } | { kind: 'phase'; key: string } | { kind: 'task'; key: string; phaseId: string };

export interface NavPos {
  row: number;
  col: number;
}

export type NavMove = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'first' | 'last' | 'next' | 'prev';

export function navRows(matrix: Pick<HukiMatrixProps, 'phases'>): NavRow[] {
  const rows: NavRow[] = [{ kind: 'header', key: 'header' }];
  for (const phase of matrix.phases) {
    rows.push({ kind: 'phase', key: phase.id });
    for (const task of phase.tasks) rows.push({ kind: 'task', key: task.id, phaseId: phase.id });
  }
  return rows;
}

/** Whether a position exists. `columns` is the number of actor columns. */
export function isCell(rows: readonly NavRow[], columns: number, pos: NavPos): boolean {
  const row = rows[pos.row];
  if (!row || pos.col < 0 || pos.col > columns) return false;
  if (row.kind === 'header') return pos.col >= 1;
  if (row.kind === 'phase') return pos.col === 0;
  return true;
}

function readingOrder(rows: readonly NavRow[], columns: number): NavPos[] {
  const out: NavPos[] = [];
  rows.forEach((_, row) => {
    for (let col = 0; col <= columns; col++) if (isCell(rows, columns, { row, col })) out.push({ row, col });
  });
  return out;
}

/** Where a key press moves the focus; null when there is nowhere to go (Tab then leaves the grid). */
export function moveFocus(rows: readonly NavRow[], columns: number, from: NavPos, move: NavMove): NavPos | null {
  const exists = (p: NavPos) => isCell(rows, columns, p);
  switch (move) {
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      for (let row = from.row + step; row >= 0 && row < rows.length; row += step) {
        if (exists({ row, col: from.col })) return { row, col: from.col };
      }
      return null;
    }
    case 'left':
    case 'right': {
      const step = move === 'left' ? -1 : 1;
      for (let col = from.col + step; col >= 0 && col <= columns; col += step) {
        if (exists({ row: from.row, col })) return { row: from.row, col };
      }
      return null;
    }
    case 'home':
    case 'end': {
      const cols = Array.from({ length: columns + 1 }, (_, col) => col).filter((col) => exists({ row: from.row, col }));
      const col = move === 'home' ? cols[0] : cols.at(-1);
      return col === undefined ? null : { row: from.row, col };
    }
    case 'first':
      return readingOrder(rows, columns)[0] ?? null;
    case 'last':
      return readingOrder(rows, columns).at(-1) ?? null;
    case 'next':
    case 'prev': {
      const order = readingOrder(rows, columns);
      const i = order.findIndex((p) => p.row === from.row && p.col === from.col);
      const j = move === 'next' ? i + 1 : i - 1;
      return i < 0 ? (order[0] ?? null) : (order[j] ?? null);
    }
    default: {
      const never: never = move;
      return never;
    }
  }
}

/**
 * The nearest existing position to `pos` after the grid changed (a row deleted, a column removed):
 * the same column in the nearest row above, else below, else the first position.
 */
export function nearestCell(rows: readonly NavRow[], columns: number, pos: NavPos): NavPos | null {
  const col = Math.min(pos.col, columns);
  const row = Math.min(pos.row, rows.length - 1);
  if (isCell(rows, columns, { row, col })) return { row, col };
  for (let d = 1; d < rows.length; d++) {
    for (const r of [row - d, row + d]) if (isCell(rows, columns, { row: r, col })) return { row: r, col };
  }
  for (let d = 1; d < rows.length; d++) {
    for (const r of [row - d, row + d]) if (isCell(rows, columns, { row: r, col: 0 })) return { row: r, col: 0 };
  }
  return moveFocus(rows, columns, { row: 0, col: 0 }, 'first');
}

/**
 * Where Alt+Up/Down takes a task: one place up or down within its phase, or across into the
 * neighbouring phase (to its end going up, its start going down). Null at the very top or bottom.
 */
export function taskStep(matrix: Pick<HukiMatrixProps, 'phases'>, taskId: string, direction: -1 | 1): { phaseId: string; index: number } | null {
  const p = matrix.phases.findIndex((phase) => phase.tasks.some((t) => t.id === taskId));
  if (p < 0) return null;
  const phase = matrix.phases[p]!;
  const i = phase.tasks.findIndex((t) => t.id === taskId);
  const j = i + direction;
  if (j >= 0 && j < phase.tasks.length) return { phaseId: phase.id, index: j };
  const neighbour = matrix.phases[p + direction];
  if (!neighbour) return null;
  return { phaseId: neighbour.id, index: direction < 0 ? neighbour.tasks.length : 0 };
}

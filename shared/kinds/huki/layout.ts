import type { Rect } from '../../items/geometry.ts';
import type { ActorId } from '../../model/ids.ts';
import type { HukiMatrixProps } from './model.ts';

/**
 * Where everything of a drawn matrix goes, in board units at scale 1 ("natural" size). Fixed row
 * heights and column widths (text is fitted into them, never the other way round), so the
 * geometry needs no text measuring: the canvas, the hit test, the exporters and the operations
 * that keep the item's size in step all compute the same boxes from the data alone.
 *
 * Sized for a projector: at 100 % zoom a task name is 26 px and a letter 46 px tall, readable from
 * the back of a room; six actor columns and the task column fit a 1920-pixel-wide screen.
 */
export const hukiGeometry = {
  /**
   * The column headers: actor names on up to four lines, and a strip at the foot for the findings
   * badge. The corner above the task column holds the legend, so it stays in view with the headers.
   */
  headerHeight: 170,
  /** The first column: task names (two lines) and phase names. */
  taskWidth: 620,
  columnWidth: 170,
  phaseHeight: 60,
  taskHeight: 84,
  /** Room at the right of a task name and at the foot of a column head for the findings badge. */
  badgeSize: 36,
  /** Type sizes, for the renderer and the exporters alike. */
  taskFontSize: 26,
  phaseFontSize: 26,
  headerFontSize: 22,
  letterFontSize: 46,
  legendFontSize: 24,
  padding: 12,
} as const;

export interface MatrixColumn {
  actorId: ActorId;
  x: number;
  w: number;
}

export type MatrixRow =
  | { kind: 'phase'; phaseId: string; y: number; h: number }
  | { kind: 'task'; phaseId: string; taskId: string; y: number; h: number };

export interface MatrixLayout {
  width: number;
  height: number;
  headerHeight: number;
  taskWidth: number;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** The layout of a matrix with the given visible columns. */
export function layoutMatrix(matrix: Pick<HukiMatrixProps, 'phases'>, columns: readonly ActorId[]): MatrixLayout {
  const g = hukiGeometry;
  const cols: MatrixColumn[] = columns.map((actorId, i) => ({ actorId, x: g.taskWidth + i * g.columnWidth, w: g.columnWidth }));
  const rows: MatrixRow[] = [];
  let y = g.headerHeight;
  for (const phase of matrix.phases) {
    rows.push({ kind: 'phase', phaseId: phase.id, y, h: g.phaseHeight });
    y += g.phaseHeight;
    for (const task of phase.tasks) {
      rows.push({ kind: 'task', phaseId: phase.id, taskId: task.id, y, h: g.taskHeight });
      y += g.taskHeight;
    }
  }
  return { width: g.taskWidth + cols.length * g.columnWidth, height: y, headerHeight: g.headerHeight, taskWidth: g.taskWidth, columns: cols, rows };
}

/** The item's size for a matrix at a scale (the item's width over the natural width). */
export function matrixSize(layout: Pick<MatrixLayout, 'width' | 'height'>, scale: number): { w: number; h: number } {
  return { w: layout.width * scale, h: layout.height * scale };
}

/** The scale an item is drawn at: its width over the natural width (1 for a fresh matrix). */
export function scaleOf(itemWidth: number, layout: Pick<MatrixLayout, 'width'>): number {
  const s = itemWidth / layout.width;
  return Number.isFinite(s) && s > 0 ? s : 1;
}

export type MatrixHit =
  | { kind: 'cell'; taskId: string; actorId: ActorId }
  | { kind: 'task'; taskId: string }
  | { kind: 'phase'; phaseId: string }
  | { kind: 'column'; actorId: ActorId }
  /** The corner above the task column, where the legend is. */
  | { kind: 'corner' };

/**
 * What a point (natural units, relative to the matrix's top-left) is on. `offset` is where the
 * sticky header row and first column are drawn when the matrix is larger than the screen (see
 * `stickyOffsets`), so a click on a header that has followed the view still finds it.
 */
export function hitMatrix(layout: MatrixLayout, p: { x: number; y: number }, offset: { x: number; y: number } = { x: 0, y: 0 }): MatrixHit | null {
  if (p.x < 0 || p.x > layout.width || p.y < 0 || p.y > layout.height) return null;
  const inHeader = p.y >= offset.y && p.y < offset.y + layout.headerHeight;
  const inFirstColumn = p.x >= offset.x && p.x < offset.x + layout.taskWidth;
  if (inHeader && inFirstColumn) return { kind: 'corner' };
  if (inHeader) {
    const column = layout.columns.find((c) => p.x >= c.x && p.x < c.x + c.w);
    return column ? { kind: 'column', actorId: column.actorId } : null;
  }
  const row = layout.rows.find((r) => p.y >= r.y && p.y < r.y + r.h);
  if (!row) return null;
  if (row.kind === 'phase') return { kind: 'phase', phaseId: row.phaseId };
  if (inFirstColumn) return { kind: 'task', taskId: row.taskId };
  const column = layout.columns.find((c) => p.x >= c.x && p.x < c.x + c.w);
  return column ? { kind: 'cell', taskId: row.taskId, actorId: column.actorId } : null;
}

/**
 * Where the header row and the first column are drawn so they stay in view: pushed down (right)
 * by as much of the matrix as has scrolled off the top (left) of the screen, but never past the
 * last row (column). `view` is the visible part of the board in the matrix's natural units,
 * relative to its top-left; (0, 0) means the headers are in their own place.
 */
export function stickyOffsets(layout: MatrixLayout, view: Rect): { x: number; y: number } {
  const lastRow = layout.rows.at(-1);
  const maxY = lastRow ? Math.max(0, lastRow.y - layout.headerHeight) : 0;
  const lastColumn = layout.columns.at(-1);
  const maxX = lastColumn ? Math.max(0, lastColumn.x - layout.taskWidth) : 0;
  return { x: Math.min(maxX, Math.max(0, view.x)), y: Math.min(maxY, Math.max(0, view.y)) };
}

/** The box of a task's row or an actor's column (natural units), to bring it into view. */
export function targetRect(layout: MatrixLayout, target: { taskId: string } | { actorId: string }): Rect | null {
  if ('taskId' in target) {
    const row = layout.rows.find((r) => r.kind === 'task' && r.taskId === target.taskId);
    return row ? { x: 0, y: row.y, w: layout.width, h: row.h } : null;
  }
  const column = layout.columns.find((c) => c.actorId === target.actorId);
  return column ? { x: column.x, y: 0, w: column.w, h: layout.height } : null;
}

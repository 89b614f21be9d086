import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearGridFocusRequest, isCellTarget, useHukiFocus } from './hukiFocus.ts';
import { isCell, nearestCell, type NavPos, type NavRow } from './gridNav.ts';

/**
 * Where the matrix grid's keyboard focus is (WAI-ARIA grid, roving tabindex): the active cell by
 * identity, so it survives reordering, and the row whose name is being edited. After a move or an
 * edit from the keyboard the DOM focus follows the active cell; a finding can ask for a row or a
 * column (hukiFocus.ts); the sticky header and name column never hide the focused cell.
 */

/** A position by identity (row key, actor or null for the name column), so it survives reordering. */
export interface Active {
  row: string;
  col: string | null;
}

export type Editing = { kind: 'task' | 'phase'; id: string } | null;

export const cellKey = (row: string, col: string | null) => `${row}|${col ?? 'name'}`;

/** The cell a `data-cell` attribute names. */
export function activeOfCellKey(key: string): Active {
  const [row, col] = key.split('|') as [string, string];
  return { row, col: col === 'name' ? null : col };
}

export function useGridFocus(itemId: string, rows: readonly NavRow[], columnIds: readonly string[]) {
  const firstCell = (): Active => {
    const task = rows.find((r) => r.kind === 'task');
    if (task) return { row: task.key, col: columnIds[0] ?? null };
    const phase = rows.find((r) => r.kind === 'phase');
    return phase ? { row: phase.key, col: null } : { row: 'header', col: columnIds[0] ?? null };
  };
  const [active, setActive] = useState<Active>(firstCell);
  const [editing, setEditing] = useState<Editing>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const focusSoon = useRef(false);
  const lastPos = useRef<NavPos>({ row: 0, col: 0 });

  const toPos = (a: Active): NavPos => ({ row: rows.findIndex((r) => r.key === a.row), col: a.col === null ? 0 : columnIds.indexOf(a.col) + 1 });
  const toActive = (p: NavPos): Active => ({ row: rows[p.row]!.key, col: p.col === 0 ? null : columnIds[p.col - 1]! });

  // The active cell may vanish (deleted row, removed column): fall back to the nearest one.
  let pos = toPos(active);
  if (!isCell(rows, columnIds.length, pos)) {
    const near = nearestCell(rows, columnIds.length, lastPos.current);
    pos = near ?? { row: -1, col: -1 };
  }
  const current = pos.row >= 0 ? toActive(pos) : null;
  useEffect(() => {
    if (pos.row >= 0) lastPos.current = pos;
  });

  // Keyboard focus follows the active cell after a move or an edit from the keyboard.
  useLayoutEffect(() => {
    if (!focusSoon.current || editing || !current) return;
    focusSoon.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cellKey(current.row, current.col))}"]`)?.focus();
  });

  // The sticky header row and name column must not hide the focused cell: the scroll area keeps
  // their size as scroll padding, so focusing (and scrolling into view) stops short of them.
  useLayoutEffect(() => {
    const table = gridRef.current;
    const scroller = table?.parentElement;
    const corner = table?.querySelector<HTMLElement>('.huki-corner');
    if (!table || !scroller || !corner) return;
    const pad = () => {
      scroller.style.scrollPaddingTop = `${corner.offsetHeight}px`;
      scroller.style.scrollPaddingLeft = `${corner.offsetWidth}px`;
    };
    pad();
    const observer = new ResizeObserver(pad);
    observer.observe(corner);
    return () => observer.disconnect();
  }, []);

  // A finding asked to be shown: focus its row's name or its column's head.
  const request = useHukiFocus((s) => s.focusRequest);
  useEffect(() => {
    if (!request || request.itemId !== itemId) return;
    clearGridFocusRequest();
    const r = request.target;
    const target: Active = isCellTarget(r) ? { row: r.taskId, col: r.actorId } : 'taskId' in r ? { row: r.taskId, col: null } : 'phaseId' in r ? { row: r.phaseId, col: null } : { row: 'header', col: r.actorId };
    focusSoon.current = true;
    setActive(target);
    if (request.edit && 'taskId' in r) setEditing({ kind: 'task', id: r.taskId });
    if (request.edit && 'phaseId' in r) setEditing({ kind: 'phase', id: r.phaseId });
  }, [request, itemId]);

  return {
    gridRef,
    /** The cell in the Tab order, or null when the grid has none. */
    current,
    editing,
    setEditing,
    toPos,
    toActive,
    /** Makes a cell active without moving the DOM focus (a click already put it there). */
    select: (row: string, col: string | null) => setActive({ row, col }),
    /** Makes a cell active and moves the keyboard focus to it. */
    go: (next: Active) => {
      focusSoon.current = true;
      setActive(next);
    },
    /** After an edit from the keyboard, the focus returns to the active cell (or its nearest). */
    refocus: () => {
      focusSoon.current = true;
    },
    tabIndexOf: (row: string, col: string | null) => (current && current.row === row && current.col === col ? 0 : -1),
  };
}

export type GridFocus = ReturnType<typeof useGridFocus>;

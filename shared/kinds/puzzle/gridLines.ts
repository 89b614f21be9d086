import { newLineId, rowPresets, type GridLine, type RowPreset } from './boardProps.ts';

/**
 * Editing a list of rows or columns, as pure functions: the panel builds the new list with these
 * and one operation (setRows / setColumns) applies it, so each edit is one undo step.
 */

/** The list with the line at `from` moved to `to` (both clamped to the list). */
export function moveLine(lines: readonly GridLine[], from: number, to: number): GridLine[] {
  const next = [...lines];
  if (from < 0 || from >= next.length) return next;
  const [line] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, line!);
  return next;
}

/**
 * A preset's labels laid on the current rows: rows keep their ids by position, so the pieces stay
 * on their level when the names change; rows beyond the preset go (their pieces to the tray), and
 * missing ones are added with fresh ids.
 */
export function presetOnto(current: readonly GridLine[], preset: RowPreset, newId: () => string = () => newLineId('rows')): GridLine[] {
  return rowPresets[preset].map((line, i) => ({ id: current[i]?.id ?? newId(), label: line.label }));
}

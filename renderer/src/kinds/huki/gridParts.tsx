import type { Finding, findingsByTarget } from '../../../../shared/kinds/huki/checks.ts';
import type { HukiMatrixProps, LetterSystem } from '../../../../shared/kinds/huki/model.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Actor } from '../../../../shared/model/records.ts';
import type { useT } from '../../i18n/useT.ts';
import { findingText } from '../../../../shared/kinds/huki/findingText.ts';
import type { MatrixEdits } from './matrixEdits.ts';
import type { GridDrag } from './useGridDrag.ts';
import { cellKey, type GridFocus } from './useGridFocus.ts';

/** What the matrix grid's rows share: the matrix, its findings, the focus, the drag and the edits. */
export interface GridParts {
  t: ReturnType<typeof useT>;
  boardId: string;
  itemId: ItemId;
  matrix: HukiMatrixProps;
  columns: readonly Actor[];
  actors: Readonly<Record<string, Actor>>;
  system: LetterSystem;
  flags: ReturnType<typeof findingsByTarget>;
  focus: GridFocus;
  drag: GridDrag;
  edits: MatrixEdits;
}

/** A name as shown: the user's, or "untitled" for a blank one. */
export function shownName(parts: GridParts, name: string, untitled: 'huki.task.untitled' | 'huki.phase.untitled'): string {
  return name.trim() === '' ? parts.t(untitled) : name;
}

/** The id of the hidden text that describes a flagged row or column to screen readers. */
export const findingId = (parts: GridParts, key: string) => `huki-f-${parts.boardId}-${key}`;

/** The findings of a row or column as hidden text its header points at (aria-describedby). */
export function FlagText({ parts, at, list }: { parts: GridParts; at: string; list: readonly Finding[] | undefined }) {
  if (!list || list.length === 0) return null;
  return (
    <span id={findingId(parts, at)} className="sr-only">
      {list.map((f) => findingText(parts.t, f, parts.matrix, parts.actors, parts.system)).join('. ')}
    </span>
  );
}

/**
 * What a task's or phase's row header has in common: the row header role, its name (left to the
 * editor while renamed), its place in the roving tabindex, dragging by the name, a click to
 * select and a double click to rename.
 */
export function rowHeaderProps(parts: GridParts, kind: 'task' | 'phase', id: string, shown: string) {
  const { focus, drag } = parts;
  const editing = focus.editing?.id === id;
  return {
    role: 'rowheader',
    scope: 'row',
    'aria-label': editing ? undefined : shown,
    'data-cell': cellKey(id, null),
    tabIndex: focus.tabIndexOf(id, null),
    draggable: !editing,
    onDragStart: drag.dragStart(kind, id),
    onDragEnd: drag.dragEnd,
    onClick: () => focus.select(id, null),
    onDoubleClick: () => focus.setEditing({ kind, id }),
  } as const;
}

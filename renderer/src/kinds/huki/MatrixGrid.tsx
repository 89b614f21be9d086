import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp, GripVertical, Plus, Trash2, X } from 'lucide-react';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { findingsByTarget, type Finding } from '../../../../shared/kinds/huki/checks.ts';
import { displayLetter, letterWordKey, nextLetter } from '../../../../shared/kinds/huki/letters.ts';
import { letterOf, newTaskId, type HukiLetter } from '../../../../shared/kinds/huki/model.ts';
import {
  addTask,
  deletePhase,
  deleteTask,
  moveColumn,
  movePhase,
  moveTask,
  removeColumn,
  renamePhase,
  renameTask,
  setCell,
} from '../../../../shared/kinds/huki/ops.ts';
import { letterColours } from '../../../../shared/kinds/huki/palette.ts';
import type { ActorId, ItemId } from '../../../../shared/model/ids.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { notify } from '../../state/appStore.ts';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { findingText } from '../../../../shared/kinds/huki/findingText.ts';
import { Legend } from './Legend.tsx';
import { clearGridFocusRequest, isCellTarget, selectCell, useHukiFocus } from './hukiFocus.ts';
import { gridIntent } from './gridKeys.ts';
import { isCell, moveFocus, navRows, nearestCell, taskStep, type NavPos } from './gridNav.ts';
import type { HukiMatrixView } from './useHukiMatrix.ts';

/**
 * The matrix as an accessible grid (WAI-ARIA grid pattern), the keyboard's way to edit it and what
 * screen readers and tests read. One cell at a time is in the Tab order (roving tabindex); arrow
 * keys, Home/End and Tab move like a spreadsheet; a click selects a cell and a second click on it
 * cycles its letter; letters, Space and Delete edit; Enter renames;
 * Alt+arrows move rows and columns; rows and columns can also be dragged by their headers.
 */

/** A position by identity (row key, actor or null for the name column), so it survives reordering. */
interface Active {
  row: string;
  col: string | null;
}

type DragKind = 'task' | 'phase' | 'column';
const dragMime: Record<DragKind, string> = {
  task: 'application/x-samkart-huki-task',
  phase: 'application/x-samkart-huki-phase',
  column: 'application/x-samkart-huki-column',
};

const cellKey = (row: string, col: string | null) => `${row}|${col ?? 'name'}`;


export function MatrixGrid({ board, view }: { board: Board; view: HukiMatrixView }) {
  const t = useT();
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const { item, matrix, columns, settings, findings } = view;
  const itemId = item.id as ItemId;
  const system = settings.letters;
  const run = store.getState().run;

  const rows = useMemo(() => navRows(matrix), [matrix]);
  const columnIds = useMemo(() => columns.map((a) => a.id), [columns]);
  const flags = useMemo(() => findingsByTarget(findings), [findings]);

  const firstCell = (): Active => {
    const task = rows.find((r) => r.kind === 'task');
    if (task) return { row: task.key, col: columnIds[0] ?? null };
    const phase = rows.find((r) => r.kind === 'phase');
    return phase ? { row: phase.key, col: null } : { row: 'header', col: columnIds[0] ?? null };
  };
  const [active, setActive] = useState<Active>(firstCell);
  const [editing, setEditing] = useState<{ kind: 'task' | 'phase'; id: string } | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);
  const dragged = useRef<{ kind: DragKind; id: string } | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const focusSoon = useRef(false);
  const lastPos = useRef<NavPos>({ row: 0, col: 0 });
  /** Whether the cell under the pointer had the focus before this click (then the click edits). */
  const clickEdits = useRef(false);

  const toPos = (a: Active): NavPos => ({ row: rows.findIndex((r) => r.key === a.row), col: a.col === null ? 0 : columnIds.indexOf(a.col as ActorId) + 1 });
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
    if (!request || request.itemId !== item.id) return;
    clearGridFocusRequest();
    const r = request.target;
    const target: Active = isCellTarget(r) ? { row: r.taskId, col: r.actorId } : 'taskId' in r ? { row: r.taskId, col: null } : 'phaseId' in r ? { row: r.phaseId, col: null } : { row: 'header', col: r.actorId };
    focusSoon.current = true;
    setActive(target);
    if (request.edit && 'taskId' in r) setEditing({ kind: 'task', id: r.taskId });
    if (request.edit && 'phaseId' in r) setEditing({ kind: 'phase', id: r.phaseId });
  }, [request, item.id]);

  const go = (next: Active) => {
    focusSoon.current = true;
    setActive(next);
  };

  const taskName = (id: string) => matrix.phases.flatMap((p) => p.tasks).find((x) => x.id === id)?.name ?? '';
  const shownName = (name: string, untitled: 'huki.task.untitled' | 'huki.phase.untitled') => (name.trim() === '' ? t(untitled) : name);

  const cycle = (taskId: string, actorId: string) => {
    const task = matrix.phases.flatMap((p) => p.tasks).find((x) => x.id === taskId);
    if (!task) return;
    run(setCell, { itemId, taskId, actorId: actorId as ActorId, letter: nextLetter(letterOf(task, actorId)) });
  };
  const set = (taskId: string, actorId: string, letter: HukiLetter | null) => run(setCell, { itemId, taskId, actorId: actorId as ActorId, letter });

  const addTaskAt = (phaseId: string, index: number) => {
    const id = newTaskId();
    if (run(addTask, { itemId, phaseId, taskId: id, name: t('huki.newTaskName'), index })) {
      setActive({ row: id, col: null });
      setEditing({ kind: 'task', id });
    }
  };
  const addTaskAfter = (row: Active) => {
    const r = rows.find((x) => x.key === row.row);
    if (!r) return;
    if (r.kind === 'phase') addTaskAt(r.key, 0);
    if (r.kind === 'task') {
      const phase = matrix.phases.find((p) => p.id === r.phaseId)!;
      addTaskAt(phase.id, phase.tasks.findIndex((x) => x.id === r.key) + 1);
    }
  };
  const stepTask = (taskId: string, direction: -1 | 1) => {
    const to = taskStep(matrix, taskId, direction);
    if (to) run(moveTask, { itemId, taskId, ...to });
  };
  const stepPhase = (phaseId: string, direction: -1 | 1) => {
    const i = matrix.phases.findIndex((p) => p.id === phaseId);
    const j = i + direction;
    if (i >= 0 && j >= 0 && j < matrix.phases.length) run(movePhase, { itemId, phaseId, index: j });
  };
  const stepColumn = (actorId: string, direction: -1 | 1) => {
    const i = columnIds.indexOf(actorId as ActorId);
    const j = i + direction;
    if (i >= 0 && j >= 0 && j < columnIds.length) run(moveColumn, { itemId, actorId: actorId as ActorId, index: j });
  };

  /** A phase goes with its tasks, so the notice offers undo right there. */
  const removePhase = (phaseId: string, name: string) => {
    if (run(deletePhase, { itemId, phaseId })) notify('info', 'huki.phase.deleted', { name }, { labelKey: 'common.undo', commandId: 'edit.undo' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell]');
    if (!cell || target.tagName === 'BUTTON' || target.tagName === 'INPUT') return;
    const [rowKey, colKey] = cell.dataset['cell']!.split('|') as [string, string];
    const here: Active = { row: rowKey, col: colKey === 'name' ? null : colKey };
    const p = toPos(here);
    const row = rows[p.row];
    if (!row) return;
    const mod = e.ctrlKey || e.metaKey;
    // Plain keys belong to the grid: the canvas's single-key shortcuts (I for an image, Delete for
    // its selection, N for a note) must not fire behind it. Ctrl/Cmd combinations (undo) pass on.
    if (!mod) e.stopPropagation();
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };

    const intent = gridIntent(e, row.kind, here.col !== null);
    if (!intent) return;
    switch (intent.kind) {
      case 'moveLine':
        handled();
        focusSoon.current = true;
        if (intent.vertical && row.kind === 'task') stepTask(row.key, intent.direction);
        else if (intent.vertical && row.kind === 'phase') stepPhase(row.key, intent.direction);
        else if (!intent.vertical && here.col) stepColumn(here.col, intent.direction);
        return;
      case 'focus': {
        const next = moveFocus(rows, columnIds.length, p, intent.move);
        if (!next) {
          if (e.key !== 'Tab') handled();
          return; // Tab at either end leaves the grid.
        }
        handled();
        go(toActive(next));
        return;
      }
      case 'clear':
        handled();
        if (here.col) set(row.key, here.col, null);
        return;
      case 'cycle':
        handled();
        if (here.col) cycle(row.key, here.col);
        return;
      case 'letter':
        handled();
        if (here.col) set(row.key, here.col, intent.letter);
        return;
      case 'rename':
        handled();
        if (row.kind !== 'header') setEditing({ kind: row.kind, id: row.key });
        return;
      case 'insertTask':
        handled();
        addTaskAfter(here);
        return;
      case 'delete':
        handled();
        focusSoon.current = true;
        if (row.kind === 'task') run(deleteTask, { itemId, taskId: row.key });
        else if (row.kind === 'phase') removePhase(row.key, shownName(matrix.phases.find((x) => x.id === row.key)?.name ?? '', 'huki.phase.untitled'));
        else if (here.col) run(removeColumn, { itemId, actorId: here.col as ActorId });
        return;
      default: {
        const never: never = intent;
        return never;
      }
    }
  };

  // Dragging rows by their names and columns by their heads.
  const dragStart = (kind: DragKind, id: string) => (e: DragEvent) => {
    dragged.current = { kind, id };
    e.dataTransfer.setData(dragMime[kind], id);
    e.dataTransfer.setData('text/plain', kind === 'column' ? (actors[id as ActorId]?.name ?? '') : kind === 'task' ? taskName(id) : (matrix.phases.find((x) => x.id === id)?.name ?? ''));
    e.dataTransfer.effectAllowed = 'move';
  };
  const dragEnd = () => {
    dragged.current = null;
    setDropKey(null);
  };
  const rowDragOver = (key: string) => (e: DragEvent) => {
    const d = dragged.current;
    if (!d || d.kind === 'column') return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (dropKey !== key) setDropKey(key);
  };
  const rowDrop = (key: string) => (e: DragEvent) => {
    const d = dragged.current;
    dragEnd();
    if (!d || d.kind === 'column' || d.id === key) return;
    e.preventDefault();
    const row = rows.find((r) => r.key === key);
    if (!row || row.kind === 'header') return;
    const phaseId = row.kind === 'phase' ? row.key : row.phaseId;
    if (d.kind === 'task') {
      const index = row.kind === 'phase' ? 0 : matrix.phases.find((x) => x.id === phaseId)!.tasks.findIndex((x) => x.id === row.key);
      run(moveTask, { itemId, taskId: d.id, phaseId, index });
    } else {
      run(movePhase, { itemId, phaseId: d.id, index: matrix.phases.findIndex((x) => x.id === phaseId) });
    }
  };
  const columnDragOver = (actorId: string) => (e: DragEvent) => {
    if (dragged.current?.kind !== 'column') return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (dropKey !== actorId) setDropKey(actorId);
  };
  const columnDrop = (actorId: string) => (e: DragEvent) => {
    const d = dragged.current;
    dragEnd();
    if (d?.kind !== 'column' || d.id === actorId) return;
    e.preventDefault();
    run(moveColumn, { itemId, actorId: d.id as ActorId, index: columnIds.indexOf(actorId as ActorId) });
  };

  const tabIndexOf = (row: string, col: string | null) => (current && current.row === row && current.col === col ? 0 : -1);
  const select = (row: string, col: string | null) => setActive({ row, col });

  const nameEditor = (kind: 'task' | 'phase', id: string, name: string) => (
    <NameField
      label={t(kind === 'task' ? 'huki.task.nameField' : 'huki.phase.nameField')}
      value={name}
      onDone={(value) => {
        setEditing(null);
        focusSoon.current = true;
        if (value === null || value === name) return;
        if (kind === 'task') run(renameTask, { itemId, taskId: id, name: value });
        else run(renamePhase, { itemId, phaseId: id, name: value });
      }}
    />
  );

  const findingIdsFor = (key: string) => `huki-f-${board.id}-${key}`;
  const flagText = (key: string, list: readonly Finding[] | undefined) =>
    list && list.length > 0 ? (
      <span id={findingIdsFor(key)} className="sr-only">
        {list.map((f) => findingText(t, f, matrix, actors, system)).join('. ')}
      </span>
    ) : null;

  return (
    <div className="huki-grid-scroll">
      <table
        ref={gridRef}
        role="grid"
        className="huki-grid"
        aria-label={t('huki.grid.label')}
        aria-describedby={`huki-keys-${board.id}`}
        aria-rowcount={rows.length}
        aria-colcount={columnIds.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" scope="col" className="huki-corner" aria-label={t('huki.grid.corner')}>
              <Legend system={system} />
              <span className="huki-corner-title">{t('huki.grid.corner')}</span>
            </th>
            {columns.map((actor, i) => {
              const style = categoryStyle(actor.category);
              const flagged = flags.actors.get(actor.id);
              return (
                <th
                  key={actor.id}
                  role="columnheader"
                  scope="col"
                  aria-label={actor.name}
                  aria-describedby={flagged ? findingIdsFor(actor.id) : undefined}
                  data-cell={cellKey('header', actor.id)}
                  tabIndex={tabIndexOf('header', actor.id)}
                  className={`huki-col-head${dropKey === actor.id ? ' drop-target' : ''}${flagged ? ' flagged' : ''}`}
                  style={{ background: style.fill, color: style.text }}
                  draggable
                  onDragStart={dragStart('column', actor.id)}
                  onDragEnd={dragEnd}
                  onDragOver={columnDragOver(actor.id)}
                  onDrop={columnDrop(actor.id)}
                  onClick={() => select('header', actor.id)}
                >
                  <span className="huki-col-name">{actor.name}</span>
                  {flagged && <span className="huki-flag" aria-hidden>!</span>}
                  {flagText(actor.id, flagged)}
                  <span className="huki-tools">
                    <button type="button" tabIndex={-1} className="huki-tool" disabled={i === 0} aria-label={t('huki.column.moveLeft', { name: actor.name })} title={t('huki.column.moveLeft', { name: actor.name })} onClick={() => stepColumn(actor.id, -1)}><ArrowLeft aria-hidden size={16} /></button>
                    <button type="button" tabIndex={-1} className="huki-tool" disabled={i === columns.length - 1} aria-label={t('huki.column.moveRight', { name: actor.name })} title={t('huki.column.moveRight', { name: actor.name })} onClick={() => stepColumn(actor.id, 1)}><ArrowRight aria-hidden size={16} /></button>
                    <button type="button" tabIndex={-1} className="huki-tool" aria-label={t('huki.column.remove', { name: actor.name })} title={t('huki.column.remove', { name: actor.name })} onClick={() => run(removeColumn, { itemId, actorId: actor.id })}><X aria-hidden size={16} /></button>
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.phases.map((phase, phaseIndex) => {
            const phaseName = shownName(phase.name, 'huki.phase.untitled');
            return (
              <Fragment key={phase.id}>
                <tr role="row" className={`huki-phase-row${dropKey === phase.id ? ' drop-target' : ''}`} onDragOver={rowDragOver(phase.id)} onDrop={rowDrop(phase.id)}>
                  <th
                    role="rowheader"
                    scope="row"
                    colSpan={columns.length + 1}
                    aria-colspan={columns.length + 1}
                    aria-label={editing?.id === phase.id ? undefined : phaseName}
                    data-cell={cellKey(phase.id, null)}
                    tabIndex={tabIndexOf(phase.id, null)}
                    className="huki-phase-head"
                    draggable={editing?.id !== phase.id}
                    onDragStart={dragStart('phase', phase.id)}
                    onDragEnd={dragEnd}
                    onClick={() => select(phase.id, null)}
                    onDoubleClick={() => setEditing({ kind: 'phase', id: phase.id })}
                  >
                    <div className="huki-head-inner">
                      <GripVertical aria-hidden size={18} className="huki-grip" />
                      {editing?.kind === 'phase' && editing.id === phase.id ? nameEditor('phase', phase.id, phase.name) : <span className="huki-name">{phaseName}</span>}
                      <span className="huki-tools">
                        <button type="button" tabIndex={-1} className="huki-tool with-label" aria-label={t('huki.task.add', { phase: phaseName })} title={t('huki.task.add', { phase: phaseName })} onClick={() => addTaskAt(phase.id, phase.tasks.length)}><Plus aria-hidden size={16} /> {t('huki.newTaskName')}</button>
                        <button type="button" tabIndex={-1} className="huki-tool" disabled={phaseIndex === 0} aria-label={t('huki.phase.moveUp', { name: phaseName })} title={t('huki.phase.moveUp', { name: phaseName })} onClick={() => stepPhase(phase.id, -1)}><ArrowUp aria-hidden size={16} /></button>
                        <button type="button" tabIndex={-1} className="huki-tool" disabled={phaseIndex === matrix.phases.length - 1} aria-label={t('huki.phase.moveDown', { name: phaseName })} title={t('huki.phase.moveDown', { name: phaseName })} onClick={() => stepPhase(phase.id, 1)}><ArrowDown aria-hidden size={16} /></button>
                        <button type="button" tabIndex={-1} className="huki-tool" aria-label={t('huki.phase.delete', { name: phaseName })} title={t('huki.phase.delete', { name: phaseName })} onClick={() => removePhase(phase.id, phaseName)}><Trash2 aria-hidden size={16} /></button>
                      </span>
                    </div>
                  </th>
                </tr>
                {phase.tasks.map((task, taskIndex) => {
                  const name = shownName(task.name, 'huki.task.untitled');
                  const flagged = flags.tasks.get(task.id);
                  const first = phaseIndex === 0 && taskIndex === 0;
                  const last = phaseIndex === matrix.phases.length - 1 && taskIndex === phase.tasks.length - 1;
                  return (
                    <tr key={task.id} role="row" className={`huki-task-row${dropKey === task.id ? ' drop-target' : ''}`} onDragOver={rowDragOver(task.id)} onDrop={rowDrop(task.id)}>
                      <th
                        role="rowheader"
                        scope="row"
                        aria-label={editing?.id === task.id ? undefined : name}
                        aria-describedby={flagged ? findingIdsFor(task.id) : undefined}
                        data-cell={cellKey(task.id, null)}
                        tabIndex={tabIndexOf(task.id, null)}
                        className={`huki-task-head${flagged ? ' flagged' : ''}`}
                        draggable={editing?.id !== task.id}
                        onDragStart={dragStart('task', task.id)}
                        onDragEnd={dragEnd}
                        onClick={() => select(task.id, null)}
                        onDoubleClick={() => setEditing({ kind: 'task', id: task.id })}
                      >
                        <div className="huki-head-inner">
                          <GripVertical aria-hidden size={18} className="huki-grip" />
                          {editing?.kind === 'task' && editing.id === task.id ? nameEditor('task', task.id, task.name) : <span className="huki-name">{name}</span>}
                          {flagged && <span className="huki-flag" aria-hidden>!</span>}
                          {flagText(task.id, flagged)}
                          <span className="huki-tools">
                            <button type="button" tabIndex={-1} className="huki-tool" disabled={first} aria-label={t('huki.task.moveUp', { name })} title={t('huki.task.moveUp', { name })} onClick={() => stepTask(task.id, -1)}><ArrowUp aria-hidden size={16} /></button>
                            <button type="button" tabIndex={-1} className="huki-tool" disabled={last} aria-label={t('huki.task.moveDown', { name })} title={t('huki.task.moveDown', { name })} onClick={() => stepTask(task.id, 1)}><ArrowDown aria-hidden size={16} /></button>
                            <button type="button" tabIndex={-1} className="huki-tool" aria-label={t('huki.task.delete', { name })} title={t('huki.task.delete', { name })} onClick={() => run(deleteTask, { itemId, taskId: task.id })}><Trash2 aria-hidden size={16} /></button>
                          </span>
                        </div>
                      </th>
                      {columns.map((actor) => {
                        const letter = letterOf(task, actor.id);
                        const colours = letter ? letterColours[letter] : null;
                        const shown = letter ? displayLetter(letter, system) : '';
                        const value = letter ? t('huki.cell.value', { letter: shown, word: t(letterWordKey(letter, system)) }) : t('huki.cell.empty');
                        return (
                          <td
                            key={actor.id}
                            role="gridcell"
                            aria-label={t('huki.cell.label', { task: name, actor: actor.name, value })}
                            data-cell={cellKey(task.id, actor.id)}
                            tabIndex={tabIndexOf(task.id, actor.id)}
                            className={`huki-cell${letter ? ` letter-${letter}` : ''}`}
                            style={colours ? { background: colours.fill, color: colours.ink } : undefined}
                            // A spreadsheet's click (issue 16): the first click selects the cell,
                            // a click on the selected (focused) cell cycles its letter.
                            onMouseDown={(e) => {
                              clickEdits.current = document.activeElement === e.currentTarget;
                            }}
                            onFocus={() => selectCell(itemId, { taskId: task.id, actorId: actor.id })}
                            onClick={(e) => {
                              if (clickEdits.current) cycle(task.id, actor.id);
                              else {
                                select(task.id, actor.id);
                                e.currentTarget.focus();
                              }
                              clickEdits.current = false;
                            }}
                          >
                            {shown}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The in-place name editor: Enter or leaving the field commits, Escape cancels (onDone(null)). */
function NameField({ label, value, onDone }: { label: string; value: string; onDone(value: string | null): void }) {
  const [draft, setDraft] = useState(value);
  const done = useRef(false);
  const finish = (v: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(v);
  };
  return (
    <input
      className="cell-input huki-name-input"
      aria-label={label}
      value={draft}
      maxLength={limits.name}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(draft.trim())}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(draft.trim());
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown, Download } from 'lucide-react';
import { categoryOrder, categoryStyle } from '../../../../../shared/actors/categories.ts';
import { editActor } from '../../../../../shared/actors/registryOps.ts';
import { localeOf } from '../../../../../shared/i18n/translate.ts';
import type { ActorId } from '../../../../../shared/model/ids.ts';
import { limits } from '../../../../../shared/model/limits.ts';
import type { Actor, ActorCategory, Board } from '../../../../../shared/model/records.ts';
import { useT } from '../../../i18n/useT.ts';
import { reportError, useApp } from '../../../state/appStore.ts';
import { saveCsv } from '../../../state/saveFile.ts';
import { stakeholderCsv } from '../../../../../shared/kinds/actorMap/stakeholderCsv.ts';
import { useWorkshopStore } from '../../../state/WorkshopContext.ts';
import { updateMapSession, useMapSession } from '../mapSession.ts';
import { useMapData } from '../panel/useMapData.ts';
import { columns, compareBy, quadrantOfActor, valueOf, type Column, type ColumnKey, type EditableKey } from '../../../../../shared/kinds/actorMap/stakeholderColumns.ts';

interface Sort {
  key: ColumnKey;
  dir: 1 | -1;
}

interface Cell {
  actorId: ActorId;
  col: number;
}

/**
 * The stakeholder analysis (interessentanalyse) of the map's actors, or of the whole registry: a
 * spreadsheet-like grid. Arrow keys move between cells, Enter or typing starts editing, Enter
 * commits (and moves down), Esc cancels, Delete clears; choice cells also take their letter
 * directly (A, B, C; H, M, L). Headings sort. Every edit is one undo step on the registry record,
 * so the map and the grid show it at once.
 */
export function StakeholderTable({ board }: { board: Board }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const locale = localeOf(language);
  const store = useWorkshopStore();
  const session = useMapSession(board.id);
  const data = useMapData(board);
  const [sort, setSort] = useState<Sort | null>(null);
  const [active, setActive] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<{ cell: Cell; initial?: string } | null>(null);
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  const focusWanted = useRef(false);

  const rows = useMemo(() => {
    const list = session.tableScope === 'map' ? data.onMap : Object.values(data.actors);
    const base = [...list].sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.name.localeCompare(b.name, locale));
    if (!sort) return base;
    return base.sort((a, b) => sort.dir * compareBy(sort.key, a, b, locale) || a.name.localeCompare(b.name, locale));
  }, [session.tableScope, data.onMap, data.actors, sort, locale]);

  const current: Cell | null = active && rows.some((r) => r.id === active.actorId) ? active : rows[0] ? { actorId: rows[0].id, col: 0 } : null;
  const key = (c: Cell) => `${c.actorId}:${c.col}`;

  useEffect(() => {
    if (!focusWanted.current || !current || editing) return;
    focusWanted.current = false;
    cellRefs.current.get(key(current))?.focus();
  });

  const moveTo = (cell: Cell) => {
    focusWanted.current = true;
    setActive(cell);
  };
  const move = (from: Cell, dRow: number, dCol: number) => {
    const r = rows.findIndex((a) => a.id === from.actorId);
    const row = Math.max(0, Math.min(rows.length - 1, r + dRow));
    const col = Math.max(0, Math.min(columns.length - 1, from.col + dCol));
    moveTo({ actorId: rows[row]!.id, col });
  };
  const commit = (actor: Actor, column: Column, value: string) => {
    if (column.kind === 'computed') return;
    const k = column.key as EditableKey;
    const next = k === 'name' ? value.trim() : value;
    if (k === 'name' && next === '') return;
    if (valueOf(actor, k) === next) return;
    store.getState().run(editActor, { id: actor.id, patch: { [k]: next } });
  };

  const onCellKey = (e: React.KeyboardEvent, actor: Actor, col: number) => {
    const cell = { actorId: actor.id, col };
    const column = columns[col]!;
    const editable = column.kind !== 'computed';
    switch (e.key) {
      case 'ArrowUp':
        e.preventDefault();
        return move(cell, -1, 0);
      case 'ArrowDown':
        e.preventDefault();
        return move(cell, 1, 0);
      case 'ArrowLeft':
        e.preventDefault();
        return move(cell, 0, -1);
      case 'ArrowRight':
        e.preventDefault();
        return move(cell, 0, 1);
      case 'Home':
        e.preventDefault();
        return e.ctrlKey ? moveTo({ actorId: rows[0]!.id, col: 0 }) : move(cell, 0, -columns.length);
      case 'End':
        e.preventDefault();
        return e.ctrlKey ? moveTo({ actorId: rows.at(-1)!.id, col: columns.length - 1 }) : move(cell, 0, columns.length);
      case 'Enter':
      case 'F2':
        if (!editable) return;
        e.preventDefault();
        setEditing({ cell });
        return;
      case 'Delete':
      case 'Backspace':
        if (!editable || column.key === 'name') return;
        e.preventDefault();
        commit(actor, column, '');
        return;
    }
    if (!editable || e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return;
    if (column.kind === 'choice') {
      const letter = e.key.toUpperCase();
      if (column.options?.includes(letter) && letter !== '') {
        e.preventDefault();
        commit(actor, column, letter);
      }
      return;
    }
    e.preventDefault();
    setEditing({ cell, initial: e.key });
  };

  const finishEdit = (how: 'commit' | 'cancel', actor: Actor, column: Column, value: string, then?: 'down' | 'right' | 'left') => {
    const cell = editing?.cell;
    setEditing(null);
    if (how === 'commit') commit(actor, column, value);
    if (!cell) return;
    if (then === 'down') move(cell, 1, 0);
    else if (then === 'right') move(cell, 0, 1);
    else if (then === 'left') move(cell, 0, -1);
    else moveTo(cell);
  };

  const sortBy = (k: ColumnKey) => setSort((s) => (s?.key === k ? (s.dir === 1 ? { key: k, dir: -1 } : null) : { key: k, dir: 1 }));
  const titleId = `table-title-${board.id}`;

  return (
    <div className="stakeholder-view">
      <div className="stakeholder-head">
        <h2 id={titleId}>{t('actorMap.table.title')}</h2>
        <fieldset className="scope-switch">
          <legend className="sr-only">{t('actorMap.table.scope')}</legend>
          {(['map', 'all'] as const).map((scope) => (
            <label key={scope} className={`scope-option${session.tableScope === scope ? ' current' : ''}`}>
              <input type="radio" name={`scope-${board.id}`} checked={session.tableScope === scope} onChange={() => updateMapSession(board.id, { tableScope: scope })} />
              {t(scope === 'map' ? 'actorMap.table.scopeMap' : 'actorMap.table.scopeAll')}
            </label>
          ))}
        </fieldset>
        {/* The rows in view (this map's actors or the whole registry), as the export dialog writes them. */}
        <button type="button" className="btn quiet" disabled={rows.length === 0} onClick={() => saveCsv(`${t('actorMap.table.title')} – ${board.name}`, stakeholderCsv(rows, t, locale)).catch(reportError)}>
          <Download aria-hidden /> {t('actorMap.table.exportCsv')}
        </button>
      </div>
      <p className="hint" id={`table-hint-${board.id}`}>
        {t('actorMap.table.hint')}
      </p>
      {rows.length === 0 ? (
        <p className="empty">{t('actorMap.table.empty')}</p>
      ) : (
        <div className="stakeholder-scroll">
          <table className="stakeholder-table" role="grid" aria-labelledby={titleId} aria-describedby={`table-hint-${board.id}`} aria-rowcount={rows.length + 1}>
            <colgroup>
              {columns.map((c) => (
                <col key={c.key} style={{ width: `${c.share}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {columns.map((c) => {
                  const sorted = sort?.key === c.key ? sort.dir : 0;
                  return (
                    <th key={c.key} scope="col" className={`col-${c.width}`} aria-sort={sorted === 1 ? 'ascending' : sorted === -1 ? 'descending' : 'none'}>
                      <button type="button" className="sort-btn" title={t('actorMap.table.sortBy', { column: t(c.labelKey) })} onClick={() => sortBy(c.key)}>
                        <span className="sort-label">{t(c.labelKey)}</span>
                        {sorted === 1 ? <ArrowUp aria-hidden /> : sorted === -1 ? <ArrowDown aria-hidden /> : <ArrowUpDown aria-hidden className="faint" />}
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((actor) => (
                <tr key={actor.id}>
                  {columns.map((column, col) => {
                    const cell = { actorId: actor.id, col };
                    const isActive = current !== null && key(current) === key(cell);
                    const isEditing = editing !== null && key(editing.cell) === key(cell);
                    const label = t('actorMap.table.cell', { column: t(column.labelKey), name: actor.name });
                    return (
                      <td
                        key={column.key}
                        ref={(el) => {
                          if (el) cellRefs.current.set(key(cell), el);
                          else cellRefs.current.delete(key(cell));
                        }}
                        role="gridcell"
                        tabIndex={isActive && !isEditing ? 0 : -1}
                        aria-readonly={column.kind === 'computed' ? true : undefined}
                        className={`cell-${column.kind} col-${column.width}${isActive ? ' active' : ''}`}
                        onFocus={() => {
                          if (!isActive) setActive(cell);
                        }}
                        onClick={() => setActive(cell)}
                        onDoubleClick={() => column.kind !== 'computed' && setEditing({ cell })}
                        onKeyDown={isEditing ? undefined : (e) => onCellKey(e, actor, col)}
                      >
                        {isEditing ? (
                          <CellEditor column={column} actor={actor} label={label} initial={editing.initial} onDone={(how, value, then) => finishEdit(how, actor, column, value, then)} />
                        ) : (
                          <CellText column={column} actor={actor} />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function CellText({ column, actor }: { column: Column; actor: Actor }) {
  const t = useT();
  switch (column.key) {
    case 'category': {
      const style = categoryStyle(actor.category);
      return (
        <span className="cell-category">
          <span className="swatch" style={{ background: style.fill, borderColor: '#0b1f33' }} aria-hidden />
          <span className="cell-category-name">{t(style.labelKey)}</span>
        </span>
      );
    }
    case 'quadrant': {
      const q = quadrantOfActor(actor);
      const assessed = actor.influence !== '' && (actor.interestLevel ?? '') !== '';
      return <span className={q ? `quadrant-tag q-${q}` : 'muted'}>{q ? t(`actorMap.quadrant.${q}`) : assessed ? t('actorMap.quadrant.between') : '–'}</span>;
    }
    case 'influence':
    case 'interestLevel': {
      const v = valueOf(actor, column.key);
      return v ? <span className="level-tag">{`${v} – ${t(`actorMap.level.${v as 'H' | 'M' | 'L'}`)}`}</span> : <span className="muted">–</span>;
    }
    default: {
      const v = valueOf(actor, column.key as EditableKey);
      return v ? <span className="cell-value">{v}</span> : <span className="muted">–</span>;
    }
  }
}

/** The field a cell shows while it is edited. */
function CellEditor({
  column,
  actor,
  label,
  initial,
  onDone,
}: {
  column: Column;
  actor: Actor;
  label: string;
  initial?: string;
  onDone(how: 'commit' | 'cancel', value: string, then?: 'down' | 'right' | 'left'): void;
}) {
  const t = useT();
  const original = valueOf(actor, column.key as EditableKey);
  const [value, setValue] = useState(initial ?? original);
  const done = useRef(false);
  const finish = (how: 'commit' | 'cancel', v: string, then?: 'down' | 'right' | 'left') => {
    if (done.current) return;
    done.current = true;
    onDone(how, v, then);
  };
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      finish('cancel', original);
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      finish('commit', (e.currentTarget as HTMLInputElement | HTMLSelectElement).value, column.kind === 'text' ? 'down' : undefined);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish('commit', (e.currentTarget as HTMLInputElement | HTMLSelectElement).value, e.shiftKey ? 'left' : 'right');
    }
  };
  if (column.kind === 'choice') {
    return (
      <select
        className="cell-editor"
        aria-label={label}
        autoFocus
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          finish('commit', e.target.value);
        }}
        onKeyDown={keys}
        onBlur={(e) => finish('commit', e.target.value)}
      >
        {column.options!.map((o) => (
          <option key={o} value={o}>
            {o === '' ? t('actorMap.level.none') : column.key === 'category' ? t(`category.${o as ActorCategory}`) : column.key === 'importance' ? o : `${o} – ${t(`actorMap.level.${o as 'H' | 'M' | 'L'}`)}`}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className="cell-editor"
      aria-label={label}
      autoFocus
      value={value}
      maxLength={column.key === 'name' || column.key === 'attitude' ? limits.name : limits.text}
      onFocus={(e) => {
        const el = e.currentTarget;
        el.setSelectionRange(el.value.length, el.value.length);
      }}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={keys}
      onBlur={(e) => finish('commit', e.target.value)}
    />
  );
}

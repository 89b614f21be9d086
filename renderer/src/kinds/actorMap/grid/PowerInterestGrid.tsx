import { useMemo, useRef, useState } from 'react';
import { categoryStyle } from '../../../../../shared/actors/categories.ts';
import {
  gridPositionAt,
  gridPositionOf,
  levelIndex,
  levels,
  stepGridPosition,
  type GridPosition,
  type Level,
  type Quadrant,
} from '../../../../../shared/kinds/actorMap/grid.ts';
import { clearGridPosition, placeOnGrid } from '../../../../../shared/kinds/actorMap/ops.ts';
import type { ActorId } from '../../../../../shared/model/ids.ts';
import type { Actor, Board } from '../../../../../shared/model/records.ts';
import { useT } from '../../../i18n/useT.ts';
import { useWorkshopStore } from '../../../state/WorkshopContext.ts';
import { updateMapSession, useMapSession } from '../mapSession.ts';
import { useMapData } from '../panel/useMapData.ts';

/** The quadrant whose corner a cell is, or null for the middle row and column. */
function cornerQuadrant(influence: Level, interest: Level): Quadrant | null {
  if (influence === 'M' || interest === 'M') return null;
  if (influence === 'H') return interest === 'H' ? 'engage' : 'satisfy';
  return interest === 'H' ? 'inform' : 'monitor';
}

const rowsTopDown: readonly Level[] = ['H', 'M', 'L'];

interface Drag {
  actorId: ActorId;
  pointerId: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  moved: boolean;
}

/**
 * The power/interest grid (Mendelow): influence up, interest to the right, three bands each. The
 * four corners carry domain.md's strategies. Dragging a chip to a cell, or moving a focused chip
 * with the arrow keys, sets the actor's influence and interest level: the same record the
 * stakeholder table edits. Actors not assessed on both axes wait in the tray below.
 */
export function PowerInterestGrid({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const session = useMapSession(board.id);
  const data = useMapData(board);
  const gridRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const chipRefs = useRef(new Map<string, HTMLButtonElement>());
  const actors = session.tableScope === 'map' ? data.onMap : Object.values(data.actors).sort((a, b) => a.name.localeCompare(b.name, 'nb'));

  const cells = useMemo(() => {
    const map = new Map<string, Actor[]>();
    const tray: Actor[] = [];
    for (const a of actors) {
      const p = gridPositionOf(a);
      if (!p) tray.push(a);
      else {
        const k = `${p.influence}${p.interestLevel}`;
        map.set(k, [...(map.get(k) ?? []), a]);
      }
    }
    return { map, tray };
  }, [actors]);

  const place = (actorId: ActorId, position: GridPosition) => {
    store.getState().run(placeOnGrid, { actorId, ...position });
    requestAnimationFrame(() => chipRefs.current.get(actorId)?.focus());
  };

  const dropAt = (clientX: number, clientY: number): GridPosition | null => {
    const r = gridRef.current?.getBoundingClientRect();
    if (!r || clientX < r.left || clientX > r.right || clientY < r.top || clientY > r.bottom) return null;
    return gridPositionAt((clientX - r.left) / r.width, (clientY - r.top) / r.height);
  };

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>, actorId: ActorId) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ actorId, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, x: e.clientX, y: e.clientY, moved: false });
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const moved = drag.moved || Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) > 6;
    setDrag({ ...drag, x: e.clientX, y: e.clientY, moved });
  };
  const onPointerUp = (e: React.PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const d = drag;
    setDrag(null);
    if (!d.moved) return;
    const at = dropAt(e.clientX, e.clientY);
    if (at) place(d.actorId, at);
    else if (trayContains(e.clientX, e.clientY)) store.getState().run(clearGridPosition, { actorId: d.actorId });
  };
  const trayRef = useRef<HTMLDivElement>(null);
  const trayContains = (x: number, y: number) => {
    const r = trayRef.current?.getBoundingClientRect();
    return r !== undefined && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  };

  const onChipKey = (e: React.KeyboardEvent, actor: Actor) => {
    const dx = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const dy = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (dx || dy) {
      e.preventDefault();
      place(actor.id, stepGridPosition(gridPositionOf(actor), dx, dy));
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && gridPositionOf(actor)) {
      e.preventDefault();
      store.getState().run(clearGridPosition, { actorId: actor.id });
      requestAnimationFrame(() => chipRefs.current.get(actor.id)?.focus());
    }
  };

  const chip = (actor: Actor) => {
    const style = categoryStyle(actor.category);
    const p = gridPositionOf(actor);
    const level = (l: Level | undefined) => (l ? t(`actorMap.level.${l}`) : t('actorMap.level.none'));
    const dragging = drag?.actorId === actor.id && drag.moved;
    return (
      <button
        key={actor.id}
        ref={(el) => {
          if (el) chipRefs.current.set(actor.id, el);
          else chipRefs.current.delete(actor.id);
        }}
        type="button"
        className={`grid-chip${dragging ? ' dragging' : ''}`}
        style={{ background: style.fill, color: style.text }}
        aria-label={t('actorMap.grid.chip', { name: actor.name, influence: level(p?.influence), interest: level(p?.interestLevel) })}
        title={actor.name}
        onPointerDown={(e) => onPointerDown(e, actor.id)}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={(e) => onChipKey(e, actor)}
      >
        {actor.shortName.trim() || actor.name}
      </button>
    );
  };

  const dragged = drag?.moved ? data.actors[drag.actorId] : undefined;
  const target = drag?.moved ? dropAt(drag.x, drag.y) : null;

  return (
    <div className="grid-view">
      <div className="stakeholder-head">
        <h2>{t('actorMap.grid.title')}</h2>
        <fieldset className="scope-switch">
          <legend className="sr-only">{t('actorMap.table.scope')}</legend>
          {(['map', 'all'] as const).map((scope) => (
            <label key={scope} className={`scope-option${session.tableScope === scope ? ' current' : ''}`}>
              <input type="radio" name={`grid-scope-${board.id}`} checked={session.tableScope === scope} onChange={() => updateMapSession(board.id, { tableScope: scope })} />
              {t(scope === 'map' ? 'actorMap.table.scopeMap' : 'actorMap.table.scopeAll')}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="hint">{t('actorMap.grid.hint')}</p>
      <div className="grid-frame">
        <div className="grid-axis-y" aria-hidden>
          <span>{t('actorMap.grid.influence')} ↑</span>
        </div>
        <div ref={gridRef} className="power-grid" role="group" aria-label={t('actorMap.grid.region')}>
          {rowsTopDown.map((influence) =>
            levels.map((interest) => {
              const q = cornerQuadrant(influence, interest);
              const here = cells.map.get(`${influence}${interest}`) ?? [];
              const isTarget = target?.influence === influence && target.interestLevel === interest;
              return (
                <div
                  key={`${influence}${interest}`}
                  className={`grid-cell${q ? ` q-${q}` : ' q-middle'}${isTarget ? ' drop-target' : ''}`}
                  style={{ gridRow: 3 - levelIndex(influence), gridColumn: levelIndex(interest) + 1 }}
                  role="group"
                  aria-label={`${t('actorMap.grid.influence')}: ${t(`actorMap.level.${influence}`)}, ${t('actorMap.grid.interest')}: ${t(`actorMap.level.${interest}`)}${q ? ` – ${t(`actorMap.quadrant.${q}`)}` : ''}`}
                >
                  {q && <span className="quadrant-label">{t(`actorMap.quadrant.${q}`)}</span>}
                  <div className="grid-chips">{here.map(chip)}</div>
                </div>
              );
            }),
          )}
        </div>
        <div className="grid-axis-y-levels" aria-hidden>
          {rowsTopDown.map((l) => (
            <span key={l}>{t(`actorMap.level.${l}`)}</span>
          ))}
        </div>
        <div className="grid-axis-x" aria-hidden>
          {levels.map((l) => (
            <span key={l}>{t(`actorMap.level.${l}`)}</span>
          ))}
          <strong>{t('actorMap.grid.interest')} →</strong>
        </div>
      </div>
      <div ref={trayRef} className="grid-tray" role="group" aria-label={t('actorMap.grid.unassessed')}>
        <h3>{t('actorMap.grid.unassessed')}</h3>
        {cells.tray.length === 0 ? <p className="empty">{t('actorMap.grid.allPlaced')}</p> : <div className="grid-chips">{cells.tray.map(chip)}</div>}
      </div>
      {dragged && drag && (
        <div className="grid-ghost" style={{ left: drag.x, top: drag.y, background: categoryStyle(dragged.category).fill, color: categoryStyle(dragged.category).text }} aria-hidden>
          {dragged.shortName.trim() || dragged.name}
        </div>
      )}
    </div>
  );
}

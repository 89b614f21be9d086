import { useMemo, useState } from 'react';
import { Check, GripVertical, Library, Minus, Plus } from 'lucide-react';
import { categoryOrder, categoryStyle } from '../../../../../shared/actors/categories.ts';
import { foldName } from '../../../../../shared/actors/findActor.ts';
import { addNewActorToMap, placeActorsOnMap, placeCatalogueActorsOnMap, removeActorsFromMap } from '../../../../../shared/kinds/actorMap/ops.ts';
import { nextOrder } from '../../../../../shared/model/document.ts';
import { newActorId, type ActorId } from '../../../../../shared/model/ids.ts';
import { limits } from '../../../../../shared/model/limits.ts';
import type { Board } from '../../../../../shared/model/records.ts';
import { useT } from '../../../i18n/useT.ts';
import { useWorkshopStore } from '../../../state/WorkshopContext.ts';
import { blankActor } from '../../../workshop/actors/blankActor.ts';
import { CataloguePicker, type CataloguePick } from '../../../workshop/actors/CataloguePicker.tsx';
import { startActorDrag } from '../dnd.ts';
import type { MapData } from './useMapData.ts';

/**
 * The registry beside the map: drag an actor onto the canvas, or press + to put it on its ring
 * (the keyboard way, and the quick way for many). Actors already on the map are ticked and can be
 * taken off. The catalogue adds actors to the registry and the map in one step.
 */
export function ActorListSection({ board, data }: { board: Board; data: MapData }) {
  const t = useT();
  const store = useWorkshopStore();
  const [query, setQuery] = useState('');
  const [picking, setPicking] = useState(false);
  const run = store.getState().run;
  const list = useMemo(() => {
    const q = foldName(query);
    return Object.values(data.actors)
      .filter((a) => !q || foldName(`${a.name} ${a.shortName}`).includes(q))
      .sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.name.localeCompare(b.name, 'nb'));
  }, [data.actors, query]);
  const missing = Object.values(data.actors).filter((a) => !data.chipOf.has(a.id));

  const place = (ids: ActorId[]) => ids.length > 0 && run(placeActorsOnMap, { boardId: board.id, actorIds: ids });
  const addPicked = (pick: CataloguePick) => {
    if (pick.entries.length > 0) {
      run(placeCatalogueActorsOnMap, { boardId: board.id, entries: pick.entries.map((e) => ({ id: newActorId(), name: e.name })) });
    }
    if (pick.custom) {
      const record = blankActor(pick.custom.name, pick.custom.category, nextOrder(store.getState().doc.actors));
      run(addNewActorToMap, { boardId: board.id, record });
    }
    setPicking(false);
  };

  return (
    <section className="map-section" aria-labelledby={`actors-${board.id}`}>
      <h2 id={`actors-${board.id}`}>{t('actorMap.panel.actors')}</h2>
      <div className="map-section-actions">
        <button type="button" className="btn primary" onClick={() => setPicking(true)}>
          <Library aria-hidden /> {t('actorMap.panel.fromCatalogue')}
        </button>
        <button type="button" className="btn" disabled={missing.length === 0} onClick={() => place(missing.map((a) => a.id))}>
          <Plus aria-hidden /> {t('actorMap.panel.placeAll')}
        </button>
      </div>
      <input
        type="search"
        className="cell-input map-search"
        aria-label={t('actorMap.panel.search')}
        placeholder={t('actorMap.panel.search')}
        value={query}
        maxLength={limits.name}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="hint">{t('actorMap.panel.dragHint')}</p>
      {Object.keys(data.actors).length === 0 && <p className="empty">{t('actorMap.panel.registryEmpty')}</p>}
      {Object.keys(data.actors).length > 0 && list.length === 0 && <p className="empty">{t('actorMap.panel.noMatch')}</p>}
      <ul className="map-actor-list">
        {list.map((a) => {
          const style = categoryStyle(a.category);
          const on = data.chipOf.has(a.id);
          return (
            <li key={a.id} className={on ? 'on-map' : undefined} draggable onDragStart={(e) => startActorDrag(e, a.id)}>
              <GripVertical className="grip" aria-hidden />
              <span className="map-chip-swatch" style={{ background: style.fill, color: style.text }} aria-hidden>
                {(a.shortName.trim() || a.name).slice(0, 2)}
              </span>
              <span className="map-actor-name">
                {a.name}
                <span className="sr-only">, {t(style.labelKey)}</span>
                {on && (
                  <span className="map-actor-state">
                    <Check aria-hidden /> {t('actorMap.panel.onMap')}
                  </span>
                )}
              </span>
              {on ? (
                <button type="button" className="btn quiet icon-btn" aria-label={t('actorMap.panel.removeFromMap', { name: a.name })} title={t('actorMap.panel.removeFromMap', { name: a.name })} onClick={() => run(removeActorsFromMap, { boardId: board.id, actorIds: [a.id] })}>
                  <Minus aria-hidden />
                </button>
              ) : (
                <button type="button" className="btn quiet icon-btn" aria-label={t('actorMap.panel.place', { name: a.name })} title={t('actorMap.panel.place', { name: a.name })} onClick={() => place([a.id])}>
                  <Plus aria-hidden />
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {picking && <CataloguePicker onClose={() => setPicking(false)} onAdd={addPicked} />}
    </section>
  );
}

import { actorCategories } from '../../../../../shared/actors/categories.ts';
import { relationTypes } from '../../../../../shared/kinds/actorMap/props.ts';
import type { Board } from '../../../../../shared/model/records.ts';
import { useT } from '../../../i18n/useT.ts';
import { toggled, updateMapSession, useMapSession } from '../mapSession.ts';
import { RelationSample } from './RelationSample.tsx';
import type { MapData } from './useMapData.ts';

/**
 * Show only some relation types or categories ("where is the conflict?", "only the services"):
 * hidden relations vanish, hidden categories fade. A way of looking, never saved.
 */
export function FilterSection({ board, data }: { board: Board; data: MapData }) {
  const t = useT();
  const session = useMapSession(board.id);
  const present = actorCategories.filter((c) => data.onMap.some((a) => a.category === c.category));
  const active = session.hiddenRelations.length > 0 || session.hiddenCategories.length > 0;
  return (
    <section className="map-section" aria-labelledby={`filter-${board.id}`}>
      <h2 id={`filter-${board.id}`}>{t('actorMap.filter.title')}</h2>
      {active && (
        <p className="filter-active" role="status">
          {t('actorMap.filter.active')}{' '}
          <button type="button" className="btn quiet" onClick={() => updateMapSession(board.id, { hiddenRelations: [], hiddenCategories: [] })}>
            {t('actorMap.filter.reset')}
          </button>
        </p>
      )}
      <fieldset className="filter-group">
        <legend>{t('actorMap.filter.relations')}</legend>
        {relationTypes.map((type) => (
          <label key={type} className="check-row">
            <input
              type="checkbox"
              checked={!session.hiddenRelations.includes(type)}
              onChange={() => updateMapSession(board.id, { hiddenRelations: toggled(session.hiddenRelations, type) })}
            />
            <RelationSample type={type} />
            {t(`actorMap.relation.${type}`)}
          </label>
        ))}
      </fieldset>
      {present.length > 0 && (
        <fieldset className="filter-group">
          <legend>{t('actorMap.filter.categories')}</legend>
          {present.map((c) => (
            <label key={c.category} className="check-row">
              <input
                type="checkbox"
                checked={!session.hiddenCategories.includes(c.category)}
                onChange={() => updateMapSession(board.id, { hiddenCategories: toggled(session.hiddenCategories, c.category) })}
              />
              <span className="swatch" style={{ background: c.fill, borderColor: '#0b1f33' }} aria-hidden />
              {t(c.labelKey)}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}

import { Eraser, Minus, Plus, WandSparkles } from 'lucide-react';
import { arrangeMap, clearMap, setMapOptions, setRingCount, setRingLabel } from '../../../../../shared/kinds/actorMap/ops.ts';
import { maxRings, minRings } from '../../../../../shared/kinds/actorMap/props.ts';
import { limits } from '../../../../../shared/model/limits.ts';
import type { Board } from '../../../../../shared/model/records.ts';
import { useT } from '../../../i18n/useT.ts';
import { CommitField } from '../../../ui/CommitField.tsx';
import { useWorkshopStore } from '../../../state/WorkshopContext.ts';
import { ringName } from '../ringName.ts';
import type { MapData } from './useMapData.ts';

/** The map's layout: ring names and count, sectors, legend, tidy up, start over. */
export function RingsSection({ board, data }: { board: Board; data: MapData }) {
  const t = useT();
  const run = useWorkshopStore().getState().run;
  const { rings, sectors, legend } = data.props;
  return (
    <section className="map-section" aria-labelledby={`rings-${board.id}`}>
      <h2 id={`rings-${board.id}`}>{t('actorMap.rings.title')}</h2>
      <div className="map-section-actions">
        <button type="button" className="btn" disabled={data.chips.length === 0} onClick={() => run(arrangeMap, { boardId: board.id })}>
          <WandSparkles aria-hidden /> {t('actorMap.panel.arrange')}
        </button>
        <button type="button" className="btn danger" disabled={data.chips.length === 0 && data.props.relations.length === 0} onClick={() => run(clearMap, { boardId: board.id })}>
          <Eraser aria-hidden /> {t('actorMap.panel.clear')}
        </button>
      </div>
      <ol className="ring-list">
        {rings.map((ring, i) => (
          <li key={i}>
            <CommitField
              className="cell-input"
              aria-label={i === 0 ? t('actorMap.rings.centre') : t('actorMap.rings.label', { n: i })}
              placeholder={ringName(t, '', i)}
              value={ring.label}
              maxLength={limits.name}
              onCommit={(v) => run(setRingLabel, { boardId: board.id, index: i, label: v })}
            />
          </li>
        ))}
      </ol>
      <div className="map-section-actions">
        <button type="button" className="btn" disabled={rings.length >= maxRings} onClick={() => run(setRingCount, { boardId: board.id, count: rings.length + 1 })}>
          <Plus aria-hidden /> {t('actorMap.rings.add')}
        </button>
        <button type="button" className="btn" disabled={rings.length <= minRings} onClick={() => run(setRingCount, { boardId: board.id, count: rings.length - 1 })}>
          <Minus aria-hidden /> {t('actorMap.rings.removeOuter')}
        </button>
      </div>
      <label className="check-row">
        <input type="checkbox" checked={sectors} onChange={(e) => run(setMapOptions, { boardId: board.id, sectors: e.target.checked, arrange: e.target.checked })} />
        {t('actorMap.rings.sectors')}
      </label>
      <label className="check-row">
        <input type="checkbox" checked={legend} onChange={(e) => run(setMapOptions, { boardId: board.id, legend: e.target.checked })} />
        {t('actorMap.rings.legend')}
      </label>
    </section>
  );
}

import type { Board } from '../../../../../shared/model/records.ts';
import { useT } from '../../../i18n/useT.ts';
import { ActorListSection } from './ActorListSection.tsx';
import { FilterSection } from './FilterSection.tsx';
import { MirrorSection } from './MirrorSection.tsx';
import { RelationsSection } from './RelationsSection.tsx';
import { RingsSection } from './RingsSection.tsx';
import { useMapData } from './useMapData.ts';

/**
 * The panel beside the map: the facilitator's controls (kept off the projected canvas) and the
 * accessible version of everything on it.
 */
export function MapPanel({ board }: { board: Board }) {
  const t = useT();
  const data = useMapData(board);
  return (
    <aside className="actor-map-panel" aria-label={t('actorMap.panel.title')}>
      <ActorListSection board={board} data={data} />
      <RelationsSection board={board} data={data} />
      <MirrorSection board={board} data={data} />
      <FilterSection board={board} data={data} />
      <RingsSection board={board} data={data} />
    </aside>
  );
}

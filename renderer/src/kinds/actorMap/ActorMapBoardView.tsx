import { useId, useRef } from 'react';
import { Grid2x2, Network, PanelRightClose, PanelRightOpen, Table2 } from 'lucide-react';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { useT } from '../../i18n/useT.ts';
import { usePresenting } from '../../state/usePresenting.ts';
import { ActorEditor } from '../../workshop/actors/ActorEditor.tsx';
import { MapCanvas } from './MapCanvas.tsx';
import { MapPanel } from './panel/MapPanel.tsx';
import { PowerInterestGrid } from './grid/PowerInterestGrid.tsx';
import { StakeholderTable } from './table/StakeholderTable.tsx';
import { mapViews, updateMapSession, useMapSession, type MapView } from './mapSession.ts';
import './actorMap.css';

const viewLabels: Record<MapView, MessageKey> = {
  map: 'actorMap.view.map',
  table: 'actorMap.view.table',
  grid: 'actorMap.view.grid',
};

function ViewIcon({ view }: { view: MapView }) {
  switch (view) {
    case 'map':
      return <Network aria-hidden />;
    case 'table':
      return <Table2 aria-hidden />;
    case 'grid':
      return <Grid2x2 aria-hidden />;
    default:
      return assertNever(view, 'map view');
  }
}

/**
 * The actor-map board: three views of the same data, switched by tabs. The map (the canvas with
 * the side panel), the stakeholder table and the power/interest grid all read and edit the same
 * registry records and board props, so an edit in one shows in the others at once. On the
 * projection the room sees the map alone, whichever view the facilitator had open.
 */
export function ActorMapBoardView({ board }: { board: Board }) {
  const t = useT();
  const session = useMapSession(board.id);
  const presenting = usePresenting();
  const view: MapView = presenting ? 'map' : session.view;
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (view: MapView) => updateMapSession(board.id, { view });
  const onKeyDown = (e: React.KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? mapViews.length - 1 : step ? (index + step + mapViews.length) % mapViews.length : -1;
    if (to < 0) return;
    e.preventDefault();
    select(mapViews[to]!);
    tabs.current[to]?.focus();
  };
  return (
    <div className="actor-map">
      {!presenting && (
        <div className="actor-map-bar">
          <div role="tablist" aria-label={t('actorMap.views')} className="actor-map-tabs">
            {mapViews.map((view, i) => (
              <button
                key={view}
                ref={(el) => {
                  tabs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`${baseId}-tab-${view}`}
                aria-selected={session.view === view}
                aria-controls={`${baseId}-panel`}
                tabIndex={session.view === view ? 0 : -1}
                className={`actor-map-tab${session.view === view ? ' current' : ''}`}
                onClick={() => select(view)}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                <ViewIcon view={view} /> {t(viewLabels[view])}
              </button>
            ))}
          </div>
          {session.view === 'map' && (
            <button
              type="button"
              className="btn quiet"
              aria-expanded={session.panelOpen}
              onClick={() => updateMapSession(board.id, { panelOpen: !session.panelOpen })}
            >
              {session.panelOpen ? <PanelRightClose aria-hidden /> : <PanelRightOpen aria-hidden />}
              {t(session.panelOpen ? 'actorMap.panel.hide' : 'actorMap.panel.show')}
            </button>
          )}
        </div>
      )}
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${view}`} className={`actor-map-body view-${view}`}>
        {view === 'map' && (
          <>
            <MapCanvas board={board} />
            {session.panelOpen && !presenting && <MapPanel board={board} />}
          </>
        )}
        {view === 'table' && <StakeholderTable board={board} />}
        {view === 'grid' && <PowerInterestGrid board={board} />}
      </div>
      {session.editingActor && !presenting && <ActorEditor actorId={session.editingActor} onClose={() => updateMapSession(board.id, { editingActor: null })} />}
    </div>
  );
}

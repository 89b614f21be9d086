import { Grid2x2, Network, PanelRightClose, PanelRightOpen, Table2 } from 'lucide-react';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { useT } from '../../i18n/useT.ts';
import { TabList, TabPanel, useTabIds } from '../../ui/Tabs.tsx';
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
  const tabIds = useTabIds();
  const select = (view: MapView) => updateMapSession(board.id, { view });
  return (
    <div className="actor-map">
      {!presenting && (
        <div className="actor-map-bar">
          <TabList
            ids={tabIds}
            tabs={mapViews.map((v) => ({
              id: v,
              label: (
                <>
                  <ViewIcon view={v} /> {t(viewLabels[v])}
                </>
              ),
            }))}
            current={session.view}
            onSelect={select}
            label={t('actorMap.views')}
            className="actor-map-tabs"
            tabClassName="actor-map-tab"
          />
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
      <TabPanel ids={tabIds} current={view} className={`actor-map-body view-${view}`}>
        {view === 'map' && (
          <>
            <MapCanvas board={board} />
            {session.panelOpen && !presenting && <MapPanel board={board} />}
          </>
        )}
        {view === 'table' && <StakeholderTable board={board} />}
        {view === 'grid' && <PowerInterestGrid board={board} />}
      </TabPanel>
      {session.editingActor && !presenting && <ActorEditor actorId={session.editingActor} onClose={() => updateMapSession(board.id, { editingActor: null })} />}
    </div>
  );
}

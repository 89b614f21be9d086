import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { LoopView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { useT } from '../../i18n/useT.ts';
import { TabList, TabPanel, useTabIds } from '../../ui/Tabs.tsx';
import { DataTab } from './DataTab.tsx';
import { panelTabs, setTab, useLoopSession, type PanelTab } from './loopSession.ts';
import { NeedsTab } from './NeedsTab.tsx';
import { SetupTab } from './SetupTab.tsx';
import { StationsTab } from './StationsTab.tsx';

const tabLabels: Record<PanelTab, MessageKey> = {
  stations: 'acuteLoop.tab.stations',
  data: 'acuteLoop.tab.data',
  needs: 'acuteLoop.tab.needs',
  setup: 'acuteLoop.tab.setup',
};

/**
 * The facilitator's side of the board: everything the picture shows, editable, in four tabs. It
 * is also the picture's accessible equivalent (Konva is invisible to screen readers), and it can
 * be hidden so the room sees only the picture.
 */
export function LoopPanel({ board, props, view, id }: { board: Board; props: AcuteLoopProps; view: LoopView; id: string }) {
  const t = useT();
  const ids = useTabIds();
  const tab = useLoopSession((s) => s.tab);
  return (
    <aside id={id} className="al-panel" aria-label={t('acuteLoop.panel.label')}>
      <TabList
        ids={ids}
        tabs={panelTabs.map((p) => ({ id: p, label: t(tabLabels[p]) }))}
        current={tab}
        onSelect={setTab}
        label={t('acuteLoop.panel.label')}
        className="al-tabs"
        tabClassName="al-tab"
      />
      <TabPanel ids={ids} current={tab} className="al-tabpanel">
        <TabContent tab={tab} board={board} props={props} view={view} />
      </TabPanel>
    </aside>
  );
}

function TabContent({ tab, board, props, view }: { tab: PanelTab; board: Board; props: AcuteLoopProps; view: LoopView }) {
  switch (tab) {
    case 'stations':
      return <StationsTab board={board} props={props} view={view} />;
    case 'data':
      return <DataTab board={board} props={props} />;
    case 'needs':
      return <NeedsTab board={board} props={props} />;
    case 'setup':
      return <SetupTab board={board} props={props} />;
    default:
      return assertNever(tab, 'panel tab');
  }
}

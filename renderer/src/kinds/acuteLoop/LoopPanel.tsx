import { useId, useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { LoopView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { useT } from '../../i18n/useT.ts';
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
  const base = useId();
  const tab = useLoopSession((s) => s.tab);
  const tabRefs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = panelTabs.indexOf(tab);
    let next: PanelTab | undefined;
    if (e.key === 'ArrowRight') next = panelTabs[(i + 1) % panelTabs.length];
    if (e.key === 'ArrowLeft') next = panelTabs[(i + panelTabs.length - 1) % panelTabs.length];
    if (e.key === 'Home') next = panelTabs[0];
    if (e.key === 'End') next = panelTabs[panelTabs.length - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  return (
    <aside id={id} className="al-panel" aria-label={t('acuteLoop.panel.label')}>
      <div role="tablist" className="al-tabs" aria-label={t('acuteLoop.panel.label')} onKeyDown={onKeyDown}>
        {panelTabs.map((p) => (
          <button
            key={p}
            ref={(el) => {
              tabRefs.current[p] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${p}`}
            aria-selected={tab === p}
            aria-controls={`${base}-panel`}
            tabIndex={tab === p ? 0 : -1}
            className={`al-tab${tab === p ? ' current' : ''}`}
            onClick={() => setTab(p)}
          >
            {t(tabLabels[p])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${tab}`} className="al-tabpanel">
        <TabContent tab={tab} board={board} props={props} view={view} />
      </div>
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

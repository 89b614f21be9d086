import { useEffect } from 'react';
import { ChevronRight, PanelRightOpen, Plus, Table } from 'lucide-react';
import { isPiece } from '../../../../shared/kinds/puzzle/piece.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useCanvasSession } from '../../canvas/sessionStore.ts';
import { useT } from '../../i18n/useT.ts';
import { TabList, TabPanel, useTabIds } from '../../ui/Tabs.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { GridEditor } from './GridEditor.tsx';
import { GridMirror } from './GridMirror.tsx';
import { PieceEditor } from './PieceEditor.tsx';
import { focusPieceName, newPiece } from './pieceActions.ts';
import { setInventoryOpen, setPanelOpen, setPuzzleTab, usePuzzleUi, type PuzzleTab } from './puzzleUi.ts';
import { SummaryView } from './SummaryView.tsx';

const tabs: readonly { tab: PuzzleTab; key: MessageKey }[] = [
  { tab: 'piece', key: 'puzzle.tab.piece' },
  { tab: 'summary', key: 'puzzle.tab.summary' },
  { tab: 'grid', key: 'puzzle.tab.grid' },
];

/**
 * The puzzle's side panel: the selected piece, the summary with the gaps, and the grid's rows and
 * columns; plus the way into the inventory table. It holds the board's accessible mirror too.
 */
export function PuzzlePanel({ board }: { board: Board }) {
  const t = useT();
  const tabIds = useTabIds();
  const store = useWorkshopStore();
  const { tab, panelOpen, inventoryOpen } = usePuzzleUi();
  const selection = useCanvasSession((s) => s.selection);

  // Picking a piece on the board shows its card.
  useEffect(() => {
    const items = store.getState().doc.items;
    if (selection.some((id) => items[id] && isPiece(items[id]!))) setPuzzleTab('piece');
  }, [selection, store]);

  const add = () => {
    setPuzzleTab('piece');
    newPiece(store, board.id, t('puzzle.newPiece'));
    focusPieceName();
  };

  if (!panelOpen) {
    return (
      <aside className="puzzle-panel collapsed" aria-label={t('puzzle.panel')}>
        <button type="button" className="btn quiet icon-btn" aria-label={t('puzzle.panel.show')} title={t('puzzle.panel.show')} onClick={() => setPanelOpen(true)}>
          <PanelRightOpen aria-hidden />
        </button>
        <GridMirror board={board} />
      </aside>
    );
  }

  return (
    <aside className="puzzle-panel" aria-label={t('puzzle.panel')} data-board-id={board.id}>
      <div className="puzzle-panel-head">
        <button type="button" className="btn primary" onClick={add}>
          <Plus aria-hidden /> {t('puzzle.addPiece')}
        </button>
        <button type="button" className="btn" aria-pressed={inventoryOpen} onClick={() => setInventoryOpen(!inventoryOpen)}>
          <Table aria-hidden /> {t('puzzle.inventory.open')}
        </button>
        <button type="button" className="btn quiet icon-btn" aria-label={t('puzzle.panel.hide')} title={t('puzzle.panel.hide')} onClick={() => setPanelOpen(false)}>
          <ChevronRight aria-hidden />
        </button>
      </div>
      <TabList
        ids={tabIds}
        tabs={tabs.map(({ tab: id, key }) => ({ id, label: t(key) }))}
        current={tab}
        onSelect={setPuzzleTab}
        label={t('puzzle.panel')}
        className="puzzle-tabs"
        tabClassName="puzzle-tab"
      />
      <TabPanel ids={tabIds} current={tab} className="puzzle-tabpanel">
        {tab === 'piece' && <PieceEditor board={board} />}
        {tab === 'summary' && <SummaryView board={board} />}
        {tab === 'grid' && <GridEditor board={board} />}
      </TabPanel>
      <GridMirror board={board} />
    </aside>
  );
}

import { PanelRightClose, Plus } from 'lucide-react';
import { addPhase, createMatrix } from '../../../../shared/kinds/huki/ops.ts';
import { newPhaseId, newTaskId } from '../../../../shared/kinds/huki/model.ts';
import { newItemId, type ItemId } from '../../../../shared/model/ids.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { AddColumn } from './AddColumn.tsx';
import { CsvControls } from './CsvControls.tsx';
import { FindingsList } from './FindingsList.tsx';
import { MatrixGrid } from './MatrixGrid.tsx';
import { SettingsBar } from './SettingsBar.tsx';
import { requestGridFocus } from './hukiFocus.ts';
import { useHukiMatrix } from './useHukiMatrix.ts';

/**
 * The facilitator's side of the HUKI board: settings and legend, the grid to edit in, the checks'
 * findings, CSV in and out. The room watches the canvas; this panel can be hidden.
 */
export function HukiPanel({ board, onHide }: { board: Board; onHide(): void }) {
  const t = useT();
  const store = useWorkshopStore();
  const view = useHukiMatrix(board);
  const run = store.getState().run;

  const head = (
    <div className="huki-panel-head">
      <h2>{board.name}</h2>
      <button type="button" className="btn quiet icon-btn" aria-label={t('huki.panel.hide')} title={t('huki.panel.hide')} onClick={onHide}>
        <PanelRightClose aria-hidden />
      </button>
    </div>
  );

  if (!view) {
    const create = () =>
      run(createMatrix, {
        boardId: board.id,
        itemId: newItemId(),
        at: { x: 0, y: 0 },
        matrix: { actorIds: [], phases: [{ id: newPhaseId(), name: t('huki.newPhaseName'), tasks: [{ id: newTaskId(), name: t('huki.newTaskName'), cells: [] }] }] },
      });
    return (
      <aside className="huki-panel" aria-label={t('huki.panel.label')}>
        {head}
        <p>{t('huki.noMatrix')}</p>
        <button type="button" className="btn primary" onClick={create}>
          <Plus aria-hidden /> {t('huki.createMatrix')}
        </button>
      </aside>
    );
  }

  const itemId = view.item.id as ItemId;
  const newPhase = () => {
    const phaseId = newPhaseId();
    const taskId = newTaskId();
    // The new phase comes with a first task, and its name is ready to be typed over.
    if (run(addPhase, { itemId, phaseId, name: t('huki.newPhaseName'), firstTask: { id: taskId, name: t('huki.newTaskName') } })) {
      requestGridFocus(itemId, { phaseId }, true);
    }
  };

  return (
    <aside className="huki-panel" aria-label={t('huki.panel.label')}>
      {head}
      <SettingsBar board={board} settings={view.settings} />
      <div className="huki-actions">
        <button type="button" className="btn" onClick={newPhase}>
          <Plus aria-hidden /> {t('huki.phase.add')}
        </button>
        <AddColumn itemId={itemId} columnIds={view.matrix.actorIds} />
        {/* CSV in and out sit up here, away from the window's bottom edge where messages appear (issue 16). */}
        <CsvControls board={board} view={view} />
      </div>
      <FindingsList board={board} view={view} />
      {view.columns.length === 0 && <p className="huki-hint">{t('huki.empty.columns')}</p>}
      <MatrixGrid board={board} view={view} />
      <div className="huki-foot">
        <details className="huki-keys">
          <summary>{t('huki.keys.title')}</summary>
          <p id={`huki-keys-${board.id}`}>{t('huki.keys.help')}</p>
        </details>
      </div>
    </aside>
  );
}

import { useId, useMemo } from 'react';
import { PanelRightClose, PanelRightOpen, Repeat, Rows3 } from 'lucide-react';
import type { Board } from '../../../../shared/model/records.ts';
import { useApp } from '../../state/appStore.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { LoopPanel } from './LoopPanel.tsx';
import { LoopPicture } from './LoopPicture.tsx';
import { LoopStage } from './LoopStage.tsx';
import { LoopSummary } from './LoopSummary.tsx';
import { setPanelOpen, setViewMode, useLoopSession, viewModeOf } from './loopSession.ts';
import type { PictureContext } from './pictureTypes.ts';
import { useFontsLoaded } from './textMeasure.ts';
import { useLoopActions } from './useLoopActions.ts';
import { useLoopData } from './useLoopData.ts';
import { usePresenting } from '../../state/usePresenting.ts';
import './acuteLoop.css';

/**
 * The acute-loop board: the picture (loop or swimlanes, switchable; both drawn from the same
 * stations) with the clock, the share outside office hours and the needs, and beside it the
 * editing panel, which the facilitator hides when the room should see only the picture.
 */
export function AcuteLoopBoard({ board }: { board: Board }) {
  const t = useT();
  const ids = useId();
  const language = useApp((s) => s.language);
  const actors = useWorkshop((s) => s.doc.actors);
  const { props, view } = useLoopData(board);
  const mode = useLoopSession((s) => viewModeOf(s.modes, board.id));
  const panelOpen = useLoopSession((s) => s.panelOpen);
  const selection = useLoopSession((s) => s.selection);
  const actions = useLoopActions(board.id);
  const fontsVersion = useFontsLoaded();
  const presenting = usePresenting();
  const editing = panelOpen && !presenting;
  const ctx: PictureContext = useMemo(
    () => ({ props, view, actors, t, language, editing, selection: editing ? selection : null, actions }),
    [props, view, actors, t, language, editing, selection, actions],
  );
  const panelId = `${ids}-panel`;
  const summaryId = `${ids}-summary`;
  return (
    <div className="acute-loop">
      <div className="al-toolbar" role="toolbar" aria-label={t('acuteLoop.toolbar')}>
        <div className="al-segmented">
          <button type="button" className={`btn${mode === 'loop' ? ' primary' : ''}`} aria-pressed={mode === 'loop'} onClick={() => setViewMode(board.id, 'loop')}>
            <Repeat aria-hidden /> {t('acuteLoop.view.loop')}
          </button>
          <button type="button" className={`btn${mode === 'linear' ? ' primary' : ''}`} aria-pressed={mode === 'linear'} onClick={() => setViewMode(board.id, 'linear')}>
            <Rows3 aria-hidden /> {t('acuteLoop.view.linear')}
          </button>
        </div>
        <button type="button" className="btn quiet" aria-expanded={panelOpen} aria-controls={panelId} onClick={() => setPanelOpen(!panelOpen)}>
          {panelOpen ? <PanelRightClose aria-hidden /> : <PanelRightOpen aria-hidden />} {panelOpen ? t('acuteLoop.panel.hide') : t('acuteLoop.panel.show')}
        </button>
      </div>
      <div className="al-body">
        <LoopStage label={t('acuteLoop.picture.label', { name: board.name })} describedBy={summaryId}>
          <LoopPicture key={`${mode}-${fontsVersion}`} boardName={board.name} mode={mode} ctx={ctx} fontsVersion={fontsVersion} />
        </LoopStage>
        <LoopSummary id={summaryId} boardName={board.name} props={props} view={view} mode={mode} />
        {editing && <LoopPanel id={panelId} board={board} props={props} view={view} />}
      </div>
    </div>
  );
}

import { ExternalLink, Lock, LockOpen, MonitorPlay, X } from 'lucide-react';
import type { Board } from '../../../shared/model/records.ts';
import { limits } from '../../../shared/model/limits.ts';
import { lockBoard, setBoardNotes, unlockBoard } from '../../../shared/ops/presentOps.ts';
import { boardNotes, isBoardLocked } from '../../../shared/present/boardFields.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../state/appStore.ts';
import { CommitField } from '../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { changePresentation, usePresentation } from './presentationStore.ts';
import { setPanelOpen } from './presentingWindow.ts';
import { presenterHref } from './presenterRoute.ts';
import { TimerControls } from './TimerControls.tsx';
import { TimerFace } from './TimerFace.tsx';
import { VotePanel } from './VotePanel.tsx';
import { themeVariables } from './themeVariables.ts';
import { RoomPanel } from '../participants/RoomPanel.tsx';

/**
 * The facilitator's side panel in the workshop window: start the presentation and the presenter
 * view, the timer, and for the board shown its private notes, its lock and its dot vote.
 */
export function FacilitationPanel() {
  const t = useT();
  const view = useWorkshop((s) => s.view);
  const board = useWorkshop((s) => (view.kind === 'board' ? s.doc.boards[view.boardId] : undefined));
  const timer = usePresentation((s) => s.state.timer);
  return (
    <aside className="facilitation" style={themeVariables()} aria-label={board ? t('present.facilitationPanel', { name: board.name }) : t('present.facilitation')}>
      <div className="panel-head">
        <h2>{t('present.facilitation')}</h2>
        <button type="button" className="btn quiet icon-btn" aria-label={t('present.closePanel')} title={t('present.closePanel')} onClick={() => setPanelOpen(false)}>
          <X aria-hidden />
        </button>
      </div>
      <PresentSection />
      <section className="facilitation-section" aria-labelledby="timer-title">
        <h3 id="timer-title">{t('present.timer.title')}</h3>
        <TimerFace timer={timer} size="medium" />
        <TimerControls timer={timer} />
      </section>
      {board && <NotesSection board={board} />}
      {board && <LockSection board={board} />}
      {board && <VotePanel board={board} />}
      {board && <RoomPanel boardId={board.id} />}
    </aside>
  );
}

function PresentSection() {
  const t = useT();
  const electron = useApp((s) => s.info?.transport === 'electron');
  const href = electron ? null : presenterHref();
  return (
    <section className="facilitation-section">
      <div className="button-row">
        <button type="button" className="btn primary" onClick={() => void runCommand('present.start')}>
          <MonitorPlay aria-hidden /> {t('present.startLong')}
        </button>
        {href ? (
          <a className="btn" href={href} target="_blank" rel="opener">
            <ExternalLink aria-hidden /> {t('present.openPresenter')}
          </a>
        ) : (
          // Electron opens no windows from a page: the main process opens the presenter window when asked.
          <button type="button" className="btn" onClick={() => changePresentation((s) => ({ ...s, presenterWanted: true }))}>
            <ExternalLink aria-hidden /> {t('present.openPresenter')}
          </button>
        )}
      </div>
      {href && <p className="hint">{t('present.openPresenterHint')}</p>}
    </section>
  );
}

function NotesSection({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  return (
    <section className="facilitation-section">
      <div className="field">
        <label htmlFor="board-notes">{t('present.notes')}</label>
        <CommitField
          key={board.id}
          id="board-notes"
          multiline
          rows={6}
          value={boardNotes(board)}
          maxLength={limits.text}
          aria-describedby="board-notes-hint"
          onCommit={(notes) => store.getState().run(setBoardNotes, { boardId: board.id, notes })}
        />
        <span id="board-notes-hint" className="hint">{t('present.notesHint')}</span>
      </div>
    </section>
  );
}

function LockSection({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const locked = isBoardLocked(board);
  return (
    <section className="facilitation-section">
      <button
        type="button"
        className={`btn${locked ? ' primary' : ''}`}
        aria-pressed={locked}
        onClick={() => store.getState().run(locked ? unlockBoard : lockBoard, { boardId: board.id })}
      >
        {locked ? <Lock aria-hidden /> : <LockOpen aria-hidden />} {t('present.lockBoard')}
      </button>
      <p className="hint">{locked ? t('present.lockedHint') : t('present.unlockedHint')}</p>
    </section>
  );
}

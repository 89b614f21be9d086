import { useEffect } from 'react';
import { ClipboardList, Users } from 'lucide-react';
import { useT } from '../i18n/useT.ts';
import { BoardArea } from './BoardArea.tsx';
import { BoardList } from './BoardList.tsx';
import { ActorsPanel } from './ActorsPanel.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { TopBar } from './TopBar.tsx';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { PresentLayer } from '../present/PresentLayer.tsx';
import { usePresentingWindow } from '../present/presentingWindow.ts';
import { PresentingContext } from '../state/usePresenting.ts';
import { RoomSync } from '../participants/RoomSync.tsx';
import '../participants/participants.css';

/** The workshop window: boards on the left, the chosen board (or details, or actors) in the middle. */
export function WorkshopScreen() {
  const t = useT();
  const store = useWorkshopStore();
  const view = useWorkshop((s) => s.view);
  const title = useWorkshop((s) => s.doc.meta.title);
  const fileName = useWorkshop((s) => s.fileName);
  const presenting = usePresentingWindow((s) => s.presenting);

  // The window's title bar shows the workshop and its file (Electron follows document.title).
  useEffect(() => {
    document.title = `${title || t('common.untitled')} – ${fileName} – Samkart`;
    return () => {
      document.title = 'Samkart';
    };
  }, [title, fileName, t]);

  // Closing the tab with an edit still in flight: ask the browser to warn.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (store.getState().hasUnsaved()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  const setView = store.getState().setView;
  // The kinds learn from this whether the room is watching (state/usePresenting.ts).
  return (
    <PresentingContext.Provider value={presenting}>
      <div className="workshop">
        <TopBar />
        <div className="workshop-body">
          <aside className="sidebar" aria-label={t('workshop.sections')}>
            <BoardList />
            <div className="sidebar-sections">
              <button type="button" className={`section-link${view.kind === 'details' ? ' current' : ''}`} aria-current={view.kind === 'details' ? 'page' : undefined} onClick={() => setView({ kind: 'details' })}>
                <ClipboardList aria-hidden /> {t('workshop.details')}
              </button>
              <button type="button" className={`section-link${view.kind === 'actors' ? ' current' : ''}`} aria-current={view.kind === 'actors' ? 'page' : undefined} onClick={() => setView({ kind: 'actors' })}>
                <Users aria-hidden /> {t('workshop.actors')}
              </button>
            </div>
          </aside>
          <main className="workshop-main">
            {view.kind === 'board' && <BoardArea boardId={view.boardId} />}
            {view.kind === 'details' && <DetailsPanel />}
            {view.kind === 'actors' && <ActorsPanel />}
          </main>
          <PresentLayer />
          <RoomSync />
        </div>
      </div>
    </PresentingContext.Provider>
  );
}

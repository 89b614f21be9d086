import { useEffect } from 'react';
import { api } from '../state/appStore.ts';
import './present.css';
import { EditorVoteOverlay } from './EditorVoteOverlay.tsx';
import { FacilitationPanel } from './FacilitationPanel.tsx';
import { stopPresenting } from './presentActions.ts';
import { startPresentationSync } from './presentationStore.ts';
import { usePresentingWindow } from './presentingWindow.ts';
import { PresentationOverlay } from './PresentationOverlay.tsx';
import { useTimerSignal } from './useTimerSignal.ts';

/**
 * Everything for running the room, in the workshop window: keeps the presentation state in step
 * with the presenter view, shows the facilitation panel beside the board, and the projection over
 * everything while presenting. Mounted once inside the workshop screen.
 */
export function PresentLayer() {
  const presenting = usePresentingWindow((s) => s.presenting);
  const panelOpen = usePresentingWindow((s) => s.panelOpen);
  useEffect(() => startPresentationSync(api()), []);
  // Closing the workshop while presenting ends the presentation too.
  useEffect(() => () => stopPresenting(), []);
  useTimerSignal();
  return (
    <>
      {panelOpen && !presenting && <FacilitationPanel />}
      {!presenting && <EditorVoteOverlay />}
      {presenting && <PresentationOverlay />}
    </>
  );
}

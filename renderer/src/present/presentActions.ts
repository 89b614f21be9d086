import type { BoardId } from '../../../shared/model/ids.ts';
import { slideForBoard, slidesOf, stepSlide, firstSlide, lastSlide, type Slide } from '../../../shared/present/slides.ts';
import { activeCanvas } from '../canvas/activeCanvas.ts';
import type { Camera } from '../canvas/camera.ts';
import { cameraOf, clearSelection, openContextMenu, setCamera, setEditing, setSearchOpen } from '../canvas/sessionStore.ts';
import { useApp } from '../state/appStore.ts';
import { changePresentation, presentationState } from './presentationStore.ts';
import { usePresentingWindow } from './presentingWindow.ts';

/**
 * Starting, stepping through and ending the presentation in the workshop's window. The window
 * shows the projection with its own board canvas (made full screen and read-only, see
 * PresentationOverlay); these functions only change the shared state and the window's mode.
 */

/** The class on <body> that turns the workshop window into the projection (present.css). */
export const presentingClass = 'samkart-presenting';

/** Each board's camera from before the presentation, so ending it puts the editor back as it was. */
const camerasBefore = new Map<BoardId, Camera | undefined>();

function workshop() {
  return useApp.getState().workshop;
}

function slides(): Slide[] {
  const ws = workshop();
  return ws ? slidesOf(ws.getState().doc) : [];
}

function currentSlide(): Slide | null {
  const s = presentationState();
  return s.boardId ? { boardId: s.boardId, frameId: s.frameId } : null;
}

export function canStartPresenting(): boolean {
  const ws = workshop();
  return ws !== null && !usePresentingWindow.getState().presenting && Object.keys(ws.getState().doc.boards).length > 0;
}

/** F5: the projection starts on the board the facilitator is looking at. */
export function startPresenting(): void {
  const ws = workshop();
  if (!ws || usePresentingWindow.getState().presenting) return;
  const view = ws.getState().view;
  const slide = slideForBoard(slides(), view.kind === 'board' ? view.boardId : null);
  if (!slide) return;
  // Nothing of the editor may show on the projection: no selection frame, no menu, no editor.
  clearSelection();
  setEditing(null);
  openContextMenu(null);
  setSearchOpen(false);
  camerasBefore.clear();
  usePresentingWindow.setState({ presenting: true, camera: null });
  document.body.classList.add(presentingClass);
  // In the browser, full screen needs the key press or click that got us here (without it the tab
  // still presents). Electron's main process makes the window full screen itself, on the projector
  // when there is one (electron/main/presenter.ts).
  if (useApp.getState().info?.transport !== 'electron') document.documentElement.requestFullscreen?.().catch(() => undefined);
  changePresentation((s) => ({ ...s, active: true, boardId: slide.boardId, frameId: slide.frameId, pointer: null }));
}

/** Esc, the presenter's "end" button, or leaving full screen. The editor comes back on the last board shown. */
export function stopPresenting(): void {
  if (!usePresentingWindow.getState().presenting) return;
  usePresentingWindow.setState({ presenting: false, camera: null });
  document.body.classList.remove(presentingClass);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  for (const [boardId, camera] of camerasBefore) {
    if (!camera) continue;
    setCamera(boardId, camera);
    const runtime = activeCanvas();
    if (runtime?.boardId === boardId) runtime.setCamera(camera);
  }
  camerasBefore.clear();
  if (presentationState().active) changePresentation((s) => ({ ...s, active: false, pointer: null, showSummary: false }));
}

export function goToSlide(slide: Slide | null): void {
  if (!slide) return;
  changePresentation((s) => ({ ...s, boardId: slide.boardId, frameId: slide.frameId, pointer: null }));
}

export function stepPresentation(delta: number): void {
  goToSlide(stepSlide(slides(), currentSlide(), delta));
}

export function firstPresentationSlide(): void {
  goToSlide(firstSlide(slides()));
}

export function lastPresentationSlide(): void {
  goToSlide(lastSlide(slides()));
}

/**
 * Shows a slide's camera on the projection. The board is switched in the workshop view if needed
 * (its canvas then starts at this camera); on the same board the camera moves in place. The
 * board's camera from before the presentation is kept for the way back.
 */
export function showCamera(boardId: BoardId, camera: Camera): void {
  const ws = workshop();
  if (!ws) return;
  if (!camerasBefore.has(boardId)) camerasBefore.set(boardId, cameraOf(boardId));
  usePresentingWindow.setState({ camera });
  const view = ws.getState().view;
  if (view.kind !== 'board' || view.boardId !== boardId) {
    setCamera(boardId, camera);
    ws.getState().setView({ kind: 'board', boardId });
    return;
  }
  const runtime = activeCanvas();
  if (runtime && runtime.boardId === boardId) runtime.setCamera(camera);
  else setCamera(boardId, camera);
}

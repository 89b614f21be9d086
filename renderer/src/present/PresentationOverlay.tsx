import { useEffect, useRef, useState } from 'react';
import type { Point } from '../../../shared/items/geometry.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { buildDeck } from '../../../shared/present/deck.ts';
import { presentationKeyAction } from '../../../shared/present/presentationKeys.ts';
import { slideIndex, slidesOf, slideTitle, type Slide } from '../../../shared/present/slides.ts';
import { screenToBoard } from '../canvas/camera.ts';
import { boardHasContent } from '../canvas/kindContent.ts';
import { canvasExtensionOf } from '../kinds/registry.ts';
import { isTextField } from '../commands/shortcuts.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { goToSlide, showCamera, stopPresenting } from './presentActions.ts';
import { changePresentation, presentationState, usePresentation } from './presentationStore.ts';
import { usePresentingWindow } from './presentingWindow.ts';
import { LaserPointer } from './LaserPointer.tsx';
import { captionHeight, slideCamera, summaryWidth, topBandHeight } from './slideCamera.ts';
import { ProjectionTimer } from './ProjectionTimer.tsx';
import { VoteLayer } from './VoteLayer.tsx';
import { VoteSummaryTable } from './VoteSummaryTable.tsx';
import { VoteTurnBar } from './VoteTurnBar.tsx';
import { themeVariables } from './themeVariables.ts';
import { RoomQr } from '../participants/RoomQr.tsx';

const commandOf = { next: 'present.next', previous: 'present.previous', first: 'present.first', last: 'present.last', exit: 'present.exit' } as const;

/** How often the laser pointer's position goes to the presenter view, and how long it stays after the mouse rests. */
const pointerPublishMs = 60;
const pointerIdleMs = 3000;

/**
 * The projection. The workshop window's own board canvas shows the slide (made full screen and
 * stripped of its tools by the `samkart-presenting` class, see present.css); this layer lies over
 * it and takes every pointer and key, so the room sees a read-only board: the laser pointer, the
 * timer, the vote's dots and counts, and a caption with where we are. Keys go to the presentation
 * commands; nothing reaches the editor behind.
 */
export function PresentationOverlay() {
  const t = useT();
  const store = useWorkshopStore();
  const doc = useWorkshop((s) => s.doc);
  const state = usePresentation((s) => s.state);
  const camera = usePresentingWindow((s) => s.camera);
  const turnVoterId = usePresentingWindow((s) => s.turnVoterId);
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const [localPointer, setLocalPointer] = useState<Point | null>(null);
  const slide: Slide | null = state.boardId ? { boardId: state.boardId, frameId: state.frameId } : null;
  const board = slide ? doc.boards[slide.boardId] : undefined;
  const slides = slidesOf(doc);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  // Every key goes to the presentation first. Editing shortcuts (Delete, Ctrl+Z, N for a note...)
  // must never act on the board hidden behind the projection, so nothing passes on.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const inField = isTextField(event.target);
      const action = presentationKeyAction(event);
      event.stopPropagation();
      if (event.key === 'F5') return event.preventDefault();
      if (!action || (inField && action !== 'exit')) return;
      event.preventDefault();
      if (inField) return void (event.target as HTMLElement).blur();
      void runCommand(commandOf[action]);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  // Leaving full screen (Esc in the browser takes it before the page sees it) ends the presentation.
  useEffect(() => {
    let wasFull = document.fullscreenElement !== null;
    const onChange = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // The presenter view ended the presentation.
  useEffect(() => {
    if (!state.active) stopPresenting();
  }, [state.active]);

  // A board or frame deleted while it is shown: go on from where it was.
  useEffect(() => {
    if (!slide) return;
    if (!doc.boards[slide.boardId]) goToSlide(slides[0] ?? null);
    else if (slide.frameId && !doc.items[slide.frameId]) goToSlide({ boardId: slide.boardId, frameId: null });
  });

  // What lies over the board: the slide is fitted into the rest of the screen.
  const boardOfSlide = slide ? doc.boards[slide.boardId] : undefined;
  const voteNow = boardOfSlide ? boardVote(boardOfSlide) : null;
  const topBand = state.timer.status !== 'idle' || (voteNow !== null && !voteNow.closed);
  const summaryShown = voteNow !== null && !voteNow.hidden && state.showSummary;

  // Fit the slide: on every step, when the window changes size (entering full screen does), and
  // when the timer, the turn bar or the result table come or go.
  useEffect(() => {
    if (!slide) return;
    const fit = () => {
      const size = { width: window.innerWidth, height: window.innerHeight };
      setViewport(size);
      const insets = { top: topBand ? topBandHeight : 0, right: summaryShown ? summaryWidth(size.width) + 48 : 0, bottom: captionHeight, left: 0 };
      const doc = store.getState().doc;
      const kind = doc.boards[slide.boardId]?.kind;
      showCamera(slide.boardId, slideCamera(doc, slide, size, insets, kind ? canvasExtensionOf(kind) : undefined));
    };
    // After the layout has turned into the projection.
    const frame = requestAnimationFrame(fit);
    window.addEventListener('resize', fit);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', fit);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the slide is its board and frame ids
  }, [slide?.boardId, slide?.frameId, store, topBand, summaryShown]);

  // What the presenter view shows (titles, notes, outlines) follows the document and the slide.
  useEffect(() => {
    const timer = setTimeout(() => {
      const deck = buildDeck(store.getState().doc, slide);
      if (JSON.stringify(deck) !== JSON.stringify(presentationState().deck)) changePresentation((s) => ({ ...s, deck }));
    }, 150);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  }, [doc, slide?.boardId, slide?.frameId, store]);

  // The laser pointer: drawn here at once, sent to the presenter view a few times a second.
  const publish = useRef<{ last: number; timer?: ReturnType<typeof setTimeout>; idle?: ReturnType<typeof setTimeout> }>({ last: 0 });
  useEffect(() => () => {
    clearTimeout(publish.current.timer);
    clearTimeout(publish.current.idle);
  }, []);
  const sendPointer = (point: Point | null) => {
    const p = publish.current;
    clearTimeout(p.timer);
    const send = () => {
      p.last = Date.now();
      changePresentation((s) => ({ ...s, pointer: point }));
    };
    const wait = pointerPublishMs - (Date.now() - p.last);
    if (wait <= 0 || point === null) send();
    else p.timer = setTimeout(send, wait);
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!camera || event.pointerType === 'touch') return;
    const point = screenToBoard(camera, { x: event.clientX, y: event.clientY });
    setLocalPointer(point);
    sendPointer(point);
    clearTimeout(publish.current.idle);
    publish.current.idle = setTimeout(() => {
      setLocalPointer(null);
      sendPointer(null);
    }, pointerIdleMs);
  };
  const onPointerLeave = () => {
    setLocalPointer(null);
    sendPointer(null);
  };

  const index = slideIndex(slides, slide);
  const title = slide ? slideTitle(doc, slides, slide) : null;
  const frameName = title && slide?.frameId ? title.frameTitle || t('present.frameNumbered', { n: title.frameNumber }) : '';
  // A kind's board shows its backdrop (rings, grid, the acute loop's picture) with no items at all.
  const isEmpty = board ? !boardHasContent(board, doc, canvasExtensionOf(board.kind)) : true;
  const vote = board ? boardVote(board) : null;
  const voting = vote !== null && !vote.closed;
  const regionName = title ? [title.boardName, frameName].filter(Boolean).join(' – ') : '';

  return (
    <div
      ref={ref}
      className={`presentation${turnVoterId && voting ? ' is-voting' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.region', { name: regionName })}
      tabIndex={-1}
      style={themeVariables()}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
      {!slide && <p className="presentation-empty">{t('present.noBoards')}</p>}
      {slide && isEmpty && <p className="presentation-empty">{t('present.emptyBoard')}</p>}
      {board && camera && vote && <VoteLayer board={board} camera={camera} viewport={viewport} turnVoterId={turnVoterId} />}
      {camera && <LaserPointer point={localPointer ?? state.pointer} camera={camera} />}
      <ProjectionTimer timer={state.timer} />
      <RoomQr />
      {board && voting && <VoteTurnBar board={board} />}
      {board && vote && !vote.hidden && state.showSummary && (
        <div className="presentation-summary">
          <h2>{vote.question || t('present.vote.summary')}</h2>
          <VoteSummaryTable board={board} onlyVoted limit={12} />
        </div>
      )}
      <footer className="presentation-caption">
        <span className="caption-title">
          <strong>{title?.boardName}</strong>
          {frameName && <span className="caption-frame"> – {frameName}</span>}
        </span>
        <span className="caption-hint">{t('present.exitHint')}</span>
        {index >= 0 && <span className="caption-position">{t('present.position', { n: index + 1, total: slides.length })}</span>}
      </footer>
      <p className="sr-only" aria-live="polite">
        {regionName} {index >= 0 ? t('present.position', { n: index + 1, total: slides.length }) : ''}
      </p>
    </div>
  );
}

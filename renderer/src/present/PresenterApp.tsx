import { useEffect, useRef } from 'react';
import { ChevronLeft, ChevronRight, Square } from 'lucide-react';
import { localeOf } from '../../../shared/i18n/translate.ts';
import type { DeckSlide } from '../../../shared/present/presentationState.ts';
import { presentationKeyAction } from '../../../shared/present/presentationKeys.ts';
import { useT } from '../i18n/useT.ts';
import { api, useApp } from '../state/appStore.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import './present.css';
import { MiniatureView } from './MiniatureView.tsx';
import { changePresentation, startPresentationSync, usePresentation } from './presentationStore.ts';
import { TimerControls } from './TimerControls.tsx';
import { TimerFace } from './TimerFace.tsx';
import { useNow } from './useNow.ts';
import { themeVariables } from './themeVariables.ts';
import { RoomJoined } from '../participants/RoomQr.tsx';
import { watchRoom } from '../participants/roomStore.ts';

/** How often the laser pad sends the pointer, in ms. */
const pointerPublishMs = 60;

/**
 * The presenter view: the facilitator's own screen while the room watches the projection. It has
 * no workshop open; everything comes with the shared presentation state from the workshop's
 * window (slide titles, this board's notes, outlines of this slide and the next). Stepping, the
 * timer and the laser pointer here go back the same way. In the browser host this is a second tab
 * (`#presenter`); in Electron a second window on the laptop's display.
 */
export function PresenterApp() {
  useEffect(() => watchRoom(), []);
  const t = useT();
  const state = usePresentation((s) => s.state);
  const connected = usePresentation((s) => s.connected);
  const language = useApp((s) => s.language);
  const now = useNow(true, 1000);
  const deck = state.deck;
  const index = deck ? deck.slides.findIndex((s) => s.boardId === state.boardId && s.frameId === state.frameId) : -1;
  const current = deck && index >= 0 ? deck.slides[index] : undefined;
  const next = deck && index >= 0 ? deck.slides[index + 1] : undefined;
  const live = state.active && deck !== null;

  useEffect(() => startPresentationSync(api()), []);

  useEffect(() => {
    document.title = `${t('present.presenter.title')}${deck?.title ? ` – ${deck.title}` : ''} – Samkart`;
  }, [t, deck?.title]);

  const go = (slide: DeckSlide | undefined) => {
    if (!slide) return;
    changePresentation((s) => ({ ...s, boardId: slide.boardId, frameId: slide.frameId, pointer: null }));
  };

  // A clicker plugged into the laptop talks to this window: the same keys as the projection.
  const latest = useRef({ deck, index });
  latest.current = { deck, index };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presentationKeyAction(event);
      const { deck: d, index: i } = latest.current;
      if (!action || action === 'exit' || !d || !usePresentation.getState().state.active) return;
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      event.preventDefault();
      const target = action === 'next' ? d.slides[Math.min(d.slides.length - 1, i + 1)] : action === 'previous' ? d.slides[Math.max(0, i - 1)] : action === 'first' ? d.slides[0] : d.slides.at(-1);
      if (target) changePresentation((s) => ({ ...s, boardId: target.boardId, frameId: target.frameId, pointer: null }));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const lastPointer = useRef(0);
  const pendingPointer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const point = (p: { x: number; y: number } | null) => {
    clearTimeout(pendingPointer.current);
    const send = () => {
      lastPointer.current = Date.now();
      changePresentation((s) => ({ ...s, pointer: p }));
    };
    const wait = pointerPublishMs - (Date.now() - lastPointer.current);
    if (wait <= 0 || p === null) send();
    else pendingPointer.current = setTimeout(send, wait);
  };

  const name = (slide: DeckSlide | undefined) =>
    slide ? [slide.boardName, slide.frameId ? slide.frameTitle || t('present.frameNumbered', { n: slide.frameNumber }) : ''].filter(Boolean).join(' – ') : '';
  const clock = new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(now);

  return (
    <div className="presenter" style={themeVariables()}>
      <header className="presenter-head">
        <h1>{t('present.presenter.title')}</h1>
        <span className="presenter-workshop">{deck?.title}</span>
        {live && index >= 0 && <span className="presenter-position">{t('present.position', { n: index + 1, total: deck.slides.length })}</span>}
        <span className="presenter-clock" aria-label={t('present.presenter.clock', { time: clock })}>{clock}</span>
        <LanguageSwitch />
      </header>
      {!connected && <p className="presenter-alert" role="alert">{t('present.presenter.offline')}</p>}
      {!live ? (
        <p className="presenter-waiting" role="status">{t('present.presenter.waiting')}</p>
      ) : (
        <main className="presenter-grid">
          <section className="presenter-now" aria-labelledby="presenter-now-title">
            <h2 id="presenter-now-title">
              <span className="presenter-label">{t('present.presenter.now')}:</span> {name(current)}
            </h2>
            <div className="presenter-slide">
              {deck.current && <MiniatureView miniature={deck.current} label={t('present.presenter.pointerPad')} pointer={state.pointer} onPoint={point} />}
            </div>
            <nav className="presenter-nav" aria-label={t('present.presenter.title')}>
              <button type="button" className="btn big" disabled={index <= 0} onClick={() => go(deck.slides[index - 1])}>
                <ChevronLeft aria-hidden /> {t('present.presenter.previous')}
              </button>
              <button type="button" className="btn primary big" disabled={!next} onClick={() => go(next)}>
                {t('present.presenter.forward')} <ChevronRight aria-hidden />
              </button>
              <button type="button" className="btn danger" onClick={() => changePresentation((s) => ({ ...s, active: false, pointer: null }))}>
                <Square aria-hidden /> {t('present.presenter.stop')}
              </button>
            </nav>
          </section>
          <div className="presenter-side">
            <section aria-labelledby="presenter-next-title">
              <h2 id="presenter-next-title">
                <span className="presenter-label">{t('present.presenter.next')}:</span> {next ? name(next) : t('present.presenter.end')}
              </h2>
              {next && deck.next && <MiniatureView miniature={deck.next} label={`${t('present.presenter.next')}: ${name(next)}`} />}
            </section>
            <section aria-labelledby="presenter-timer-title">
              <h2 id="presenter-timer-title">{t('present.timer.title')}</h2>
              <TimerFace timer={state.timer} size="medium" />
              <TimerControls timer={state.timer} />
            </section>
            <RoomJoined />
            <section aria-labelledby="presenter-notes-title">
              <h2 id="presenter-notes-title">{t('present.notes')}</h2>
              <div className="presenter-notes">{deck.notes.trim() ? deck.notes : <span className="hint">{t('present.noNotes')}</span>}</div>
            </section>
            {deck.vote && (
              <section aria-labelledby="presenter-vote-title">
                <h2 id="presenter-vote-title">{t('present.vote.title')}</h2>
                {deck.vote.question && <p className="strong">{deck.vote.question}</p>}
                <p>
                  {t('present.vote.totals', { dots: deck.vote.dots, voters: deck.vote.voters })}
                  {deck.vote.hidden && <> · <strong>{t('present.presenter.voteHidden')}</strong></>}
                  {deck.vote.closed && <> · {t('present.vote.closedNote')}</>}
                </p>
                {state.showSummary && <p className="hint">{t('present.presenter.summaryOnProjection')}</p>}
                {deck.vote.top.length > 0 && (
                  <ol className="presenter-vote-top">
                    {deck.vote.top.map((row, i) => (
                      <li key={i}>
                        <span>{row.label || t('present.vote.untitledItem')}</span> <strong>{t('present.vote.countOn', { n: row.count })}</strong>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            )}
          </div>
        </main>
      )}
    </div>
  );
}

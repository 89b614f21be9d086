// Types only from Electron: this module stays pure and runs in plain Node tests. The main
// process hands it the few Electron calls it needs (see PresenterDeps).
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PresentationState } from '../../shared/present/presentationState.ts';
import { secureWebPreferences, WINDOW_BACKGROUND } from './windowOptions.ts';

/**
 * The presenter view in Electron. With a projector attached, the workshop's window goes full
 * screen on the projector (the room sees the board) and a second window on the laptop's own
 * screen shows the presenter view (the next slide, the notes, the timer, the controls), like
 * PowerPoint's presenter view. With one screen the presenter window opens only on request (the
 * facilitation panel's button sets `presenterWanted`). Pages may open no windows of their own
 * (hardening.ts refuses them), so the main process opens this one when the presentation state
 * says so; both windows then stay in step through the API's presentation sync.
 */

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the main process tells us about a display (a subset of Electron's Display). */
export interface DisplayInfo {
  id: number;
  bounds: Bounds;
  workArea: Bounds;
  /** The laptop's built-in screen (Electron: `display.internal`). */
  internal: boolean;
  primary: boolean;
}

export interface DisplayPlan {
  /** Where the room looks: the workshop's window goes full screen here. */
  projector: DisplayInfo;
  /** The facilitator's own screen: the presenter window opens here. */
  laptop: DisplayInfo;
}

const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;

/**
 * Which screen is which. The laptop is the built-in screen, else the primary one, else the one
 * the workshop window is on; the projector is the largest of the others. Null with one screen.
 */
export function planDisplays(displays: readonly DisplayInfo[], workshopDisplayId: number): DisplayPlan | null {
  if (displays.length < 2) return null;
  const laptop = displays.find((d) => d.internal) ?? displays.find((d) => d.primary) ?? displays.find((d) => d.id === workshopDisplayId) ?? displays[0]!;
  const others = displays.filter((d) => d.id !== laptop.id).sort((a, b) => area(b) - area(a) || a.id - b.id);
  const projector = others[0];
  return projector ? { projector, laptop } : null;
}

/** The presenter view's address: the app's own page with `#presenter` (renderer/src/present/presenterRoute.ts). */
export function presenterUrl(entryUrl: string): string {
  const hash = entryUrl.indexOf('#');
  return `${hash >= 0 ? entryUrl.slice(0, hash) : entryUrl}#presenter`;
}

/** The presenter window: the same hardened preferences as every window, filling the laptop's work area. */
export function presenterWindowOptions(preload: string, on: Bounds | null): BrowserWindowConstructorOptions {
  return {
    // No spread: the security checklist test reads every window's options in the build.
    x: on?.x,
    y: on?.y,
    width: on?.width ?? 1280,
    height: on?.height ?? 800,
    minWidth: 800,
    minHeight: 560,
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    title: 'Samkart',
    webPreferences: secureWebPreferences(preload),
  };
}

export type PresenterStep = 'open' | 'close' | 'none';

/**
 * What the presentation state asks of the presenter window: open it when presenting with a
 * second screen or on request, close it when the presentation ends.
 */
export function presenterStep(state: Pick<PresentationState, 'active' | 'presenterWanted'>, windowOpen: boolean, displayCount: number): PresenterStep {
  if (!state.active) return windowOpen ? 'close' : 'none';
  if (windowOpen) return 'none';
  return state.presenterWanted || displayCount > 1 ? 'open' : 'none';
}

/** The little of a BrowserWindow the controller uses, so tests can pass a fake. */
export interface WindowLike {
  getBounds(): Bounds;
  setBounds(bounds: Bounds): void;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  isDestroyed(): boolean;
  close(): void;
  once(event: 'closed', listener: () => void): void;
}

export interface PresenterDeps {
  displays(): DisplayInfo[];
  /** The display a window is on (Electron: screen.getDisplayMatching(window.getBounds())). */
  displayIdOf(window: WindowLike): number;
  /** The workshop window of the client that published. */
  windowOf(clientId: string): WindowLike | undefined;
  /**
   * Creates the presenter window (one of the app's windows, so it may use the API) on the given
   * area, or a default size, with presenterWindowOptions, and loads the URL. The main process
   * builds the options itself so the security checklist test can see them at the constructor.
   */
  openPresenterWindow(on: Bounds | null, url: string): WindowLike;
  entryUrl: string;
}

/**
 * Follows the presentation state (it is the platform's `onPresentationPublished`): makes the
 * presenting window full screen (on the projector when there is one), and opens, places and
 * closes the presenter window. In Electron the renderer asks for no HTML full screen of its own
 * (renderer/src/present/presentActions.ts): the window's full screen is decided here, so moving
 * the window to the projector never looks to the page like the user leaving full screen.
 * When the presentation ends, the workshop window gets its place and size back.
 */
export function createPresenterController(deps: PresenterDeps) {
  let presenter: WindowLike | null = null;
  let presenting: { window: WindowLike; bounds: Bounds; fullScreen: boolean } | null = null;

  const isOpen = () => presenter !== null && !presenter.isDestroyed();

  function start(clientId: string): void {
    const workshop = deps.windowOf(clientId);
    if (!workshop) return;
    presenting = { window: workshop, bounds: workshop.getBounds(), fullScreen: workshop.isFullScreen() };
    const plan = planDisplays(deps.displays(), deps.displayIdOf(workshop));
    if (plan) {
      // Full screen can't move between screens: leave it, move to the projector, fill it there.
      if (workshop.isFullScreen()) workshop.setFullScreen(false);
      workshop.setBounds(plan.projector.workArea);
    }
    workshop.setFullScreen(true);
  }

  function openPresenter(): void {
    const window = presenting && !presenting.window.isDestroyed() ? presenting.window : null;
    const plan = window ? planDisplays(deps.displays(), deps.displayIdOf(window)) : null;
    // With the workshop on the projector, the laptop is the screen it is not on.
    const laptop = plan ? plan.laptop : null;
    const opened = deps.openPresenterWindow(laptop ? laptop.workArea : null, presenterUrl(deps.entryUrl));
    presenter = opened;
    opened.once('closed', () => {
      if (presenter === opened) presenter = null;
    });
  }

  function stop(): void {
    if (presenter && !presenter.isDestroyed()) presenter.close();
    presenter = null;
    const was = presenting;
    presenting = null;
    if (!was || was.window.isDestroyed()) return;
    if (!was.fullScreen) was.window.setFullScreen(false);
    was.window.setBounds(was.bounds);
  }

  return {
    onPresentationPublished(ctx: { clientId: string }, state: PresentationState): void {
      if (state.active && !presenting) start(ctx.clientId);
      const step = presenterStep(state, isOpen(), deps.displays().length);
      if (step === 'open') openPresenter();
      if (!state.active && presenting) stop();
      else if (step === 'close') stop();
    },
    /** The app is quitting or the presenting window closed. */
    close: stop,
  };
}

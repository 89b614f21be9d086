import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { initialPresentationState, type PresentationState } from '../../../shared/present/presentationState.ts';
import {
  createPresenterController,
  planDisplays,
  presenterStep,
  presenterUrl,
  presenterWindowOptions,
  type Bounds,
  type DisplayInfo,
  type WindowLike,
} from '../../../electron/main/presenter.ts';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, internal: true, primary: true };
const projector: DisplayInfo = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 }, internal: false, primary: false };

class FakeWindow implements WindowLike {
  bounds: Bounds = { x: 100, y: 100, width: 1600, height: 1000 };
  fullScreen = false;
  destroyed = false;
  private onClosed: (() => void)[] = [];
  getBounds() { return this.bounds; }
  setBounds(b: Bounds) { this.bounds = b; }
  isFullScreen() { return this.fullScreen; }
  setFullScreen(flag: boolean) { this.fullScreen = flag; }
  isDestroyed() { return this.destroyed; }
  close() { this.destroyed = true; this.onClosed.forEach((f) => f()); }
  once(_event: 'closed', listener: () => void) { this.onClosed.push(listener); }
}

const state = (patch: Partial<PresentationState>): PresentationState => ({ ...initialPresentationState(), ...patch });

describe('the presenter window in Electron (pure parts)', () => {
  it('stays free of Electron at runtime', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../../electron/main/presenter.ts'), 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^;]*from 'electron'/m);
  });

  it('puts the presentation on the projector and the presenter view on the laptop', () => {
    expect(planDisplays([projector, laptop], 1)).toEqual({ projector, laptop });
    // No built-in screen (a desktop with two monitors): the primary one is the facilitator's.
    const desk = [{ ...laptop, internal: false }, projector];
    expect(planDisplays(desk, 2)?.laptop.id).toBe(1);
    expect(planDisplays([laptop], 1)).toBeNull();
  });

  it('opens with a second screen or on request, and closes when the presentation ends', () => {
    expect(presenterStep(state({ active: true }), false, 2)).toBe('open');
    expect(presenterStep(state({ active: true }), false, 1)).toBe('none');
    expect(presenterStep(state({ active: true, presenterWanted: true }), false, 1)).toBe('open');
    expect(presenterStep(state({ active: true }), true, 2)).toBe('none');
    expect(presenterStep(state({ active: false }), true, 2)).toBe('close');
    expect(presenterStep(state({ active: false }), false, 2)).toBe('none');
  });

  it('loads the same page with #presenter, with the hardened preferences', () => {
    expect(presenterUrl('app://samkart/index.html')).toBe('app://samkart/index.html#presenter');
    expect(presenterUrl('http://localhost:5173/#x')).toBe('http://localhost:5173/#presenter');
    const options = presenterWindowOptions('/p/preload.cjs', laptop.workArea);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/p/preload.cjs' });
    expect(options).toMatchObject({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('moves the workshop window to the projector and back, and opens one presenter window', () => {
    const workshop = new FakeWindow();
    const opened: { url: string; bounds: Bounds }[] = [];
    let presenterWindow: FakeWindow | null = null;
    const controller = createPresenterController({
      displays: () => [laptop, projector],
      displayIdOf: () => 1,
      windowOf: (id) => (id === '7' ? workshop : undefined),
      openPresenterWindow(on, url) {
        opened.push({ url, bounds: on! });
        presenterWindow = new FakeWindow();
        return presenterWindow;
      },
      entryUrl: 'app://samkart/index.html',
    });
    controller.onPresentationPublished({ clientId: '7' }, state({ active: true, revision: 1 }));
    controller.onPresentationPublished({ clientId: '7' }, state({ active: true, revision: 2 }));
    expect(opened).toEqual([{ url: 'app://samkart/index.html#presenter', bounds: laptop.workArea }]);
    expect(workshop.bounds).toEqual(projector.workArea);
    expect(workshop.fullScreen).toBe(true);

    controller.onPresentationPublished({ clientId: '7' }, state({ active: false, revision: 3 }));
    expect(presenterWindow!.destroyed).toBe(true);
    expect(workshop.fullScreen).toBe(false);
    expect(workshop.bounds).toEqual({ x: 100, y: 100, width: 1600, height: 1000 });
  });

  it('with one screen: full screen while presenting, a presenter window only on request', () => {
    const workshop = new FakeWindow();
    let opened = 0;
    const controller = createPresenterController({
      displays: () => [laptop],
      displayIdOf: () => 1,
      windowOf: () => workshop,
      openPresenterWindow() {
        opened++;
        return new FakeWindow();
      },
      entryUrl: 'app://samkart/index.html',
    });
    controller.onPresentationPublished({ clientId: '7' }, state({ active: true, revision: 1 }));
    expect(workshop.fullScreen).toBe(true);
    expect(workshop.bounds).toEqual({ x: 100, y: 100, width: 1600, height: 1000 });
    expect(opened).toBe(0);
    controller.onPresentationPublished({ clientId: '7' }, state({ active: true, presenterWanted: true, revision: 2 }));
    expect(opened).toBe(1);
    controller.onPresentationPublished({ clientId: '7' }, state({ active: false, presenterWanted: true, revision: 3 }));
    expect(workshop.fullScreen).toBe(false);
  });
});

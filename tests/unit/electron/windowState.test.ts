import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, readWindowState, writeWindowState, type ScreenArea } from '../../../electron/main/windowState.ts';
import { cleanupFolders, tempFolder } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

const laptop: ScreenArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 }, primary: true };
const projector: ScreenArea = { workArea: { x: 1920, y: 0, width: 1280, height: 720 }, primary: false };

describe('the window comes back where it was', () => {
  it('keeps size, place and maximised across a restart (window.json)', () => {
    const file = join(tempFolder(), 'window.json');
    writeWindowState(file, { x: 100, y: 80, width: 1400, height: 900, maximized: true });
    const saved = readWindowState(file);
    expect(saved).toEqual({ x: 100, y: 80, width: 1400, height: 900, maximized: true });
    expect(placeWindow(saved, [laptop, projector])).toEqual({ x: 100, y: 80, width: 1400, height: 900, maximized: true });
  });

  it('opens centred at the default size the first time, and after a damaged file', () => {
    const file = join(tempFolder(), 'window.json');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"x": "left", "width": -5');
    expect(readWindowState(file)).toBeNull();
    expect(placeWindow(null, [laptop])).toEqual({ x: 160, y: 20, ...DEFAULT_SIZE, maximized: false });
  });

  it('brings a window from an unplugged projector back onto the primary screen', () => {
    const onProjector = { x: 2000, y: 50, width: 1200, height: 700, maximized: false };
    // Still there: kept on the projector, moved up just enough to fit its 720 px.
    expect(placeWindow(onProjector, [laptop, projector])).toEqual({ x: 2000, y: 20, width: 1200, height: 700, maximized: false });
    const placed = placeWindow(onProjector, [laptop]);
    expect(placed).toEqual({ x: 360, y: 170, width: 1200, height: 700, maximized: false });
  });

  it('shrinks a window larger than its screen, but not below the minimum where the screen has room', () => {
    const huge = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(placeWindow(huge, [laptop])).toMatchObject({ x: 0, y: 0, width: 1920, height: 1040 });
    const tiny = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(placeWindow(tiny, [laptop])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('pulls a window half off the screen edge fully onto it', () => {
    const hanging = { x: 1500, y: 600, width: 1200, height: 800, maximized: false };
    expect(placeWindow(hanging, [laptop])).toEqual({ x: 720, y: 240, width: 1200, height: 800, maximized: false });
  });

  it('offsets a second window so it does not hide the first', () => {
    const saved = { x: 100, y: 80, width: 1400, height: 900, maximized: false };
    expect(placeWindow(saved, [laptop], 32)).toMatchObject({ x: 132, y: 112 });
  });
});

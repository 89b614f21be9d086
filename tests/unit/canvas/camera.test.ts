import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  centreOn,
  clampZoom,
  fitRect,
  maxZoom,
  minZoom,
  panToReveal,
  screenToBoard,
  stepZoom,
  visibleRect,
  wheelZoomFactor,
  zoomAt,
  zoomPercent,
} from '../../../renderer/src/canvas/camera.ts';

const viewport = { width: 1600, height: 900 };

describe('camera', () => {
  it('converts between screen and board both ways', () => {
    const camera = { x: 120, y: -40, zoom: 2 };
    const p = { x: 33, y: 77 };
    expect(screenToBoard(camera, boardToScreen(camera, p))).toEqual(p);
    expect(boardToScreen(camera, { x: 0, y: 0 })).toEqual({ x: 120, y: -40 });
  });

  it('zooming about the pointer keeps the board point under it', () => {
    const camera = { x: 100, y: 50, zoom: 1 };
    const anchor = { x: 640, y: 360 };
    const under = screenToBoard(camera, anchor);
    const zoomed = zoomAt(camera, anchor, 2.5);
    expect(zoomed.zoom).toBe(2.5);
    const after = screenToBoard(zoomed, anchor);
    expect(after.x).toBeCloseTo(under.x, 9);
    expect(after.y).toBeCloseTo(under.y, 9);
  });

  it('keeps zoom within 5 % and 800 %, and mends nonsense', () => {
    expect(clampZoom(100)).toBe(maxZoom);
    expect(clampZoom(0)).toBe(minZoom);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(zoomAt({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0 }, 0.0001).zoom).toBe(minZoom);
  });

  it('+ and − walk round steps, from any zoom to the neighbouring step', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.1, 1)).toBe(1.25);
    expect(stepZoom(1.1, -1)).toBe(1);
    expect(stepZoom(maxZoom, 1)).toBe(maxZoom);
    expect(stepZoom(minZoom, -1)).toBe(minZoom);
  });

  it('wheel zoom is even: in and out by the same delta cancel out', () => {
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(-50)).toBeGreaterThan(1);
    // A mouse's line mode is scaled to pixels and capped, so one notch never jumps wildly.
    expect(wheelZoomFactor(3, 1)).toBe(wheelZoomFactor(48));
    expect(wheelZoomFactor(10_000)).toBe(wheelZoomFactor(100));
  });

  it('fits a rect centred with padding, never beyond the maximum fit zoom', () => {
    const wide = fitRect({ x: 0, y: 0, w: 3000, h: 500 }, viewport, { padding: 50 });
    expect(wide.zoom).toBeCloseTo(1500 / 3000);
    const view = visibleRect(wide, viewport);
    expect(view.x + view.w / 2).toBeCloseTo(1500);
    expect(view.y + view.h / 2).toBeCloseTo(250);
    expect(fitRect({ x: 10, y: 10, w: 100, h: 50 }, viewport).zoom).toBe(1);
    expect(fitRect({ x: 10, y: 10, w: 100, h: 50 }, viewport, { maxFitZoom: 2 }).zoom).toBe(2);
  });

  it('reveals an item off screen with the smallest pan, and leaves a visible one alone', () => {
    const camera = { x: 0, y: 0, zoom: 1 };
    expect(panToReveal(camera, { x: 100, y: 100, w: 50, h: 50 }, viewport)).toEqual(camera);
    const moved = panToReveal(camera, { x: 1700, y: 100, w: 100, h: 50 }, viewport, 40);
    expect(moved.zoom).toBe(1);
    const view = visibleRect(moved, viewport);
    expect(view.x + view.w).toBeCloseTo(1840);
    expect(view.y).toBeCloseTo(0);
    // Too big to fit: centred instead.
    const huge = panToReveal(camera, { x: 0, y: 0, w: 4000, h: 100 }, viewport);
    expect(huge).toEqual(centreOn({ x: 2000, y: 50 }, viewport, 1));
  });

  it('shows the level as people read it', () => {
    expect(zoomPercent(0.333)).toBe(33);
    expect(zoomPercent(1)).toBe(100);
  });
});

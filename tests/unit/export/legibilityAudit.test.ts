import { describe, expect, it } from 'vitest';
import type { Drawing, PathShape, TextShape } from '../../../renderer/src/export/drawing/drawing.ts';
import { auditDrawing, isTruncated, roleOf } from '../../../renderer/src/export/legibility/audit.ts';

/** The legibility audit (issue 15) on small hand-made drawings: each count can go up and down. */

function text(t: string, x: number, y: number, size = 20, width = t.length * size * 0.5): TextShape {
  return {
    kind: 'text', text: t, matrix: [1, 0, 0, 1, 0, 0], x, y, align: 'left', direction: 'ltr',
    font: { family: 'Atkinson', size, weight: 400, italic: false }, fill: { colour: '#000000', alpha: 1 },
    width, ascent: size * 0.8, descent: size * 0.2, squeeze: 1, shadow: null, clip: null,
  };
}

function box(x: number, y: number, w: number, h: number): PathShape {
  return {
    kind: 'path', fill: { colour: '#ffffff', alpha: 1, rule: 'nonzero' }, stroke: null, shadow: null, clip: null,
    path: [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }],
  };
}

function line(x0: number, y0: number, x1: number, y1: number): PathShape {
  return {
    kind: 'path', fill: null, shadow: null, clip: null, path: [{ op: 'M', x: x0, y: y0 }, { op: 'L', x: x1, y: y1 }],
    stroke: { colour: '#000000', alpha: 1, width: 2, dash: [], dashOffset: 0, cap: 'butt', join: 'miter', miterLimit: 10 },
  };
}

const drawing = (...shapes: Drawing['shapes']): Drawing => ({ shapes, bounds: { x: 0, y: 0, w: 1000, h: 1000 } });

describe('the legibility audit', () => {
  it('measures text in the target units: font size × scale, smallest per role', () => {
    const figures = auditDrawing(drawing(text('Tittel', 0, 40, 40), text('Etikett', 0, 100, 24), text('fotnote', 0, 200, 10)), 0.5, 14);
    expect(figures.smallest).toEqual({ primary: 20, secondary: 12, other: 5 });
    expect(figures.belowFloor).toBe(2);
    expect(roleOf(30, 40)).toBe('primary');
    expect(roleOf(10, 40)).toBe('other');
  });

  it('counts texts cut short with an ellipsis or an overflow counter, not whole texts', () => {
    expect(isTruncated('Kjenner ikke pasienten og har ikke…')).toBe(true);
    expect(isTruncated('+1')).toBe(true);
    expect(isTruncated('Snåase – Snåsa')).toBe(false);
    expect(auditDrawing(drawing(text('får vite det på …', 0, 50), text('+2', 0, 100), text('Hjemme', 0, 150)), 1, 14).truncated).toBe(2);
  });

  it('counts overlapping texts, but not the lines of one label nor a halo drawn under a text', () => {
    const stacked = auditDrawing(drawing(text('første linje', 0, 20), text('andre linje', 0, 44)), 1, 14);
    expect(stacked.overlaps).toBe(0);
    const halo = auditDrawing(drawing(text('Ansvarsgrupper', 10, 20), text('Ansvarsgrupper', 10, 20)), 1, 14);
    expect(halo.overlaps).toBe(0);
    const clash = auditDrawing(drawing(text('Ansvarsgrupper', 0, 20), text('Lite etterspurt', 40, 26)), 1, 14);
    expect(clash.overlaps).toBe(1);
  });

  it('counts a line through a chip, not one that ends in it', () => {
    const chip = [box(100, 100, 200, 60), text('Stjørdal DPS', 120, 140)] as const;
    expect(auditDrawing(drawing(...chip, line(0, 130, 500, 130)), 1, 14).linesThrough).toBeGreaterThan(0);
    expect(auditDrawing(drawing(...chip, line(0, 130, 200, 130)), 1, 14).linesThrough).toBe(0);
    expect(auditDrawing(drawing(...chip, line(0, 400, 500, 400)), 1, 14).linesThrough).toBe(0);
  });
});

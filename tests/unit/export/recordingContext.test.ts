import { describe, expect, it } from 'vitest';
import type { PathCommand, PathShape, TextShape } from '../../../renderer/src/export/drawing/drawing.ts';
import { RecordingContext } from '../../../renderer/src/export/drawing/recordingContext.ts';
import { parseCssColour } from '../../../renderer/src/export/drawing/cssColour.ts';
import { parseCanvasFont } from '../../../renderer/src/export/drawing/canvasFont.ts';
import { nodeEnvironment } from './nodeDrawing.ts';

/*
 * The recorder stands in for the canvas's 2D context while a board draws itself; what it writes
 * down must be what the canvas would have painted: the same geometry (transforms applied when a
 * point is added, arcs as curves on the circle), the same text at the same baseline, the same
 * colours and clips.
 */

const record = (draw: (ctx: CanvasRenderingContext2D) => void) => {
  const rec = new RecordingContext(nodeEnvironment);
  draw(rec as unknown as CanvasRenderingContext2D);
  return rec.drawing();
};

/** Every on-curve point of a path. */
const points = (path: readonly PathCommand[]) => path.flatMap((c) => (c.op === 'Z' ? [] : [{ x: c.x, y: c.y }]));

describe('recording a 2D context', () => {
  it('transforms points when they are added, as the canvas does (an arrow head traced under a rotation that is restored before the fill)', () => {
    const d = record((ctx) => {
      ctx.save();
      ctx.translate(100, 50);
      ctx.rotate(Math.PI / 2);
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(-10, 5);
      ctx.lineTo(-10, -5);
      ctx.closePath();
      ctx.restore();
      ctx.fillStyle = '#0b1f33';
      ctx.fill();
    });
    const shape = d.shapes[0] as PathShape;
    const p = points(shape.path);
    expect(p[0]!.x).toBeCloseTo(100);
    expect(p[0]!.y).toBeCloseTo(50);
    // (-10, 5) turned a quarter clockwise is (-5, -10).
    expect(p[1]!.x).toBeCloseTo(95);
    expect(p[1]!.y).toBeCloseTo(40);
    expect(shape.fill).toEqual({ colour: '#0b1f33', alpha: 1, rule: 'nonzero' });
    expect(d.bounds).toEqual({ x: 95, y: 40, w: 10, h: 10 });
  });

  it('turns arcs and rounded corners into curves that stay on the circle', () => {
    const d = record((ctx) => {
      ctx.beginPath();
      ctx.arc(50, 50, 40, 0, Math.PI * 2);
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(10, 0);
      ctx.arcTo(100, 0, 100, 100, 10);
      ctx.lineTo(100, 100);
      ctx.stroke();
    });
    const circle = d.shapes[0] as PathShape;
    expect(circle.path.filter((c) => c.op === 'C')).toHaveLength(4);
    let previous = { x: 0, y: 0 };
    for (const c of circle.path) {
      if (c.op === 'Z') continue;
      expect(Math.hypot(c.x - 50, c.y - 50)).toBeCloseTo(40, 6);
      if (c.op === 'C') {
        // The curve's middle is on the circle too (a cubic per quarter turn is within 0.03 % of it).
        const mid = { x: (previous.x + 3 * c.x1 + 3 * c.x2 + c.x) / 8, y: (previous.y + 3 * c.y1 + 3 * c.y2 + c.y) / 8 };
        expect(Math.abs(Math.hypot(mid.x - 50, mid.y - 50) - 40)).toBeLessThan(0.02);
      }
      previous = c;
    }
    const corner = points((d.shapes[1] as PathShape).path);
    // The rounded corner goes from the tangent point on the top edge to the one on the right edge.
    expect(corner).toContainEqual({ x: 90, y: 0 });
    expect(corner.some((p) => Math.abs(p.x - 100) < 1e-9 && Math.abs(p.y - 10) < 1e-9)).toBe(true);
  });

  it('records text at its alphabetic baseline with its anchor, font, colour and the width the screen measured', () => {
    const d = record((ctx) => {
      ctx.font = '800 28px "Atkinson Hyperlegible Next", system-ui, sans-serif';
      ctx.fillStyle = 'rgba(11, 31, 51, 0.5)';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.translate(10, 20);
      ctx.fillText('Stjørdal DPS', 100, 40);
    });
    const text = d.shapes[0] as TextShape;
    expect(text.text).toBe('Stjørdal DPS');
    expect(text.font).toEqual({ family: '"Atkinson Hyperlegible Next", system-ui, sans-serif', size: 28, weight: 800, italic: false });
    expect(text.align).toBe('center');
    expect(text.fill).toEqual({ colour: '#0b1f33', alpha: 0.5 });
    expect(text.matrix).toEqual([1, 0, 0, 1, 10, 20]);
    expect(text.y).toBeCloseTo(40 + nodeEnvironment.baselineShift(ctx28, 'middle'));
    expect(text.width).toBeCloseTo(nodeEnvironment.measureText(ctx28, 'Stjørdal DPS').width);
    // Bounds: centred on x = 110 in board units.
    expect(d.bounds!.x + d.bounds!.w / 2).toBeCloseTo(110);
  });

  it('resolves start and end by the direction, and squeezes text drawn with a maximum width', () => {
    const d = record((ctx) => {
      ctx.font = '20px sans-serif';
      ctx.direction = 'rtl';
      ctx.textAlign = 'start';
      ctx.fillText('שלום', 200, 10);
      ctx.direction = 'ltr';
      ctx.textAlign = 'end';
      ctx.fillText('Et veldig langt navn på en tjeneste', 200, 40, 50);
    });
    const [rtl, squeezed] = d.shapes as TextShape[];
    expect(rtl!.align).toBe('right');
    expect(rtl!.direction).toBe('rtl');
    expect(squeezed!.align).toBe('right');
    expect(squeezed!.width * squeezed!.squeeze).toBeCloseTo(50);
  });

  it('multiplies global alpha into colours, draws nothing fully transparent, and keeps state per save/restore', () => {
    const d = record((ctx) => {
      ctx.save();
      ctx.globalAlpha = 0.5;
      ctx.fillStyle = '#ff000080';
      ctx.fillRect(0, 0, 10, 10);
      ctx.fillStyle = 'transparent';
      ctx.fillRect(20, 0, 10, 10);
      ctx.restore();
      ctx.fillStyle = '#fff';
      ctx.fillRect(40, 0, 10, 10);
    });
    expect(d.shapes).toHaveLength(2);
    expect((d.shapes[0] as PathShape).fill!.alpha).toBeCloseTo(0.5 * (128 / 255));
    expect((d.shapes[1] as PathShape).fill).toEqual({ colour: '#ffffff', alpha: 1, rule: 'nonzero' });
  });

  it('scales line widths and dashes with the transform they are stroked under', () => {
    const d = record((ctx) => {
      ctx.scale(2, 2);
      ctx.setLineDash([6, 3]);
      ctx.lineWidth = 1.5;
      ctx.lineCap = 'round';
      ctx.strokeStyle = '#5b6b7b';
      ctx.strokeRect(0, 0, 10, 10);
    });
    const stroke = (d.shapes[0] as PathShape).stroke!;
    expect(stroke.width).toBe(3);
    expect(stroke.dash).toEqual([12, 6]);
    expect(stroke.cap).toBe('round');
  });

  it('nests clips and leaves out what lies wholly outside them', () => {
    const d = record((ctx) => {
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, 0, 100, 100);
      ctx.clip();
      ctx.save();
      ctx.beginPath();
      ctx.rect(50, 50, 100, 100);
      ctx.clip();
      ctx.fillRect(60, 60, 10, 10);
      ctx.restore();
      ctx.fillRect(200, 200, 10, 10); // outside the first clip: not drawn
      ctx.fillRect(90, 90, 40, 40); // partly inside: drawn, bounds cut to the clip
      ctx.restore();
    });
    expect(d.shapes).toHaveLength(2);
    const [inner, partly] = d.shapes as PathShape[];
    expect(inner!.clip!.parent).toBe(partly!.clip);
    expect(partly!.clip!.parent).toBeNull();
    expect(d.bounds).toEqual({ x: 60, y: 60, w: 40, h: 40 });
  });

  it('reads the colours and fonts the canvas code writes', () => {
    expect(parseCssColour('#0B1F33')).toEqual({ colour: '#0b1f33', alpha: 1 });
    expect(parseCssColour('#abc')).toEqual({ colour: '#aabbcc', alpha: 1 });
    expect(parseCssColour('rgba(255,255,255,0.55)')).toEqual({ colour: '#ffffff', alpha: 0.55 });
    expect(parseCssColour('rgb(11 31 51 / 50%)')).toEqual({ colour: '#0b1f33', alpha: 0.5 });
    expect(parseCssColour('black')).toEqual({ colour: '#000000', alpha: 1 });
    expect(parseCssColour('papayawhip')).toBeNull();
    expect(parseCanvasFont('italic normal 18px \'Atkinson Hyperlegible Next\', sans-serif')).toEqual({ family: "'Atkinson Hyperlegible Next', sans-serif", size: 18, weight: 400, italic: true });
    expect(parseCanvasFont('normal 700 normal 32px Arial')).toMatchObject({ weight: 700, size: 32, italic: false });
  });
});

const ctx28 = '800 28px "Atkinson Hyperlegible Next", system-ui, sans-serif';

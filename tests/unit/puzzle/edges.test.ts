import { describe, expect, it } from 'vitest';
import { complement, looseEdges, pieceEdges, type PieceEdges } from '../../../shared/kinds/puzzle/edges.ts';
import { bezierPoint, edgePath, knobDepth, knobUnit, pathToSvg, piecePath, pieceTextBox } from '../../../shared/kinds/puzzle/piecePath.ts';
import type { Point } from '../../../shared/items/geometry.ts';

const sizes = Array.from({ length: 8 }, (_, i) => i + 1);

describe('pieceEdges', () => {
  it('for every grid from 1×1 to 8×8: neighbours are complementary and the border is flat', () => {
    for (const rows of sizes) {
      for (const cols of sizes) {
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const e = pieceEdges(r, c, rows, cols);
            const where = `${rows}×${cols} (${r},${c})`;
            // The border of the board is straight, and only the border.
            expect(e.top === 'flat', where).toBe(r === 0);
            expect(e.bottom === 'flat', where).toBe(r === rows - 1);
            expect(e.left === 'flat', where).toBe(c === 0);
            expect(e.right === 'flat', where).toBe(c === cols - 1);
            if (c + 1 < cols) {
              const right = pieceEdges(r, c + 1, rows, cols);
              expect(right.left, where).toBe(complement(e.right));
              expect([e.right, right.left].sort(), where).toEqual(['blank', 'tab']);
            }
            if (r + 1 < rows) {
              const below = pieceEdges(r + 1, c, rows, cols);
              expect(below.top, where).toBe(complement(e.bottom));
              expect([e.bottom, below.top].sort(), where).toEqual(['blank', 'tab']);
            }
          }
        }
      }
    }
  });

  it('a 1×1 grid is one piece with four flat edges', () => {
    expect(pieceEdges(0, 0, 1, 1)).toEqual({ top: 'flat', right: 'flat', bottom: 'flat', left: 'flat' });
  });

  it('depends on the position only, not on the size of the grid beyond the border', () => {
    // An inner piece keeps its edges when the grid grows; only the border changes.
    expect(pieceEdges(1, 1, 3, 3)).toEqual(pieceEdges(1, 1, 8, 8));
  });

  it('alternates along a row, so the pieces look like a jigsaw, not bricks', () => {
    const row = [0, 1, 2, 3].map((c) => pieceEdges(0, c, 3, 5).right);
    expect(row).toEqual(['tab', 'blank', 'tab', 'blank']);
  });

  it('refuses a slot outside the grid', () => {
    expect(() => pieceEdges(4, 0, 4, 4)).toThrow(RangeError);
    expect(() => pieceEdges(0, -1, 4, 4)).toThrow(RangeError);
  });

  it('gives a loose piece the classic look: blanks top and left, tabs right and bottom', () => {
    expect(looseEdges).toEqual({ top: 'blank', right: 'tab', bottom: 'tab', left: 'blank' });
  });
});

/** Points along an edge, in board coordinates, sampled along its curves. */
function samples(side: 'top' | 'right' | 'bottom' | 'left', edges: PieceEdges, w: number, h: number, dx: number, dy: number, reverse = false): Point[] {
  const path = edgePath(side, edges[side], w, h);
  const points: Point[] = [];
  let from = path.start;
  for (const seg of path.segments) {
    for (let i = 0; i <= 10; i++) {
      const t = i / 10;
      const p = seg.op === 'C' ? bezierPoint(from, seg.c1, seg.c2, { x: seg.x, y: seg.y }, t) : { x: from.x + (seg.x - from.x) * t, y: from.y + (seg.y - from.y) * t };
      points.push({ x: p.x + dx, y: p.y + dy });
    }
    from = { x: seg.x, y: seg.y };
  }
  return reverse ? points.reverse() : points;
}

function expectSameCurve(a: Point[], b: Point[]) {
  expect(a.length).toBe(b.length);
  a.forEach((p, i) => {
    expect(p.x).toBeCloseTo(b[i]!.x, 6);
    expect(p.y).toBeCloseTo(b[i]!.y, 6);
  });
}

describe('piece outlines interlock', () => {
  for (const [w, h] of [[360, 240], [240, 360], [200, 200]] as const) {
    it(`a tab is exactly the neighbour's blank, for ${w} × ${h} slots in grids up to 5×5`, () => {
      for (const rows of [1, 2, 3, 5]) {
        for (const cols of [1, 2, 4, 5]) {
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
              const e = pieceEdges(r, c, rows, cols);
              if (c + 1 < cols) {
                const n = pieceEdges(r, c + 1, rows, cols);
                // The right edge runs down, the neighbour's left edge runs up: the same curve backwards.
                expectSameCurve(samples('right', e, w, h, c * w, r * h), samples('left', n, w, h, (c + 1) * w, r * h, true));
              }
              if (r + 1 < rows) {
                const n = pieceEdges(r + 1, c, rows, cols);
                expectSameCurve(samples('bottom', e, w, h, c * w, r * h), samples('top', n, w, h, c * w, (r + 1) * h, true));
              }
            }
          }
        }
      }
    });
  }

  it('tabs reach out of the box and blanks cut into it by the knob depth, no further', () => {
    const w = 360;
    const h = 240;
    const depth = knobDepth(w, h);
    expect(depth).toBeCloseTo(2.5 * knobUnit(w, h));
    const tab = samples('right', { top: 'flat', right: 'tab', bottom: 'flat', left: 'flat' }, w, h, 0, 0);
    const blank = samples('right', { top: 'flat', right: 'blank', bottom: 'flat', left: 'flat' }, w, h, 0, 0);
    const tabReach = Math.max(...tab.map((p) => p.x)) - w;
    const blankReach = w - Math.min(...blank.map((p) => p.x));
    expect(tabReach).toBeGreaterThan(depth * 0.95);
    expect(tabReach).toBeLessThanOrEqual(depth + 1e-9);
    expect(blankReach).toBeCloseTo(tabReach, 9);
    // The knob sits in the middle of the edge and leaves the corners square.
    for (const p of tab) if (p.y < h * 0.25 || p.y > h * 0.75) expect(Math.abs(p.x - w)).toBeLessThan(0.5 * knobUnit(w, h));
  });

  it('is a closed path of Bézier curves, also as an SVG path', () => {
    const path = piecePath(360, 240, pieceEdges(1, 1, 3, 3));
    expect(path[0]).toEqual({ op: 'M', x: 0, y: 0 });
    expect(path.at(-1)).toEqual({ op: 'Z' });
    expect(path.filter((c) => c.op === 'C')).toHaveLength(12);
    const d = pathToSvg(path, 10, 20);
    expect(d.startsWith('M10 20 C')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    // A border piece has straight edges where the board ends.
    const corner = piecePath(360, 240, pieceEdges(0, 0, 3, 3));
    expect(corner.filter((c) => c.op === 'L')).toHaveLength(2);
  });

  it('keeps the label clear of blanks', () => {
    const w = 360;
    const h = 240;
    const box = pieceTextBox(w, h, { top: 'blank', right: 'flat', bottom: 'tab', left: 'blank' }, 10);
    expect(box.x).toBeCloseTo(10 + knobDepth(w, h));
    expect(box.y).toBeCloseTo(10 + knobDepth(w, h));
    expect(box.x + box.w).toBeCloseTo(w - 10);
    expect(box.y + box.h).toBeLessThan(h - 10);
  });
});

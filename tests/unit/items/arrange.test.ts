import { describe, expect, it } from 'vitest';
import { alignItems, distributeItems } from '../../../shared/items/arrange.ts';
import { item } from './fixtures.ts';

const kommune = item('note', 'kommune', { x: 0, y: 0, w: 160, h: 100 });
const dps = item('note', 'dps', { x: 300, y: 50, w: 160, h: 60 });
const bup = item('note', 'bup', { x: 120, y: 300, w: 100, h: 100 });

describe('align', () => {
  it('lines up left edges on the leftmost', () => {
    expect(alignItems([kommune, dps, bup], 'left')).toEqual([
      { id: dps.id, x: 0, y: 50 },
      { id: bup.id, x: 0, y: 300 },
    ]);
  });

  it('centres on the selection’s centre line and aligns bottoms', () => {
    expect(alignItems([kommune, dps], 'center')).toEqual([
      { id: kommune.id, x: 150, y: 0 },
      { id: dps.id, x: 150, y: 50 },
    ]);
    expect(alignItems([kommune, dps, bup], 'bottom').map((p) => p.y)).toEqual([300, 340]);
    // Union spans y 0–110: both middles go to 55.
    expect(alignItems([kommune, dps], 'middle')).toEqual([
      { id: kommune.id, x: 0, y: 5 },
      { id: dps.id, x: 300, y: 25 },
    ]);
  });

  it('aligns what the user sees: a turned note by its rotated bounds', () => {
    const turned = item('note', 'turned', { x: 200, y: 0, w: 160, h: 100, rotation: 90 });
    const [moved] = alignItems([kommune, turned], 'right');
    expect(moved!.id).toBe(kommune.id);
    expect(moved!.x).toBeCloseTo(230 + 100 - 160);
  });

  it('does nothing for one item', () => {
    expect(alignItems([kommune], 'left')).toEqual([]);
  });
});

describe('distribute', () => {
  it('makes equal gaps between neighbours and keeps the outermost in place', () => {
    const a = item('note', 'a', { x: 0, y: 0, w: 100, h: 100 });
    const b = item('note', 'b', { x: 130, y: 0, w: 100, h: 100 });
    const c = item('note', 'c', { x: 500, y: 0, w: 100, h: 100 });
    expect(distributeItems([c, a, b], 'horizontal')).toEqual([{ id: b.id, x: 250, y: 0 }]);
  });

  it('works vertically with differing heights', () => {
    const a = item('note', 'a', { x: 0, y: 0, w: 100, h: 50 });
    const b = item('note', 'b', { x: 0, y: 60, w: 100, h: 150 });
    const c = item('note', 'c', { x: 0, y: 400, w: 100, h: 100 });
    // Span 0–500, heights 300, so two gaps of 100.
    expect(distributeItems([a, b, c], 'vertical')).toEqual([{ id: b.id, x: 0, y: 150 }]);
  });

  it('needs at least three items', () => {
    expect(distributeItems([kommune, dps], 'horizontal')).toEqual([]);
  });
});

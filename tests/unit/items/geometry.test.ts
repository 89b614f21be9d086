import { describe, expect, it } from 'vitest';
import {
  borderPoint,
  connectorPath,
  elbowPoints,
  frameAt,
  itemBounds,
  pointInRect,
  rectContains,
  rectFromCorners,
  rectsIntersect,
  rotatedBounds,
  unionBounds,
} from '../../../shared/items/geometry.ts';
import type { ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { id, item } from './fixtures.ts';

const lookupOf = (items: Item[]) => (key: ItemId) => items.find((i) => i.id === key);

describe('bounds', () => {
  it('turns a 160×100 note by 90° into a 100×160 box about the same centre', () => {
    const b = rotatedBounds({ x: 0, y: 0, w: 160, h: 100 }, 90);
    expect(b.x).toBeCloseTo(30);
    expect(b.y).toBeCloseTo(-30);
    expect(b.w).toBeCloseTo(100);
    expect(b.h).toBeCloseTo(160);
  });

  it('grows the box of a note turned 45°', () => {
    const b = itemBounds(item('note', 'skew', { w: 100, h: 100, rotation: 45 }));
    expect(b.w).toBeCloseTo(100 * Math.SQRT2);
    expect(b.x + b.w / 2).toBeCloseTo(50);
  });

  it('unions rects and returns null for none', () => {
    expect(unionBounds([{ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: -5, w: 5, h: 5 }])).toEqual({ x: 0, y: -5, w: 25, h: 15 });
    expect(unionBounds([])).toBeNull();
  });

  it('tests points, overlaps and containment for marquee and culling', () => {
    const viewport = { x: 0, y: 0, w: 1920, h: 1080 };
    expect(pointInRect({ x: 1920, y: 0 }, viewport)).toBe(true);
    expect(pointInRect({ x: 1921, y: 0 }, viewport)).toBe(false);
    expect(rectsIntersect(viewport, { x: 1900, y: 1000, w: 160, h: 100 })).toBe(true);
    expect(rectsIntersect(viewport, { x: 2000, y: 0, w: 160, h: 100 })).toBe(false);
    expect(rectContains(viewport, { x: 10, y: 10, w: 160, h: 100 })).toBe(true);
    expect(rectContains(viewport, { x: 1900, y: 10, w: 160, h: 100 })).toBe(false);
    expect(rectFromCorners({ x: 100, y: 50 }, { x: 20, y: 10 })).toEqual({ x: 20, y: 10, w: 80, h: 40 });
  });
});

describe('connector ends on borders', () => {
  const rect = { x: 0, y: 0, w: 200, h: 100 };

  it('meets a rectangle on its side', () => {
    expect(borderPoint('rect', rect, 0, { x: 500, y: 50 })).toEqual({ x: 200, y: 50 });
    expect(borderPoint('rect', rect, 0, { x: 100, y: -300 })).toEqual({ x: 100, y: 0 });
    const corner = borderPoint('rect', rect, 0, { x: 300, y: 150 });
    expect(corner.x).toBeCloseTo(200);
    expect(corner.y).toBeCloseTo(100);
  });

  it('meets an ellipse and a diamond on their curves', () => {
    const diagonal = { x: 200, y: 100 };
    const e = borderPoint('ellipse', rect, 0, diagonal);
    expect(((e.x - 100) / 100) ** 2 + ((e.y - 50) / 50) ** 2).toBeCloseTo(1);
    const d = borderPoint('diamond', rect, 0, diagonal);
    expect(Math.abs(d.x - 100) / 100 + Math.abs(d.y - 50) / 50).toBeCloseTo(1);
    expect(d).toEqual({ x: 150, y: 75 });
  });

  it('follows rotation and falls back to the centre for a degenerate ray', () => {
    const turned = borderPoint('rect', rect, 90, { x: 100, y: 500 });
    expect(turned.x).toBeCloseTo(100);
    expect(turned.y).toBeCloseTo(150);
    expect(borderPoint('rect', rect, 0, { x: 100, y: 50 })).toEqual({ x: 100, y: 50 });
  });

  it('draws a straight connector between the facing borders of two notes', () => {
    const dps = item('note', 'dps', { x: 0, y: 0, w: 160, h: 100, props: { text: 'HNT Stjørdal DPS' } });
    const nav = item('shape', 'nav', { x: 400, y: 0, w: 160, h: 100, props: { shape: 'ellipse', text: 'NAV Stjørdal' } });
    const arrow = item('connector', 'arrow', { props: { fromId: dps.id, toId: nav.id } });
    expect(connectorPath(arrow, lookupOf([dps, nav]))).toEqual([{ x: 160, y: 50 }, { x: 400, y: 50 }]);
  });

  it('keeps an unattached end at its point and ignores ends on missing items', () => {
    const dps = item('note', 'dps', { x: 0, y: 0, w: 160, h: 100 });
    const arrow = item('connector', 'arrow', { props: { fromId: dps.id, toId: id('gone'), toPoint: { x: 80, y: 400 } } });
    expect(connectorPath(arrow, lookupOf([dps]))).toEqual([{ x: 80, y: 100 }, { x: 80, y: 400 }]);
    expect(itemBounds(arrow, lookupOf([dps]))).toEqual({ x: 80, y: 100, w: 0, h: 300 });
  });

  it('routes an elbow out of the facing sides', () => {
    const a = item('note', 'a', { x: 0, y: 0, w: 100, h: 100 });
    const b = item('note', 'b', { x: 300, y: 200, w: 100, h: 100 });
    const elbow = item('connector', 'elbow', { props: { fromId: a.id, toId: b.id, routing: 'elbow' } });
    expect(connectorPath(elbow, lookupOf([a, b]))).toEqual([
      { x: 100, y: 50 },
      { x: 200, y: 50 },
      { x: 200, y: 250 },
      { x: 300, y: 250 },
    ]);
    expect(elbowPoints({ x: 0, y: 0 }, { x: 100, y: 0 }, 'horizontal')).toHaveLength(2);
    expect(elbowPoints({ x: 0, y: 0 }, { x: 50, y: 100 }, 'vertical')).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 50, y: 50 },
      { x: 50, y: 100 },
    ]);
  });
});

describe('dropping into frames', () => {
  it('finds the front-most frame under the dropped item’s centre', () => {
    const back = item('frame', 'samling1', { x: 0, y: 0, w: 800, h: 600, z: 0 });
    const front = item('frame', 'gruppe', { x: 100, y: 100, w: 300, h: 300, z: 1 });
    expect(frameAt({ x: 150, y: 150, w: 160, h: 100 }, [back, front])?.id).toBe(front.id);
    expect(frameAt({ x: 600, y: 400, w: 160, h: 100 }, [back, front])?.id).toBe(back.id);
    expect(frameAt({ x: 900, y: 900, w: 160, h: 100 }, [back, front])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { cullItems, nextCullRect, padRect } from '../../../renderer/src/canvas/culling.ts';

describe('culling', () => {
  const view = { x: 0, y: 0, w: 1000, h: 600 };

  it('mounts a region larger than the view', () => {
    expect(nextCullRect(null, view)).toEqual(padRect(view, 0.5));
    expect(padRect(view, 0.5)).toEqual({ x: -500, y: -300, w: 2000, h: 1200 });
  });

  it('keeps the region while panning inside it, so React re-renders nothing', () => {
    const region = nextCullRect(null, view);
    expect(nextCullRect(region, { ...view, x: 300, y: -200 })).toBe(region);
  });

  it('chooses a new region when the view leaves it or after zooming far in', () => {
    const region = nextCullRect(null, view);
    expect(nextCullRect(region, { ...view, x: 900 })).not.toBe(region);
    expect(nextCullRect(region, { x: 0, y: 0, w: 100, h: 60 })).not.toBe(region);
  });

  it('keeps items that meet the region, in order, plus the pinned ones', () => {
    const items = [
      { id: 'a', r: { x: 0, y: 0, w: 10, h: 10 } },
      { id: 'far', r: { x: 9000, y: 0, w: 10, h: 10 } },
      { id: 'edge', r: { x: 100, y: 0, w: 10, h: 10 } },
      { id: 'selected', r: { x: -9000, y: 0, w: 10, h: 10 } },
    ];
    const kept = cullItems(items, (i) => i.r, { x: 0, y: 0, w: 100, h: 100 }, new Set(['selected']));
    expect(kept.map((i) => i.id)).toEqual(['a', 'edge', 'selected']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { distanceToPolyline, distanceToSegment, hitsItem, itemsInMarquee, topItemAt } from '../../../renderer/src/canvas/hitTest.ts';
import { item } from '../items/fixtures.ts';

const lookupOf = (items: Item[]) => (id: ItemId) => items.find((i) => i.id === id);
const opts = (items: Item[], tolerance = 5) => ({ tolerance, lookup: lookupOf(items) });

describe('hit testing', () => {
  it('measures distance to segments and polylines', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -4, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToPolyline({ x: 12, y: 5 }, [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }])).toBe(2);
  });

  it('hits a note anywhere in its box, turned with its rotation', () => {
    const note = item('note', 'n', { x: 0, y: 0, w: 200, h: 100 });
    expect(hitsItem(note, { x: 199, y: 99 }, opts([note]))).toBe(true);
    expect(hitsItem(note, { x: 201, y: 50 }, opts([note]))).toBe(false);
    const turned = { ...note, rotation: 90 };
    // Turned a quarter about its centre (100, 50): now 100 wide and 200 tall.
    expect(hitsItem(turned, { x: 100, y: -40 }, opts([turned]))).toBe(true);
    expect(hitsItem(turned, { x: 10, y: 50 }, opts([turned]))).toBe(false);
  });

  it('hits ellipses and diamonds by their outline, not their box', () => {
    const ellipse = item('shape', 'e', { x: 0, y: 0, w: 100, h: 100, props: { shape: 'ellipse' } });
    const diamond = item('shape', 'd', { x: 0, y: 0, w: 100, h: 100, props: { shape: 'diamond' } });
    expect(hitsItem(ellipse, { x: 50, y: 50 }, opts([ellipse]))).toBe(true);
    expect(hitsItem(ellipse, { x: 3, y: 3 }, opts([ellipse]))).toBe(false);
    expect(hitsItem(diamond, { x: 50, y: 5 }, opts([diamond]))).toBe(true);
    expect(hitsItem(diamond, { x: 10, y: 10 }, opts([diamond]))).toBe(false);
  });

  it('grabs a frame by its title bar and edges; its inside belongs to the board', () => {
    const frame = item('frame', 'f', { x: 0, y: 0, w: 800, h: 600 });
    expect(hitsItem(frame, { x: 400, y: 20 }, opts([frame]))).toBe(true);
    expect(hitsItem(frame, { x: 2, y: 300 }, opts([frame]))).toBe(true);
    expect(hitsItem(frame, { x: 400, y: 300 }, opts([frame]))).toBe(false);
  });

  it('hits an arrow near its line between the items it joins, and on its label', () => {
    const a = item('note', 'a', { x: 0, y: 0, w: 100, h: 100 });
    const b = item('note', 'b', { x: 400, y: 0, w: 100, h: 100 });
    const arrow = item('connector', 'ab', { props: { fromId: a.id, toId: b.id, label: 'henviser til' } });
    const all = [a, b, arrow];
    expect(hitsItem(arrow, { x: 250, y: 53 }, opts(all))).toBe(true);
    expect(hitsItem(arrow, { x: 150, y: 80 }, opts(all))).toBe(false);
    // The label box is taller than the line's slop.
    expect(hitsItem(arrow, { x: 250, y: 62 }, opts(all, 2))).toBe(true);
  });

  it('finds the front-most item, skipping what the caller rules out', () => {
    const back = item('note', 'back', { x: 0, y: 0, w: 200, h: 200, z: 1 });
    const front = item('note', 'front', { x: 50, y: 50, w: 50, h: 50, z: 2 });
    const ordered = [back, front];
    expect(topItemAt(ordered, { x: 60, y: 60 }, opts(ordered))?.id).toBe(front.id);
    expect(topItemAt(ordered, { x: 60, y: 60 }, opts(ordered), (i) => i.id !== front.id)?.id).toBe(back.id);
    expect(topItemAt(ordered, { x: 500, y: 500 }, opts(ordered))).toBeUndefined();
  });

  it('a marquee selects what it covers completely', () => {
    const inside = item('note', 'in', { x: 10, y: 10, w: 50, h: 50 });
    const across = item('note', 'across', { x: 90, y: 10, w: 50, h: 50 });
    const ordered = [inside, across];
    expect(itemsInMarquee(ordered, { x: 0, y: 0, w: 100, h: 100 }, lookupOf(ordered)).map((i) => i.id)).toEqual([inside.id]);
    expect(itemsInMarquee(ordered, { x: 0, y: 0, w: 0, h: 0 }, lookupOf(ordered))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { snapMove } from '../../../shared/items/snapping.ts';

const note = { x: 0, y: 0, w: 160, h: 100 };
const neighbour = { x: 300, y: 200, w: 160, h: 100 };

describe('snapping while dragging', () => {
  it('catches the left edge on a neighbour’s left edge and returns the guide', () => {
    const { delta, guides } = snapMove(note, { x: 303, y: 0 }, [neighbour], { zoom: 1 });
    expect(delta).toEqual({ x: 300, y: 0 });
    expect(guides).toContainEqual({ axis: 'x', at: 300, from: 0, to: 300 });
    expect(guides.find((g) => g.axis === 'x' && g.at === 380)).toBeDefined();
    expect(guides.find((g) => g.axis === 'x' && g.at === 460)).toBeDefined();
  });

  it('snaps centres: the middle of the dragged note to the middle of the neighbour', () => {
    const { delta, guides } = snapMove(note, { x: 0, y: 198 }, [neighbour], { zoom: 1 });
    expect(delta).toEqual({ x: 0, y: 200 });
    expect(guides.filter((g) => g.axis === 'y').map((g) => g.at).sort((a, b) => a - b)).toEqual([200, 250, 300]);
    expect(guides.find((g) => g.at === 250)).toEqual({ axis: 'y', at: 250, from: 0, to: 460 });
  });

  it('scales the threshold with zoom: 6 px is 3 board units at 200 %, 12 at 50 %', () => {
    expect(snapMove(note, { x: 305, y: 0 }, [neighbour], { zoom: 2 }).delta.x).toBe(305);
    expect(snapMove(note, { x: 302, y: 0 }, [neighbour], { zoom: 2 }).delta.x).toBe(300);
    expect(snapMove(note, { x: 310, y: 0 }, [neighbour], { zoom: 0.5 }).delta.x).toBe(300);
  });

  it('leaves the delta alone and draws nothing when nothing is near', () => {
    expect(snapMove(note, { x: 1000, y: 1000 }, [neighbour], { zoom: 1 })).toEqual({ delta: { x: 1000, y: 1000 }, guides: [] });
    expect(snapMove(note, { x: 5, y: 5 }, [], { zoom: 1 })).toEqual({ delta: { x: 5, y: 5 }, guides: [] });
  });

  it('picks the nearest of several candidates and merges guides on one line', () => {
    const above = { x: 296, y: -300, w: 50, h: 50 };
    const below = { x: 300, y: 600, w: 50, h: 50 };
    const { delta, guides } = snapMove(note, { x: 299, y: 0 }, [above, neighbour, below], { zoom: 1 });
    expect(delta.x).toBe(300);
    const line = guides.filter((g) => g.axis === 'x' && g.at === 300);
    expect(line).toEqual([{ axis: 'x', at: 300, from: 0, to: 650 }]);
  });
});

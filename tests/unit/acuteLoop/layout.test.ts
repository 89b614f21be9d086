import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loopPath, evenFractions } from '../../../shared/kinds/acuteLoop/loopPath.ts';
import { hasOverlaps, layoutLoop } from '../../../shared/kinds/acuteLoop/loopLayout.ts';
import { indexAtFraction, moveIndex } from '../../../shared/kinds/acuteLoop/reorder.ts';
import { slideRegions } from '../../../shared/kinds/acuteLoop/slide.ts';
import { defaultAcuteLoopProps, newNoteId, newStation, type AcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { loopView } from '../../../shared/kinds/acuteLoop/stationViews.ts';
import { contains } from '../../../shared/kinds/acuteLoop/boxes.ts';
import { loopShapes, maxStations } from '../../../shared/kinds/acuteLoop/schema.ts';

const area = slideRegions('loop').main;

function propsWith(n: number, notesEach = 0): AcuteLoopProps {
  const stations = Array.from({ length: n }, (_, i) =>
    newStation(`Stasjon ${i + 1}`, {
      painPoints: Array.from({ length: notesEach }, (_, k) => ({ id: newNoteId(), text: `Smertepunkt ${k + 1}` })),
    }),
  );
  return { ...defaultAcuteLoopProps(), stations };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the loop path', () => {
  it.each(loopShapes)('%s: starts at the top centre, runs clockwise, and projects its own points back', (shape) => {
    const path = loopPath(shape, area);
    const top = path.pointAt(0);
    expect(top.x).toBeCloseTo(area.x + area.w / 2, 6);
    expect(top.y).toBeCloseTo(path.centre.y - path.ry, 6);
    // A quarter of the way round is on the right: clockwise on screen.
    expect(path.pointAt(0.25).x).toBeGreaterThan(path.centre.x);
    expect(path.pointAt(0.75).x).toBeLessThan(path.centre.x);
    expect(path.normalAt(0).y).toBeCloseTo(-1, 3);
    for (let t = 0; t < 1; t += 0.037) expect(Math.abs(path.project(path.pointAt(t)) - t)).toBeLessThan(1e-3);
  });
});

describe('placing N stations on the loop', () => {
  it.each(loopShapes)('%s: places them evenly by distance along the loop, in their order, clockwise from the top', (shape) => {
    for (const n of [1, 2, 3, 5, 9, 12, maxStations]) {
      const props = propsWith(n);
      const layout = layoutLoop(loopView(props, {}), { shape, area });
      expect(layout.stations.map((s) => s.id)).toEqual(props.stations.map((s) => s.id));
      const ts = layout.stations.map((s) => s.t);
      expect(ts).toEqual(evenFractions(n));
      // Equal steps in arc length: each station is the same distance along the path from the last.
      const step = layout.path.length / n;
      ts.forEach((t, i) => expect(t * layout.path.length).toBeCloseTo(i * step, 6));
      // Every card sits where the path puts it, and inside the picture's area.
      layout.stations.forEach((s) => {
        expect(distance(s.centre, layout.path.pointAt(s.t))).toBeLessThan(1e-6);
        expect(contains(area, s.rect)).toBe(true);
      });
    }
  });

  it.each(loopShapes)('%s: no two cards or notes overlap, with up to 12 stations carrying three notes each', (shape) => {
    for (let n = 1; n <= 12; n++) {
      const layout = layoutLoop(loopView(propsWith(n, 3), {}), { shape, area });
      expect(hasOverlaps(layout), `${shape}, ${n} stations`).toBe(false);
      for (const s of layout.stations) for (const note of s.notes) expect(contains(area, note.rect)).toBe(true);
    }
  });

  it.each(loopShapes)('%s: cards never overlap, and leave room for the arrows, up to the most stations a loop takes', (shape) => {
    for (let n = 13; n <= maxStations; n++) {
      const layout = layoutLoop(loopView(propsWith(n), {}), { shape, area });
      expect(hasOverlaps(layout), `${shape}, ${n}`).toBe(false);
    }
  });

  it('shows at least one note per station for the template-sized loop, and counts the ones that did not fit', () => {
    const layout = layoutLoop(loopView(propsWith(9, 5), {}), { shape: 'circle', area });
    for (const s of layout.stations) {
      expect(s.notes.length).toBeGreaterThanOrEqual(1);
      expect(s.notes.length + s.hiddenNotes).toBe(5);
    }
  });

  it('draws an arrow between every pair of neighbours, in the direction of the loop', () => {
    for (const shape of loopShapes) {
      for (const n of [2, 3, 9, 12, maxStations]) {
        const layout = layoutLoop(loopView(propsWith(n), {}), { shape, area });
        expect(layout.transitions).toHaveLength(n);
        for (const tr of layout.transitions) {
          expect(tr.points.length, `${shape} ${n} ${tr.index}`).toBeGreaterThanOrEqual(2);
          const from = layout.stations[tr.index]!;
          const to = layout.stations[(tr.index + 1) % n]!;
          // It starts near its station and ends near the next.
          expect(distance(tr.points[0]!, from.centre)).toBeLessThan(distance(tr.points[0]!, to.centre));
          expect(distance(tr.points.at(-1)!, to.centre)).toBeLessThan(distance(tr.points.at(-1)!, from.centre));
        }
      }
    }
  });
});

describe('reordering by dragging along the loop', () => {
  it('drops a station at the nearest of the even places, wrapping at the top', () => {
    expect(indexAtFraction(0, 4)).toBe(0);
    expect(indexAtFraction(0.3, 4)).toBe(1);
    expect(indexAtFraction(0.62, 4)).toBe(2);
    expect(indexAtFraction(0.95, 4)).toBe(0);
    expect(indexAtFraction(-0.2, 4)).toBe(3);
    expect(indexAtFraction(0.5, 0)).toBe(0);
  });

  it('moving a station keeps every other station in its order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.nat(), fc.nat(), (n, a, b) => {
        const list = Array.from({ length: n }, (_, i) => i);
        const from = a % n;
        const to = b % n;
        const moved = moveIndex(list, from, to);
        return (
          moved[to] === from &&
          moved.length === n &&
          JSON.stringify(moved.filter((x) => x !== from)) === JSON.stringify(list.filter((x) => x !== from))
        );
      }),
    );
  });

  it('a card dragged to another station’s place on the loop takes that place', () => {
    const props = propsWith(9);
    const layout = layoutLoop(loopView(props, {}), { shape: 'circle', area });
    for (const target of layout.stations) {
      expect(indexAtFraction(layout.path.project(target.centre), 9)).toBe(target.index);
      // Slightly off the loop (the pointer wanders) still lands there.
      const off = { x: target.centre.x + target.normal.x * 40, y: target.centre.y + target.normal.y * 40 };
      expect(indexAtFraction(layout.path.project(off), 9)).toBe(target.index);
    }
  });
});

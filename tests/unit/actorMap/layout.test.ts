import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rect } from '../../../shared/items/geometry.ts';
import { actorCategoryValues, type ActorCategory } from '../../../shared/model/records.ts';
import { chipSize } from '../../../shared/kinds/actorMap/chip.ts';
import { chipGap, layoutChips, overlaps, type LayoutActor } from '../../../shared/kinds/actorMap/layout.ts';
import { innerRadius, outerRadius, ringAt, ringForCategory } from '../../../shared/kinds/actorMap/rings.ts';
import { angleBetween, sectorArcs } from '../../../shared/kinds/actorMap/sectors.ts';

const rectOf = (p: { x: number; y: number }): Rect => ({ x: p.x, y: p.y, w: chipSize.w, h: chipSize.h });
const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

function counts(actors: readonly LayoutActor[]): Map<ActorCategory, number> {
  const m = new Map<ActorCategory, number>();
  for (const a of actors) m.set(a.category, (m.get(a.category) ?? 0) + 1);
  return m;
}

function layout(actors: LayoutActor[], occupied: Rect[] = [], ringCount = 4) {
  return layoutChips({ ringCount, occupied, sectors: sectorArcs(counts(actors)), actors });
}

function expectNoOverlaps(rects: readonly Rect[], occupied: readonly Rect[] = []) {
  for (let i = 0; i < rects.length; i++) {
    for (const other of occupied) expect(overlaps(rects[i]!, other, 0), `new chip ${i} overlaps an existing one`).toBe(false);
    for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!, 0), `chips ${i} and ${j} overlap`).toBe(false);
  }
}

const category = fc.constantFrom(...actorCategoryValues);

describe('automatic layout of the actor map', () => {
  it('places N actors (any N, any categories, any rings, with chips already there) without a single overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ category, ring: fc.integer({ min: 0, max: 3 }) }), { maxLength: 90 }),
        fc.array(fc.record({ x: fc.integer({ min: -1400, max: 1400 }), y: fc.integer({ min: -1400, max: 1400 }) }), { maxLength: 12 }),
        fc.integer({ min: 3, max: 5 }),
        (specs, existing, ringCount) => {
          const actors = specs.map((s, i) => ({ key: `a${i}`, category: s.category, ring: Math.min(s.ring, ringCount - 1) }));
          const occupied = existing.map(rectOf);
          const positions = layout(actors, occupied, ringCount);
          expect(positions.size).toBe(actors.length);
          expectNoOverlaps(actors.map((a) => rectOf(positions.get(a.key)!)), occupied);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a visible gap between neighbours, not just no overlap', () => {
    const actors = Array.from({ length: 40 }, (_, i) => ({ key: `a${i}`, category: actorCategoryValues[i % 7]!, ring: 2 }));
    const rects = [...layout(actors).values()].map(rectOf);
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!, chipGap - 0.001)).toBe(false);
  });

  it('puts each actor on its own ring while the ring has room', () => {
    const actors: LayoutActor[] = [];
    for (const c of actorCategoryValues) for (let i = 0; i < 3; i++) actors.push({ key: `${c}${i}`, category: c, ring: ringForCategory(c, 4) });
    const positions = layout(actors);
    for (const a of actors) {
      const c = centre(rectOf(positions.get(a.key)!));
      expect(ringAt(c, 4), a.key).toBe(a.ring);
      const r = Math.hypot(c.x, c.y);
      expect(r).toBeGreaterThan(innerRadius(a.ring));
      expect(r).toBeLessThan(outerRadius(a.ring));
    }
  });

  it('puts one actor in the centre and sends a second centre actor to the first ring', () => {
    const positions = layout([
      { key: 'bruker', category: 'user', ring: 0 },
      { key: 'pasient', category: 'user', ring: 0 },
    ]);
    const first = centre(rectOf(positions.get('bruker')!));
    expect(first).toEqual({ x: 0, y: 0 });
    expect(ringAt(centre(rectOf(positions.get('pasient')!)), 4)).toBe(1);
  });

  it('groups actors by category: each lies in its category’s sector', () => {
    const actors: LayoutActor[] = [];
    const perCategory: Partial<Record<ActorCategory, number>> = { municipality: 6, specialist: 4, other: 2 };
    for (const [c, n] of Object.entries(perCategory) as [ActorCategory, number][]) {
      for (let i = 0; i < n; i++) actors.push({ key: `${c}${i}`, category: c, ring: 2 });
    }
    const sectors = sectorArcs(counts(actors));
    const positions = layoutChips({ ringCount: 4, occupied: [], sectors, actors });
    for (const a of actors) {
      const c = centre(rectOf(positions.get(a.key)!));
      const angle = Math.atan2(c.y, c.x);
      const arc = sectors.get(a.category)!;
      const mid = (arc.start + arc.end) / 2;
      expect(angleBetween(angle, mid), a.key).toBeLessThanOrEqual((arc.end - arc.start) / 2 + 1e-6);
    }
  });

  it('with per-ring sectors, each ring shares its own circle among its own categories', () => {
    const actors: LayoutActor[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, category: 'municipality' as const, ring: 2 })),
      ...Array.from({ length: 3 }, (_, i) => ({ key: `s${i}`, category: 'specialist' as const, ring: 2 })),
      ...Array.from({ length: 4 }, (_, i) => ({ key: `p${i}`, category: 'premise' as const, ring: 3 })),
    ];
    const ring2 = sectorArcs(new Map([['municipality', 5], ['specialist', 3]]));
    const ring3 = sectorArcs(new Map([['premise', 4]]));
    const positions = layoutChips({ ringCount: 4, occupied: [], sectors: new Map(), ringSectors: new Map([[2, ring2], [3, ring3]]), actors });
    for (const a of actors.filter((x) => x.ring === 2)) {
      const c = centre(rectOf(positions.get(a.key)!));
      const arc = ring2.get(a.category)!;
      expect(angleBetween(Math.atan2(c.y, c.x), (arc.start + arc.end) / 2), a.key).toBeLessThanOrEqual((arc.end - arc.start) / 2 + 1e-6);
    }
    // The premise setters spread round the whole outer ring instead of crowding one wedge.
    const angles = actors.filter((x) => x.ring === 3).map((a) => centre(rectOf(positions.get(a.key)!))).map((c) => Math.atan2(c.y, c.x));
    for (let i = 0; i < angles.length; i++) for (let j = i + 1; j < angles.length; j++) expect(angleBetween(angles[i]!, angles[j]!)).toBeGreaterThan(Math.PI / 3);
  });

  it('places 150 actors on a four-ring map without overlaps', () => {
    const actors = Array.from({ length: 150 }, (_, i) => ({ key: `a${i}`, category: actorCategoryValues[(i * 5) % 7]!, ring: i === 0 ? 0 : 1 + (i % 3) }));
    expectNoOverlaps([...layout(actors).values()].map(rectOf));
  });

  it('overflows a full ring outward instead of overlapping', () => {
    const actors = Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, category: 'municipality' as const, ring: 1 }));
    const rects = [...layout(actors).values()].map(rectOf);
    expectNoOverlaps(rects);
  });

  it('is deterministic: the same request gives the same positions', () => {
    const actors = Array.from({ length: 25 }, (_, i) => ({ key: `a${i}`, category: actorCategoryValues[(i * 3) % 7]!, ring: 1 + (i % 3) }));
    expect([...layout(actors)]).toEqual([...layout(actors)]);
  });
});

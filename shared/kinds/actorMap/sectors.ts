import { actorCategories } from '../../actors/categories.ts';
import type { ActorCategory } from '../../model/records.ts';
import { topAngle } from './rings.ts';

/** An angular range in radians, clockwise from `start` to `end` (end > start). */
export interface Arc {
  start: number;
  end: number;
}

/**
 * Each category's wedge of the map, in the categories' display order clockwise from twelve
 * o'clock. A wedge's size follows how many of the map's actors are in the category, with a floor
 * so that a category with one actor still gets room for its chip and its name. Categories with no
 * actors get no wedge.
 */
export function sectorArcs(counts: ReadonlyMap<ActorCategory, number>): Map<ActorCategory, Arc> {
  const present = actorCategories.map((s) => s.category).filter((c) => (counts.get(c) ?? 0) > 0);
  const arcs = new Map<ActorCategory, Arc>();
  if (present.length === 0) return arcs;
  const total = present.reduce((sum, c) => sum + weight(counts.get(c) ?? 0), 0);
  let angle = topAngle;
  for (const category of present) {
    const span = (2 * Math.PI * weight(counts.get(category) ?? 0)) / total;
    arcs.set(category, { start: angle, end: angle + span });
    angle += span;
  }
  return arcs;
}

/** Small groups get a little more than their share, so their wedge can hold their label. */
function weight(count: number): number {
  return Math.max(count, 1.5);
}

/** The middle angle of an arc. */
export function arcMiddle(arc: Arc): number {
  return (arc.start + arc.end) / 2;
}

/** The smallest angle between two directions, 0..π. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs((((a - b) % (2 * Math.PI)) + 3 * Math.PI) % (2 * Math.PI) - Math.PI);
  return d;
}

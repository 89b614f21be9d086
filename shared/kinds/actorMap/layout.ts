import type { Point, Rect } from '../../items/geometry.ts';
import type { ActorCategory } from '../../model/records.ts';
import { chipSize } from './chip.ts';
import { mapRadius, midRadius, polar, ringWidth } from './rings.ts';
import { angleBetween, arcMiddle, type Arc } from './sectors.ts';

/**
 * Automatic placement of chips on the rings: each actor on its ring, inside its category's
 * sector, spread along the ring, never overlapping a chip already there or another new one. The
 * user adjusts afterwards, so the layout only has to be tidy and predictable, not optimal.
 *
 * Pure and deterministic (no randomness, no dependence on ids), so the example workshop builds the
 * same map every time and the no-overlap rule is checked in a plain unit test.
 */

export interface LayoutActor {
  /** Any key the caller wants the position back under (usually the actor id). */
  key: string;
  category: ActorCategory;
  /** 0 = the centre disc (room for one), then the rings outward. */
  ring: number;
}

export interface LayoutRequest {
  ringCount: number;
  /** What new chips must keep clear of: the chips already on the map. */
  occupied: readonly Rect[];
  /** Each category's wedge; a category without one centres on twelve o'clock. */
  sectors: ReadonlyMap<ActorCategory, Arc>;
  /**
   * Wedges for particular rings, overriding `sectors` there. Without drawn sectors each ring
   * shares its own circle among its own categories, so no ring has an empty stretch where a
   * category of another ring sits.
   */
  ringSectors?: ReadonlyMap<number, ReadonlyMap<ActorCategory, Arc>>;
  /** How many chips of each ring and category are already on the map, to continue their spacing. */
  existing?: ReadonlyMap<string, number>;
  actors: readonly LayoutActor[];
  size?: { w: number; h: number };
}

/** Free space kept between two chips, so their outlines and the lines between them stay readable. */
export const chipGap = 16;

/** The key of a ring and category in `LayoutRequest.existing`. */
export const ringCategoryKey = (ring: number, category: ActorCategory) => `${ring}:${category}`;

/** Top-left positions by key. Every actor gets one. */
export function layoutChips(request: LayoutRequest): Map<string, Point> {
  const size = request.size ?? chipSize;
  const placed: Rect[] = [...request.occupied];
  const result = new Map<string, Point>();

  // Preferred angles: the new chips of a ring and category share out their sector evenly, after
  // the places the existing ones took.
  const groups = new Map<string, LayoutActor[]>();
  for (const actor of request.actors) {
    const key = ringCategoryKey(actor.ring, actor.category);
    const group = groups.get(key);
    if (group) group.push(actor);
    else groups.set(key, [actor]);
  }
  const preferred = new Map<string, number>();
  for (const [key, group] of groups) {
    const { category, ring } = group[0]!;
    const arc = arcOf(request, ring, category);
    const before = request.existing?.get(key) ?? 0;
    const slots = before + group.length;
    group.forEach((actor, i) => {
      preferred.set(actor.key, arc.start + ((before + i + 0.5) * (arc.end - arc.start)) / slots);
    });
  }

  for (const actor of request.actors) {
    const angle = preferred.get(actor.key) ?? arcMiddle(arcOf(request, actor.ring, actor.category));
    const rect = findFreeRect(actor.ring, angle, request.ringCount, size, placed);
    placed.push(rect);
    result.set(actor.key, { x: rect.x, y: rect.y });
  }
  return result;
}

function arcOf(request: LayoutRequest, ring: number, category: ActorCategory): Arc {
  return request.ringSectors?.get(ring)?.get(category) ?? request.sectors.get(category) ?? { start: -Math.PI / 2, end: -Math.PI / 2 };
}

/** Whether two rects, each grown by half the gap, overlap. */
export function overlaps(a: Rect, b: Rect, gap = chipGap): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function rectAt(centre: Point, size: { w: number; h: number }): Rect {
  return { x: centre.x - size.w / 2, y: centre.y - size.h / 2, w: size.w, h: size.h };
}

const isFree = (rect: Rect, placed: readonly Rect[]) => !placed.some((other) => overlaps(rect, other));

/** Distance along the ring between candidate angles, in board units. */
const angularStep = 24;
/** A chip moved off the ring's middle line costs as much as this much sideways travel. */
const offTrackCost = 140;

interface Candidate {
  angle: number;
  radius: number;
  cost: number;
}

function ringCandidates(ring: number, angle: number): Candidate[] {
  const mid = midRadius(ring);
  const offset = (ringWidth - chipSize.h) / 2 - 12;
  const tracks = [
    { radius: mid, cost: 0 },
    { radius: mid - offset, cost: offTrackCost },
    { radius: mid + offset, cost: offTrackCost * 1.2 },
  ];
  const candidates: Candidate[] = [];
  for (const track of tracks) {
    const steps = Math.max(8, Math.ceil((2 * Math.PI * track.radius) / angularStep));
    for (let i = 0; i < steps; i++) {
      const a = angle + (i * 2 * Math.PI) / steps;
      candidates.push({ angle: a, radius: track.radius, cost: angleBetween(a, angle) * mid + track.cost });
    }
  }
  // Ties (the same distance either side) go clockwise first, so the result never depends on sort stability.
  return candidates.sort((p, q) => p.cost - q.cost || p.radius - q.radius || wrap(p.angle - angle) - wrap(q.angle - angle));
}

const wrap = (a: number) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);

function findFreeRect(ring: number, angle: number, ringCount: number, size: { w: number; h: number }, placed: readonly Rect[]): Rect {
  if (ring === 0) {
    const centre = rectAt({ x: 0, y: 0 }, size);
    if (isFree(centre, placed)) return centre;
    ring = Math.min(1, ringCount - 1);
  }
  if (ring > 0) {
    for (const c of ringCandidates(ring, angle)) {
      const rect = rectAt(polar(c.angle, c.radius), size);
      if (isFree(rect, placed)) return rect;
    }
  }
  // The ring is full: further out, track by track. Each track is longer than the last, so a free
  // place turns up quickly; past a bound (only absurd inputs get there) go right of everything.
  for (let track = 0; track < 200; track++) {
    const radius = mapRadius(ringCount) + size.h + track * (size.h + chipGap * 2);
    const steps = Math.max(8, Math.ceil((2 * Math.PI * radius) / angularStep));
    const order = Array.from({ length: steps }, (_, i) => angle + (i * 2 * Math.PI) / steps).sort(
      (p, q) => angleBetween(p, angle) - angleBetween(q, angle) || wrap(p - angle) - wrap(q - angle),
    );
    for (const a of order) {
      const rect = rectAt(polar(a, radius), size);
      if (isFree(rect, placed)) return rect;
    }
  }
  const right = placed.reduce((max, r) => Math.max(max, r.x + r.w), 0);
  return { x: right + chipGap * 2, y: -size.h / 2, w: size.w, h: size.h };
}

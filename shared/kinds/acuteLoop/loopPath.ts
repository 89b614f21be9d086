import type { Point, Rect } from '../../items/geometry.ts';
import type { LoopShape } from './schema.ts';
import { assertNever } from '../../util/assertNever.ts';

/**
 * The loop as a closed path, measured by arc length so stations sit at equal distances along it
 * whatever its shape. It starts at the top centre and runs clockwise on screen (y grows
 * downwards), like a clock: the direction people read a cycle in.
 *
 * - 'circle': a circle, or an oval when the area is wider than tall (never more than 1.35:1), so
 *   the wide station cards don't crowd at the top and bottom.
 * - 'track': a rounded track (stadium): two straights joined by half circles, for many stations.
 */
export interface LoopPath {
  shape: LoopShape;
  centre: Point;
  /** Half width and half height of the path's bounding box. */
  rx: number;
  ry: number;
  length: number;
  /** The point at arc-length fraction t (0 = top centre, growing clockwise; wraps). */
  pointAt(t: number): Point;
  /** Unit vector pointing away from the loop's inside at fraction t. */
  normalAt(t: number): Point;
  /** The fraction t of the path point nearest to p. */
  project(p: Point): number;
}

/** Samples per path: fine enough that projection and placement err by well under a pixel. */
const samples = 1440;

function fromSamples(shape: LoopShape, centre: Point, rx: number, ry: number, raw: Point[]): LoopPath {
  const cumulative: number[] = [0];
  for (let i = 1; i <= raw.length; i++) {
    const a = raw[i - 1]!;
    const b = raw[i % raw.length]!;
    cumulative.push(cumulative[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const length = cumulative[raw.length]!;
  const wrap = (t: number) => ((t % 1) + 1) % 1;

  const locate = (t: number): { i: number; f: number } => {
    const s = wrap(t) * length;
    let lo = 0;
    let hi = raw.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= s) lo = mid;
      else hi = mid;
    }
    const segment = cumulative[lo + 1]! - cumulative[lo]!;
    return { i: lo, f: segment > 0 ? (s - cumulative[lo]!) / segment : 0 };
  };

  const pointAt = (t: number): Point => {
    const { i, f } = locate(t);
    const a = raw[i]!;
    const b = raw[(i + 1) % raw.length]!;
    return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
  };

  const normalAt = (t: number): Point => {
    const { i } = locate(t);
    const a = raw[i]!;
    const b = raw[(i + 1) % raw.length]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    // Clockwise on screen: the outside is to the left of the direction of travel.
    return { x: dy / len, y: -dx / len };
  };

  const project = (p: Point): number => {
    let best = 0;
    let bestDistance = Infinity;
    for (let i = 0; i < raw.length; i++) {
      const a = raw[i]!;
      const b = raw[(i + 1) % raw.length]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len2 = dx * dx + dy * dy;
      const f = len2 > 0 ? Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
      const d = Math.hypot(a.x + dx * f - p.x, a.y + dy * f - p.y);
      if (d < bestDistance) {
        bestDistance = d;
        best = (cumulative[i]! + f * (cumulative[i + 1]! - cumulative[i]!)) / length;
      }
    }
    return wrap(best);
  };

  return { shape, centre, rx, ry, length, pointAt, normalAt, project };
}

/** An oval through the top centre, clockwise. */
function ovalPoints(c: Point, rx: number, ry: number): Point[] {
  return Array.from({ length: samples }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / samples;
    return { x: c.x + rx * Math.cos(a), y: c.y + ry * Math.sin(a) };
  });
}

/** A stadium: straights of half length `half` at y = c.y ± r, half circles of radius r at the ends. */
function trackPoints(c: Point, half: number, r: number): Point[] {
  const straight = 2 * half;
  const perimeter = 2 * straight + 2 * Math.PI * r;
  return Array.from({ length: samples }, (_, i) => {
    let s = (perimeter * i) / samples;
    // 1. top, from the centre rightwards
    if (s < half) return { x: c.x + s, y: c.y - r };
    s -= half;
    // 2. right half circle, top to bottom
    if (s < Math.PI * r) {
      const a = -Math.PI / 2 + s / r;
      return { x: c.x + half + r * Math.cos(a), y: c.y + r * Math.sin(a) };
    }
    s -= Math.PI * r;
    // 3. bottom, right to left
    if (s < straight) return { x: c.x + half - s, y: c.y + r };
    s -= straight;
    // 4. left half circle, bottom to top
    if (s < Math.PI * r) {
      const a = Math.PI / 2 + s / r;
      return { x: c.x - half + r * Math.cos(a), y: c.y + r * Math.sin(a) };
    }
    s -= Math.PI * r;
    // 5. top, from the left back to the centre
    return { x: c.x - half + s, y: c.y - r };
  });
}

/** The loop path fitted into `area` (already shrunk by whatever must fit around it). */
export function loopPath(shape: LoopShape, area: Rect): LoopPath {
  const centre = { x: area.x + area.w / 2, y: area.y + area.h / 2 };
  const halfW = Math.max(1, area.w / 2);
  const halfH = Math.max(1, area.h / 2);
  switch (shape) {
    case 'circle': {
      const ry = Math.min(halfH, halfW);
      const rx = Math.min(halfW, ry * 1.35);
      return fromSamples(shape, centre, rx, ry, ovalPoints(centre, rx, ry));
    }
    case 'track': {
      const r = Math.min(halfH, halfW / 2);
      const half = Math.max(0, halfW - r);
      return fromSamples(shape, centre, half + r, r, trackPoints(centre, half, r));
    }
    default:
      return assertNever(shape, 'loop shape');
  }
}

/** Fractions of N stations placed evenly from the top centre; the first is at 0. */
export function evenFractions(n: number): number[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => i / n);
}

import type { Point, Rect } from '../../items/geometry.ts';
import { halfExtent, inflate, isFree, overlaps, polylineMiddle, rectAround } from './boxes.ts';
import { evenFractions, loopPath, type LoopPath } from './loopPath.ts';
import type { LoopShape, StationNoteKind } from './schema.ts';
import type { LoopView } from './stationViews.ts';

/**
 * Where everything of the loop view goes, in slide units. Pure, so the placement rules (evenly
 * spaced, in order, nothing on top of anything) are unit-tested, and the renderer only draws.
 */

export interface PlacedNote {
  kind: StationNoteKind;
  id: string;
  text: string;
  rect: Rect;
}

export interface PlacedStation {
  id: string;
  index: number;
  /** Fraction along the loop (0 = top, clockwise). */
  t: number;
  centre: Point;
  rect: Rect;
  /** Unit vector away from the loop's inside. */
  normal: Point;
  notes: PlacedNote[];
  /** Notes that didn't fit on the picture; the card shows "+n". */
  hiddenNotes: number;
}

export interface PlacedTransition {
  fromId: string;
  toId: string;
  index: number;
  broken: boolean;
  note: string;
  /** The arrow's line from the edge of one card to the edge of the next. Empty when they touch. */
  points: Point[];
  middle: Point;
  /** Where the reason for a break is written, if there is room. */
  labelRect: Rect | null;
  /** Where "add a station here" sits while editing. */
  addHandle: Point;
}

export interface LoopLayout {
  path: LoopPath;
  card: { w: number; h: number };
  stations: PlacedStation[];
  transitions: PlacedTransition[];
  /** The centre of the loop: the revolving door's figures. */
  centreBox: Rect;
}

export const noteSize = { w: 210, h: 58 } as const;
export const breakLabelSize = { w: 230, h: 62 } as const;
const gap = 10;
/** More notes than this beside one card crowd its neighbours out; the rest are counted ("+n"). */
const maxNotesShown = 6;

const fullCard = { w: 230, h: 120 } as const;
/** Below this the names are too small to read from the back of the room; the loop is full. */
const minCardScale = 0.45;

/** Room between two cards for an arrow to be seen (an arrowhead is about 20 long). */
const arrowRoom = 44;

/** Whether any two cards would overlap or leave no room for the arrow between them. */
function cardsCollide(rects: readonly Rect[]): boolean {
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (overlaps(inflate(rects[i]!, arrowRoom / 2), inflate(rects[j]!, arrowRoom / 2))) return true;
  return false;
}

/** The path inside `area` that leaves room for cards of size `card` around it. */
function pathFor(shape: LoopShape, area: Rect, card: { w: number; h: number }): LoopPath {
  return loopPath(shape, { x: area.x + card.w / 2 + gap, y: area.y + card.h / 2 + gap, w: area.w - card.w - 2 * gap, h: area.h - card.h - 2 * gap });
}

/**
 * The largest card size (full size, or scaled down in steps) at which N evenly placed cards
 * don't touch, and the path that goes with it.
 */
export function fitCards(shape: LoopShape, area: Rect, n: number): { card: { w: number; h: number }; path: LoopPath } {
  let scale = 1;
  for (;;) {
    const card = { w: Math.round(fullCard.w * scale), h: Math.round(fullCard.h * Math.max(0.6, scale)) };
    const path = pathFor(shape, area, card);
    const rects = evenFractions(n).map((t) => rectAround(path.pointAt(t), card.w, card.h));
    if (scale <= minCardScale || !cardsCollide(rects)) return { card, path };
    scale = Math.max(minCardScale, scale - 0.05);
  }
}

/** The loop's part between two cards, sampled, outside both (inflated) cards. */
function arrowPoints(path: LoopPath, t0: number, t1: number, from: Rect, to: Rect): Point[] {
  const end = t1 <= t0 ? t1 + 1 : t1;
  const steps = Math.max(8, Math.ceil((end - t0) * 720));
  const fromBox = inflate(from, 8);
  const toBox = inflate(to, 8);
  const inside = (p: Point, r: Rect) => p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const p = path.pointAt(t0 + ((end - t0) * i) / steps);
    if (points.length === 0 && inside(p, fromBox)) continue;
    if (inside(p, toBox)) break;
    points.push(p);
  }
  return points.length >= 2 ? points : [];
}

export interface LoopLayoutOptions {
  shape: LoopShape;
  area: Rect;
  /**
   * How tall a note must be for its text (the renderer measures; the default is two lines).
   * Injected so the layout stays pure and a short pain point doesn't take a tall box.
   */
  noteHeight?: (note: { kind: StationNoteKind; text: string }) => number;
}

export function layoutLoop(view: LoopView, { shape, area, noteHeight = () => noteSize.h }: LoopLayoutOptions): LoopLayout {
  const n = view.stations.length;
  const { card, path } = fitCards(shape, area, n);
  const fractions = evenFractions(n);

  const stations: PlacedStation[] = view.stations.map((s, index) => {
    const t = fractions[index]!;
    const centre = path.pointAt(t);
    return { id: s.id, index, t, centre, rect: rectAround(centre, card.w, card.h), normal: path.normalAt(t), notes: [], hiddenNotes: 0 };
  });

  const centreBox = rectAround(path.centre, Math.min(260, path.rx * 0.5), Math.min(190, path.ry * 0.45));
  const taken: Rect[] = [...stations.map((s) => inflate(s.rect, 4)), centreBox];

  const transitions: PlacedTransition[] = view.transitions.map((tr) => {
    const from = stations[tr.index]!;
    const to = stations[(tr.index + 1) % n]!;
    const points = arrowPoints(path, from.t, to.t, from.rect, to.rect);
    const midT = from.t + ((to.t <= from.t ? to.t + 1 : to.t) - from.t) / 2;
    const middle = points.length >= 2 ? polylineMiddle(points).point : path.pointAt(midT);
    const normal = path.normalAt(midT);
    return {
      fromId: tr.fromId,
      toId: tr.toId,
      index: tr.index,
      broken: tr.broken,
      note: tr.note,
      points,
      middle,
      labelRect: null,
      addHandle: { x: middle.x + normal.x * 34, y: middle.y + normal.y * 34 },
    };
  });
  // A lone station still gets a place to add the next one: opposite it on the loop.
  for (const t of transitions) taken.push(rectAround(t.middle, 40, 40), rectAround(t.addHandle, 40, 40));

  // Reasons for breaks first: they are the story. Outside the loop if there is room, else inside,
  // a little further out or to either side if the nearest place is taken.
  for (const t of transitions) {
    if (!t.broken || t.note.trim() === '') continue;
    const at = path.project(t.middle);
    const normal = path.normalAt(at);
    const tangent = { x: -normal.y, y: normal.x };
    const base = halfExtent(breakLabelSize.w, breakLabelSize.h, normal) + 26;
    search: for (const sign of [1, -1]) {
      for (const extra of [0, 40, 90]) {
        for (const slide of [0, 70, -70, 140, -140]) {
          const d = (base + extra) * sign;
          const centre = { x: t.middle.x + normal.x * d + tangent.x * slide, y: t.middle.y + normal.y * d + tangent.y * slide };
          const r = rectAround(centre, breakLabelSize.w, breakLabelSize.h);
          if (isFree(r, area, taken)) {
            t.labelRect = r;
            taken.push(r);
            break search;
          }
        }
      }
    }
  }

  // Notes go inside a circle's ring (the middle is roomy) and outside a track (above and below the
  // straights). Round by round: every station gets its first note before any gets a second.
  const preferInside = shape === 'circle';
  const pending = view.stations.map((s) => [
    ...s.painPoints.filter((x) => x.text.trim() !== '').map((x) => ({ kind: 'painPoints' as const, id: x.id, text: x.text })),
    ...s.quotes.filter((x) => x.text.trim() !== '').map((x) => ({ kind: 'quotes' as const, id: x.id, text: x.text })),
  ]);
  /** A stack of notes next to a card: away from it along `dir`, stacked vertically ('v') or as a column beside it ('h'). */
  type Placement = { sign: number; axis: 'v' | 'h' };
  const noteRect = (placed: PlacedStation, { sign, axis }: Placement, offset: number, h: number): Rect => {
    const dir = { x: placed.normal.x * sign, y: placed.normal.y * sign };
    if (axis === 'v') {
      const down = dir.y > 0 || (dir.y === 0 && sign > 0);
      const edge = placed.centre.y + (down ? 1 : -1) * (placed.rect.h / 2 + gap + offset);
      return { x: placed.centre.x - noteSize.w / 2, y: down ? edge : edge - h, w: noteSize.w, h };
    }
    const right = dir.x > 0 || (dir.x === 0 && sign > 0);
    const x = right ? placed.rect.x + placed.rect.w + gap : placed.rect.x - gap - noteSize.w;
    return { x, y: placed.rect.y + offset, w: noteSize.w, h };
  };
  const placementsFor = (placed: PlacedStation): Placement[] => {
    const main: 'v' | 'h' = Math.abs(placed.normal.y) >= Math.abs(placed.normal.x) ? 'v' : 'h';
    const other: 'v' | 'h' = main === 'v' ? 'h' : 'v';
    const first = preferInside ? -1 : 1;
    return [
      { sign: first, axis: main },
      { sign: first, axis: other },
      { sign: -first, axis: main },
      { sign: -first, axis: other },
    ];
  };
  // Each note takes the first free place among: the stack its station's notes already started,
  // then every side of the card (a stack per side), each also slid along the card, so a crowded
  // corner of the loop still shows every note whole beside its station (issue 15: no "+n").
  // Slides along the card in small steps, nearest first, so a note takes the nearest gap.
  const steps = (from: number, to: number) => {
    const out: number[] = [0];
    for (let d = 20; d <= Math.max(-from, to); d += 20) {
      if (d <= to) out.push(d);
      if (-d >= from) out.push(-d);
    }
    return out;
  };
  const slidesFor = (placed: PlacedStation, axis: 'v' | 'h', h: number): Point[] =>
    axis === 'v'
      ? steps(-(noteSize.w + placed.rect.w) / 2 - gap, (noteSize.w + placed.rect.w) / 2 + gap).map((x) => ({ x, y: 0 }))
      : steps(-h - gap / 2, placed.rect.h).map((y) => ({ x: 0, y }));
  const shifted = (r: Rect, by: Point): Rect => ({ ...r, x: r.x + by.x, y: r.y + by.y });
  const keyOf = (p: Placement, slide: Point) => `${p.sign}${p.axis}${Math.round(slide.x)},${Math.round(slide.y)}`;
  /** Places the notes, one at a time in `order` ([station, note] pairs); returns each station's notes. */
  const placeNotes = (order: readonly [number, number][]): PlacedNote[][] => {
    const used = [...taken];
    const placedNotes: PlacedNote[][] = stations.map(() => []);
    const stacks = stations.map(() => new Map<string, number>());
    const lastKey: (string | null)[] = stations.map(() => null);
    for (const [i, k] of order) {
      const placed = stations[i]!;
      const note = pending[i]![k]!;
      const h = Math.max(30, noteHeight(note));
      // Every side straight beside the card first, then the same sides slid along it.
      const slides = placementsFor(placed).map((p) => slidesFor(placed, p.axis, h));
      const candidates = Array.from({ length: Math.max(...slides.map((l) => l.length)) }, (_, n) => n).flatMap((n) =>
        placementsFor(placed).flatMap((p, j) => {
          const slide = slides[j]![n];
          return slide ? [{ key: keyOf(p, slide), rect: (offset: number) => shifted(noteRect(placed, p, offset, h), slide) }] : [];
        }),
      );
      const last = lastKey[i];
      if (last) candidates.sort((x, y) => Number(y.key === last) - Number(x.key === last));
      const found = candidates.find((c) => isFree(c.rect(stacks[i]!.get(c.key) ?? 0), area, used));
      if (!found) continue;
      const offset = stacks[i]!.get(found.key) ?? 0;
      const rect = found.rect(offset);
      stacks[i]!.set(found.key, offset + h + gap / 2);
      lastKey[i] = found.key;
      placedNotes[i]!.push({ ...note, rect });
      used.push(rect);
    }
    return placedNotes;
  };
  const shown = pending.map((p) => Math.min(p.length, maxNotesShown));
  // Round by round (every station's first note before any second), else station by station: the
  // order that leaves fewer notes out wins, so a crowded corner still shows them all when it can.
  const byRounds: [number, number][] = [];
  for (let k = 0; k < Math.max(0, ...shown); k++) stations.forEach((_, i) => k < shown[i]! && byRounds.push([i, k]));
  const byStations = stations.flatMap((_, i) => Array.from({ length: shown[i]! }, (__, k): [number, number] => [i, k]));
  const tries = [byRounds, byStations].map(placeNotes);
  const count = (notes: PlacedNote[][]) => notes.reduce((n, list) => n + list.length, 0);
  const best = tries.reduce((a, b) => (count(b) > count(a) ? b : a));
  stations.forEach((placed, i) => {
    placed.notes = best[i]!;
    taken.push(...placed.notes.map((n) => n.rect));
  });
  stations.forEach((placed, i) => {
    placed.hiddenNotes = pending[i]!.length - placed.notes.length;
  });

  return { path, card, stations, transitions, centreBox };
}

/** Whether any two of the layout's cards and notes overlap (the layout promises they don't). */
export function hasOverlaps(layout: LoopLayout): boolean {
  const rects = [...layout.stations.map((s) => s.rect), ...layout.stations.flatMap((s) => s.notes.map((n) => n.rect))];
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (overlaps(rects[i]!, rects[j]!)) return true;
  return false;
}

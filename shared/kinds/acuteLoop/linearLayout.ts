import type { Point, Rect } from '../../items/geometry.ts';
import { inflate, isFree } from './boxes.ts';
import { minutesPerDay, type Lane, type StationNoteKind } from './schema.ts';
import type { LoopView } from './stationViews.ts';

/**
 * The same stations as a line through swimlanes (Bruker, Kommune, Spesialisthelsetjeneste, Politi
 * og andre): one column per station in loop order, one band per lane. It shows who holds the
 * patient at each step, where the loop view shows that it goes round.
 */

export interface LinearNote {
  kind: StationNoteKind;
  id: string;
  text: string;
  rect: Rect;
}

export interface LinearStation {
  id: string;
  index: number;
  laneId: string;
  column: Rect;
  rect: Rect;
  /** Where the time of day is written, above the lanes. */
  timeRect: Rect;
  notes: LinearNote[];
  hiddenNotes: number;
}

export interface LinearLane {
  id: string;
  rect: Rect;
  labelRect: Rect;
}

export interface LinearTransition {
  fromId: string;
  toId: string;
  index: number;
  broken: boolean;
  note: string;
  /** Elbow line from one card to the next; for the last station, to the "back to 1" mark. */
  points: Point[];
  middle: Point;
  /** True for the transition from the last station back to the first. */
  wraps: boolean;
  /** Where the reason for a break is written, if there is room. */
  labelRect: Rect | null;
}

export interface LinearLayout {
  lanes: LinearLane[];
  stations: LinearStation[];
  transitions: LinearTransition[];
  /** The mark at the end of the line saying the loop starts again at station 1. */
  returnMark: Rect | null;
  timeRow: Rect;
  /** Where station i would go if dropped (the x ranges of the columns). */
  columnsArea: Rect;
}

export const laneLabelWidth = 210;
const timeRowHeight = 46;
const returnWidth = 150;
/** A note under a card: two lines of small text. */
export const linearNoteHeight = 46;
export const linearBreakLabelSize = { w: 210, h: 58 } as const;

/** The longest stretch between two stations the axis shows in full; longer ones (days in a ward) are drawn as this. */
const longestGap = 12 * 60;
/** The share of the columns' width every column gets whatever its time; the rest is shared by time. */
const evenShare = 0.8;

/**
 * Minutes from each station's time of day to the next one's (the last to the first: the loop
 * goes round), clock time forward; a station without a time takes the median of the others.
 */
export function stationGaps(view: LoopView): number[] {
  const n = view.stations.length;
  const gaps: (number | null)[] = view.stations.map((s, i) => {
    const next = view.stations[(i + 1) % n]!;
    if (n < 2 || s.timeOfDay === null || next.timeOfDay === null) return null;
    const gap = (((next.timeOfDay - s.timeOfDay) % minutesPerDay) + minutesPerDay) % minutesPerDay;
    return Math.min(longestGap, gap);
  });
  const known = gaps.filter((g): g is number => g !== null).sort((a, b) => a - b);
  const median = known.length > 0 ? known[Math.floor(known.length / 2)]! : 60;
  return gaps.map((g) => g ?? median);
}

/**
 * Column widths along the time axis (issue 15): every column gets an even share, and the rest of
 * the width goes by the time until the next station, so 02:00 → 11:00 is wider than 22:30 → 23:30.
 */
export function columnWidths(view: LoopView, width: number): number[] {
  const n = view.stations.length;
  if (n === 0) return [];
  const gaps = stationGaps(view);
  const total = gaps.reduce((a, b) => a + b, 0);
  if (total <= 0) return gaps.map(() => width / n);
  return gaps.map((g) => (width * evenShare) / n + (width * (1 - evenShare) * g) / total);
}

/**
 * `noteHeight` says how tall a note must be for its whole text at a width (the renderer measures;
 * by default two lines), injected so the layout stays pure.
 */
export function layoutLinear(view: LoopView, lanes: readonly Lane[], area: Rect, noteHeight: (note: { kind: StationNoteKind; text: string }, width: number) => number = () => linearNoteHeight): LinearLayout {
  const n = view.stations.length;
  const timeRow = { x: area.x + laneLabelWidth, y: area.y, w: area.w - laneLabelWidth - returnWidth, h: timeRowHeight };
  const lanesTop = area.y + timeRowHeight;
  const laneHeight = (area.h - timeRowHeight) / Math.max(1, lanes.length);
  const laneRects: LinearLane[] = lanes.map((lane, i) => {
    const rect = { x: area.x, y: lanesTop + i * laneHeight, w: area.w, h: laneHeight };
    return { id: lane.id, rect, labelRect: { x: area.x, y: rect.y, w: laneLabelWidth, h: laneHeight } };
  });
  const columnsArea = { x: timeRow.x, y: lanesTop, w: timeRow.w, h: area.h - timeRowHeight };
  const widths = columnWidths(view, columnsArea.w);
  const lefts = widths.map((_, i) => columnsArea.x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  // A card fits the narrowest column, with room for the arrows: 28 when there is space, less (never under 12) when crowded.
  const columnWidth = Math.min(...widths);
  const cardW = Math.min(240, columnWidth - Math.max(12, Math.min(28, columnWidth * 0.18)));
  const cardH = Math.max(56, Math.min(100, laneHeight - 24 - linearNoteHeight));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));

  const stationsWithNotes = view.stations.map((s, index) => {
    const lane = laneRects[laneIndex.get(s.laneId) ?? lanes.length - 1]!;
    const column = { x: lefts[index]!, y: columnsArea.y, w: widths[index]!, h: columnsArea.h };
    // The card at the start of its column: the room after it is the time until the next station.
    const rect = { x: column.x + (columnWidth - cardW) / 2, y: lane.rect.y + 10, w: cardW, h: cardH };
    const timeRect = { x: column.x + 4, y: timeRow.y + 6, w: columnWidth - 8, h: timeRowHeight - 12 };
    const notes = [
      ...s.painPoints.filter((x) => x.text.trim() !== '').map((x) => ({ kind: 'painPoints' as const, id: x.id, text: x.text })),
      ...s.quotes.filter((x) => x.text.trim() !== '').map((x) => ({ kind: 'quotes' as const, id: x.id, text: x.text })),
    ];
    return { id: s.id, index, laneId: lane.id, column, rect, timeRect, notes: [] as LinearNote[], hiddenNotes: 0, pending: notes };
  });
  // Notes whole (issue 15: never two cut lines), as wide as the station's column allows: under the
  // card first, else anywhere free in its column (the other lanes are mostly empty there).
  const noteTaken: Rect[] = [...stationsWithNotes.map((s) => inflate(s.rect, 4)), timeRow];
  for (const s of stationsWithNotes) {
    // Up to the column's end less a lane for the elbow of the arrow to the next station.
    const w = Math.max(s.rect.w, s.column.w - (s.rect.x - s.column.x) - 30);
    let below = s.rect.y + s.rect.h + 6;
    for (const note of s.pending) {
      const h = Math.max(linearNoteHeight, noteHeight(note, w));
      const spots = [below, ...laneRects.flatMap((l) => [l.rect.y + 8, l.rect.y + l.rect.h - h - 8])];
      const y = spots.find((y) => isFree({ x: s.rect.x, y, w, h }, { x: s.column.x, y: lanesTop, w: s.column.w, h: area.h - timeRowHeight }, noteTaken));
      if (y === undefined) {
        s.hiddenNotes++;
        continue;
      }
      const rect = { x: s.rect.x, y, w, h };
      if (y === below) below += h + 4;
      s.notes.push({ ...note, rect });
      noteTaken.push(rect);
    }
  }
  const stations: LinearStation[] = stationsWithNotes.map(({ pending: _pending, ...s }) => s);

  const returnMark =
    n >= 2
      ? { x: area.x + area.w - 76, y: stations[n - 1]!.rect.y + stations[n - 1]!.rect.h / 2 - 28, w: 70, h: 56 }
      : null;

  const transitions: LinearTransition[] = view.transitions.map((tr) => {
    const from = stations[tr.index]!;
    const wraps = tr.index === n - 1;
    const start = { x: from.rect.x + from.rect.w, y: from.rect.y + from.rect.h / 2 };
    let points: Point[];
    if (wraps) {
      const end = { x: returnMark!.x, y: returnMark!.y + returnMark!.h / 2 };
      points = [start, end];
    } else {
      const to = stations[tr.index + 1]!;
      const end = { x: to.rect.x, y: to.rect.y + to.rect.h / 2 };
      // The elbow just before the next card, clear of the notes that fill the column.
      const midX = end.x - Math.min(15, (end.x - start.x) / 2);
      points = start.y === end.y ? [start, end] : [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
    }
    const a = points[0]!;
    const b = points[points.length - 1]!;
    const middle = points.length === 4 ? { x: points[1]!.x, y: (a.y + b.y) / 2 } : { x: (a.x + b.x) / 2, y: a.y };
    return { fromId: tr.fromId, toId: tr.toId, index: tr.index, broken: tr.broken, note: tr.note, points, middle, wraps, labelRect: null };
  });

  // Reasons for breaks, in free space near the middle of their arrow: the lanes are mostly empty.
  const taken: Rect[] = [...stations.flatMap((s) => [inflate(s.rect, 6), ...s.notes.map((x) => x.rect)]), timeRow];
  if (returnMark) taken.push(returnMark);
  const { w, h } = linearBreakLabelSize;
  for (const t of transitions) {
    if (!t.broken || t.note.trim() === '') continue;
    const m = t.middle;
    // Nearest free place first: beside the arrow's middle, then further up or down the lanes.
    const candidates: Point[] = [];
    for (const dy of [14, -h - 14, 70, -h - 70, 130, -h - 130, 200, -h - 200, 280, -h - 280, 360, -h - 360]) {
      for (const x of [m.x + 14, m.x - w - 14, m.x - w / 2]) candidates.push({ x, y: m.y + dy });
    }
    for (const c of candidates) {
      const r = { x: c.x, y: c.y, w, h };
      if (isFree(r, { x: area.x + laneLabelWidth, y: area.y, w: area.w - laneLabelWidth, h: area.h }, taken)) {
        t.labelRect = r;
        taken.push(r);
        break;
      }
    }
  }

  return { lanes: laneRects, stations, transitions, returnMark, timeRow, columnsArea };
}

/** Where a station dropped at `p` goes: its new position (column) and the lane under the pointer. */
export function linearDropTarget(layout: LinearLayout, p: Point, n: number): { index: number; laneId: string | null } {
  const columns = layout.stations.map((s) => s.column);
  const hit = columns.findIndex((c) => p.x >= c.x && p.x < c.x + c.w);
  const index = Math.max(0, Math.min(n - 1, hit >= 0 ? hit : p.x < (columns[0]?.x ?? 0) ? 0 : n - 1));
  const lane = layout.lanes.find((l) => p.y >= l.rect.y && p.y < l.rect.y + l.rect.h);
  return { index, laneId: lane?.id ?? null };
}

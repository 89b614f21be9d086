import type { Point, Rect } from '../../items/geometry.ts';
import { officeSpans } from './officeHours.ts';
import { hourCount, minutesPerDay, type OfficeHours } from './schema.ts';

/**
 * The 24-hour clock beside the loop: midnight at the top, noon at the bottom, clockwise. Office
 * hours are a shaded sector, the hourly counts are radial bars (a radial histogram), and each
 * station with a time of day is a numbered marker on the rim, the same number as on its card.
 * Beside the loop rather than around it: stations sit evenly on the loop, so a ring around it
 * would invite reading a station's place on the loop as its time.
 */

/** Angle in radians of a time of day: 00:00 at the top, clockwise (screen y grows downwards). */
export function clockAngle(minutes: number): number {
  return -Math.PI / 2 + (2 * Math.PI * minutes) / minutesPerDay;
}

export function polar(centre: Point, radius: number, angle: number): Point {
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

export interface ClockSector {
  /** Radians, start < end (clockwise). */
  startAngle: number;
  endAngle: number;
}

export interface ClockBar extends ClockSector {
  hour: number;
  count: number;
  inner: number;
  outer: number;
}

export interface ClockMarker {
  stationId: string;
  number: number;
  centre: Point;
  radius: number;
  /** The station's time on the rim; a short leader joins it to a marker moved aside to make room. */
  anchor: Point;
}

export interface ClockLayout {
  centre: Point;
  /** The face's radius; bars and office hours live inside it. */
  radius: number;
  innerRadius: number;
  office: ClockSector[];
  bars: ClockBar[];
  /** Hour labels around the rim (every third hour) and ticks for every hour. */
  labels: { hour: number; at: Point }[];
  ticks: { hour: number; from: Point; to: Point }[];
  markers: ClockMarker[];
}

export const markerRadius = 19;
/** An hour label ("21" at 26 units) as a circle, for keeping markers off it. */
export const labelRadius = 20;
/** From the rim to the ring of hour labels and markers: past the ticks (14) with the marker's radius. */
const labelGap = 36;

export function layoutClock(
  box: Rect,
  hours: OfficeHours,
  counts: readonly number[],
  stations: readonly { id: string; number: number; timeOfDay: number | null }[],
): ClockLayout {
  const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const radius = Math.max(40, Math.min(box.w, box.h) / 2 - 56);
  const innerRadius = radius * 0.28;
  const office = officeSpans(hours).map((s) => ({ startAngle: clockAngle(s.start), endAngle: clockAngle(s.end) }));
  const max = Math.max(0, ...counts.map((c) => (Number.isFinite(c) ? c : 0)));
  const bars: ClockBar[] = Array.from({ length: hourCount }, (_, hour) => {
    const count = counts[hour] ?? 0;
    const outer = max > 0 ? innerRadius + ((radius - 6 - innerRadius) * count) / max : innerRadius;
    return { hour, count, startAngle: clockAngle(hour * 60) + 0.012, endAngle: clockAngle((hour + 1) * 60) - 0.012, inner: innerRadius, outer };
  });
  // Hour labels and station markers share one ring just outside the rim, clear of the bars
  // (issue 15: markers 2–5 sat on each other and on the bars). Each marker takes the free place on
  // the ring nearest its time, checked against the labels and the markers already placed.
  const ring = radius + labelGap;
  const labels = [0, 3, 6, 9, 12, 15, 18, 21].map((hour) => ({ hour, at: polar(centre, ring, clockAngle(hour * 60)) }));
  const ticks = Array.from({ length: hourCount }, (_, hour) => ({
    hour,
    from: polar(centre, radius, clockAngle(hour * 60)),
    to: polar(centre, radius + (hour % 3 === 0 ? 14 : 8), clockAngle(hour * 60)),
  }));
  const markers: ClockMarker[] = [];
  const timed = stations.filter((s) => s.timeOfDay !== null).sort((a, b) => a.timeOfDay! - b.timeOfDay! || a.number - b.number);
  const free = (at: Point) =>
    labels.every((l) => Math.hypot(l.at.x - at.x, l.at.y - at.y) >= labelRadius + markerRadius + 2) &&
    markers.every((m) => Math.hypot(m.centre.x - at.x, m.centre.y - at.y) >= markerRadius * 2 + 2);
  const step = Math.PI / 360;
  for (const s of timed) {
    const angle = clockAngle(s.timeOfDay!);
    let at = polar(centre, ring, angle);
    // Nearest free angle, later before earlier at equal distance (so order round the clock holds).
    for (let k = 0; k <= 360 && !free(at); k++) {
      const later = polar(centre, ring, angle + k * step);
      const earlier = polar(centre, ring, angle - k * step);
      at = free(later) ? later : free(earlier) ? earlier : at;
      if (free(at)) break;
    }
    markers.push({ stationId: s.id, number: s.number, centre: at, radius: markerRadius, anchor: polar(centre, radius, angle) });
  }
  return { centre, radius, innerRadius, office, bars, labels, ticks, markers };
}

import type { Rect } from '../../items/geometry.ts';
import { officeSpans } from './officeHours.ts';
import { hourCount, minutesPerDay, type OfficeHours } from './schema.ts';

/**
 * The bar histogram of events by hour (the linear view's chart, and the export's): 24 bars from
 * 00 to 24, office hours shaded behind them at their exact minutes (15:30 is half way through the
 * 15 bar), the stations' times as numbered markers above the axis.
 */
export interface HistogramLayout {
  plot: Rect;
  bars: { hour: number; count: number; rect: Rect }[];
  office: Rect[];
  /** Axis labels every third hour. */
  labels: { hour: number; x: number; y: number }[];
  markers: { stationId: string; number: number; x: number; y: number }[];
  max: number;
}

export function layoutHistogram(
  box: Rect,
  hours: OfficeHours,
  counts: readonly number[],
  stations: readonly { id: string; number: number; timeOfDay: number | null }[],
): HistogramLayout {
  const plot = { x: box.x + 8, y: box.y + 66, w: box.w - 16, h: box.h - 66 - 34 };
  const xOf = (minutes: number) => plot.x + (plot.w * minutes) / minutesPerDay;
  const max = Math.max(0, ...counts.map((c) => (Number.isFinite(c) ? c : 0)));
  const slot = plot.w / hourCount;
  const bars = Array.from({ length: hourCount }, (_, hour) => {
    const count = counts[hour] ?? 0;
    const h = max > 0 ? (plot.h * count) / max : 0;
    return { hour, count, rect: { x: plot.x + hour * slot + slot * 0.12, y: plot.y + plot.h - h, w: slot * 0.76, h } };
  });
  const office = officeSpans(hours).map((s) => ({ x: xOf(s.start), y: plot.y, w: xOf(s.end) - xOf(s.start), h: plot.h }));
  const labels = [0, 3, 6, 9, 12, 15, 18, 21, 24].map((hour) => ({ hour, x: xOf(hour * 60), y: plot.y + plot.h + 8 }));
  // Markers in time order; one that would cover the one before it steps right.
  const markers: HistogramLayout['markers'] = [];
  for (const s of [...stations].filter((s) => s.timeOfDay !== null).sort((a, b) => a.timeOfDay! - b.timeOfDay! || a.number - b.number)) {
    const previous = markers[markers.length - 1];
    const x = Math.max(xOf(s.timeOfDay!), previous ? previous.x + 38 : -Infinity);
    markers.push({ stationId: s.id, number: s.number, x, y: box.y + 46 });
  }
  return { plot, bars, office, labels, markers, max };
}

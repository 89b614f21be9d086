import { hourCount, minutesPerDay, type OfficeHours } from './schema.ts';

/**
 * Office hours (kontortid) and the share of events outside them: the acute loop's key number
 * ("76 % av innleggelsene skjer utenfor kontortid", Helse Bergen, seed 003).
 *
 * Counts come per whole hour of the day, so a boundary inside an hour (15:30) splits that hour:
 * its events are assumed spread evenly over the hour, and the part of the hour inside office hours
 * counts as inside. That is the only reading of hourly numbers that doesn't move the result by a
 * whole hour's events when the boundary moves by a minute.
 */

/** A half-open span of minutes [start, end) within one day. */
export interface Span {
  start: number;
  end: number;
}

const clampBound = (m: number) => Math.min(minutesPerDay, Math.max(0, m));

/**
 * Office hours as spans within 00:00–24:00. An end before the start runs across midnight (a night
 * service's "office": 22:00–06:00 is 22–24 and 0–6). Start equal to end means no office hours.
 */
export function officeSpans(hours: OfficeHours): Span[] {
  const start = clampBound(hours.start);
  const end = clampBound(hours.end);
  if (start === end) return [];
  if (start < end) return [{ start, end }];
  const spans: Span[] = [];
  if (start < minutesPerDay) spans.push({ start, end: minutesPerDay });
  if (end > 0) spans.push({ start: 0, end });
  return spans;
}

/** Minutes of office hours per day. */
export function officeMinutes(hours: OfficeHours): number {
  return officeSpans(hours).reduce((sum, s) => sum + (s.end - s.start), 0);
}

/** Whether a time of day (minutes) falls inside office hours. */
export function isInOfficeHours(minutes: number, hours: OfficeHours): boolean {
  const m = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
  return officeSpans(hours).some((s) => m >= s.start && m < s.end);
}

/** For each hour of the day, the fraction (0–1) of it that lies inside office hours. */
export function officeFractionByHour(hours: OfficeHours): number[] {
  const spans = officeSpans(hours);
  return Array.from({ length: hourCount }, (_, h) => {
    const from = h * 60;
    const to = from + 60;
    let inside = 0;
    for (const s of spans) inside += Math.max(0, Math.min(to, s.end) - Math.max(from, s.start));
    return inside / 60;
  });
}

export interface HourlyShare {
  /** Sum of all counts. */
  total: number;
  /** Events inside office hours (fractional where a boundary splits an hour). */
  inside: number;
  outside: number;
  /** outside / total, 0–1; null when there are no events (no share to speak of). */
  outsideShare: number | null;
}

/** How many of the day's events fall outside office hours. */
export function outsideOfficeShare(counts: readonly number[], hours: OfficeHours): HourlyShare {
  const fractions = officeFractionByHour(hours);
  let total = 0;
  let inside = 0;
  for (let h = 0; h < hourCount; h++) {
    const c = counts[h] ?? 0;
    const value = Number.isFinite(c) && c > 0 ? c : 0;
    total += value;
    inside += value * fractions[h]!;
  }
  if (total <= 0) return { total: 0, inside: 0, outside: 0, outsideShare: null };
  // Sums of fractions can land a hair off 0 or total; clamp so 100 % shows as 100 %.
  inside = Math.min(total, Math.max(0, inside));
  const outside = total - inside;
  const outsideShare = Math.min(1, Math.max(0, outside / total));
  return { total, inside, outside, outsideShare };
}

/**
 * A share as a whole percentage for the headline. Rounding would show a few events as "0 %" or
 * "100 %", which says "none" or "all"; those show as "< 1" and "> 99" instead.
 */
export type PercentText = { kind: 'none' } | { kind: 'exact'; value: number } | { kind: 'below1' } | { kind: 'above99' };

export function percentOf(share: number | null): PercentText {
  if (share === null || !Number.isFinite(share)) return { kind: 'none' };
  const p = share * 100;
  if (p > 0 && p < 0.5) return { kind: 'below1' };
  if (p >= 99.5 && p < 100) return { kind: 'above99' };
  return { kind: 'exact', value: Math.round(p) };
}

import { minutesPerDay } from './schema.ts';

/**
 * Times of day as whole minutes after midnight. Typed the Norwegian ways ("08:00", "8", "0800",
 * "15.30", "kl. 15:30") or the English ones ("3:30 pm"); shown as "15:30" in both languages, as
 * Norwegian services and British English both use the 24-hour clock.
 */

/** "HH:MM" for a time of day; 1440 (the end of the day) is shown as "24:00". */
export function formatClock(minutes: number): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const mm = m - h * 60;
  return `${String(h).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/**
 * Reads a time of day; null if it isn't one. `allowEndOfDay` accepts "24:00" (an office-hours end).
 */
export function parseClock(input: string, allowEndOfDay = false): number | null {
  let s = input.trim().toLowerCase().replace(/^kl\.?\s*/, '');
  let pm = false;
  let am = false;
  const suffix = /\s*([ap])\.?m\.?$/.exec(s);
  if (suffix) {
    pm = suffix[1] === 'p';
    am = !pm;
    s = s.slice(0, suffix.index);
  }
  let h: number;
  let m: number;
  const sep = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  const compact = /^(\d{3,4})$/.exec(s);
  const hourOnly = /^(\d{1,2})$/.exec(s);
  if (sep) {
    h = Number(sep[1]);
    m = Number(sep[2]);
  } else if (compact) {
    const v = compact[1]!.padStart(4, '0');
    h = Number(v.slice(0, 2));
    m = Number(v.slice(2));
  } else if (hourOnly) {
    h = Number(hourOnly[1]);
    m = 0;
  } else {
    return null;
  }
  if (am || pm) {
    if (h < 1 || h > 12) return null;
    if (h === 12) h = 0;
    if (pm) h += 12;
  }
  if (m > 59) return null;
  const total = h * 60 + m;
  if (total < minutesPerDay) return total;
  if (allowEndOfDay && total === minutesPerDay) return total;
  return null;
}

/** A value for `<input type="time">` ("HH:MM"); the end of the day shows as "23:59" there. */
export function clockInputValue(minutes: number | null): string {
  if (minutes === null) return '';
  return formatClock(Math.min(minutes, minutesPerDay - 1));
}

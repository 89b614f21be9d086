import { minutesPerDay } from './schema.ts';

/**
 * Durations of a stay at a station, typed as people say them in a workshop: "45 min", "2 t",
 * "2,5 timer", "3 døgn", "1 uke", or in English "2 h", "3 days", "1 week". A bare number is hours.
 * Stored in minutes so a whole round of the loop can be added up.
 */

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';

const unitMinutes: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: minutesPerDay, weeks: 7 * minutesPerDay };

const unitWords: readonly [RegExp, DurationUnit][] = [
  [/^(m|min|mins|minutt|minutter|minute|minutes)$/, 'minutes'],
  [/^(t|h|hr|hrs|time|timer|hour|hours|tim)$/, 'hours'],
  [/^(d|dag|dager|døgn|day|days)$/, 'days'],
  [/^(u|uke|uker|w|wk|week|weeks)$/, 'weeks'],
];

/** One "number unit" part of a duration; a bare number is hours. */
const partPattern = /(\d+(?:[.,]\d+)?)\s*([\p{L}.]*)/uy;

/**
 * Minutes, or null when the text is empty; 'invalid' when it can't be read. Combined units add
 * up ("1 døgn 6 t", "2 t 30 min", "1 uke og 2 dager"), as people say a stay aloud.
 */
export function parseDuration(input: string): number | null | 'invalid' {
  const s = input.trim().toLowerCase().normalize('NFC');
  if (s === '') return null;
  let total = 0;
  let at = 0;
  let parts = 0;
  let bare = false;
  while (at < s.length) {
    partPattern.lastIndex = at;
    const match = partPattern.exec(s);
    if (!match) return 'invalid';
    const value = Number(match[1]!.replace(',', '.'));
    const word = match[2]!.replace(/\.$/, '');
    let unit: DurationUnit = 'hours';
    if (word !== '') {
      const found = unitWords.find(([re]) => re.test(word));
      if (!found) return 'invalid';
      unit = found[1];
    } else {
      bare = true;
    }
    total += value * unitMinutes[unit];
    parts++;
    at = partPattern.lastIndex;
    // Parts are separated by spaces, commas, "+" or "og"/"and".
    const sep = /\s*(?:(?:,|\+|og|and)\s*)?/y;
    sep.lastIndex = at;
    sep.exec(s);
    at = sep.lastIndex;
  }
  // "1 døgn 6" is ambiguous: a number without a unit (hours) must stand alone.
  if (bare && parts > 1) return 'invalid';
  const minutes = Math.round(total);
  return minutes > 366 * minutesPerDay ? 'invalid' : minutes;
}

/** The largest unit that shows a duration as a readable number (at most one decimal). */
export function durationParts(minutes: number): { value: number; unit: DurationUnit } {
  const pick = (unit: DurationUnit) => ({ value: Math.round((minutes / unitMinutes[unit]) * 10) / 10, unit });
  if (minutes < 60) return { value: Math.round(minutes), unit: 'minutes' };
  if (minutes < minutesPerDay) return pick('hours');
  if (minutes < 14 * minutesPerDay) return pick('days');
  return pick('weeks');
}

/** Total minutes of the stations that have a duration, and how many have none. */
export function loopDuration(durations: readonly (number | null)[]): { minutes: number; unknown: number } {
  let minutes = 0;
  let unknown = 0;
  for (const d of durations) {
    if (d === null) unknown++;
    else minutes += d;
  }
  return { minutes, unknown };
}

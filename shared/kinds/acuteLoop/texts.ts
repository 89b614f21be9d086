import type { MessageKey } from '../../i18n/messages.ts';
import type { MessageParams } from '../../i18n/translate.ts';
import { assertNever } from '../../util/assertNever.ts';
import { durationParts } from './duration.ts';
import type { PercentText } from './officeHours.ts';
import { isBuiltInLaneId, type Hourly, type Lane } from './schema.ts';
import { formatClock } from './time.ts';

/**
 * The acute loop's words for a language: lane names, durations, the share. Taking the translate
 * function as an argument keeps them pure, so the screen, the accessible list and the exports
 * (PDF, SVG, CSV) say the same thing.
 */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A lane's name; an unnamed built-in lane speaks the user's language ("Bruker" / "User"). */
export function laneName(lane: Lane, index: number, t: Translate): string {
  if (lane.name.trim() !== '') return lane.name;
  if (isBuiltInLaneId(lane.id)) return t(`acuteLoop.lane.${lane.id}`);
  return t('acuteLoop.lane.unnamed', { n: index + 1 });
}

export function stationName(name: string, number: number, t: Translate): string {
  return name.trim() !== '' ? name : t('acuteLoop.station.unnamed', { number });
}

export function durationText(minutes: number, t: Translate): string {
  const { value, unit } = durationParts(minutes);
  switch (unit) {
    case 'minutes':
      return t('acuteLoop.duration.minutes', { n: value });
    case 'hours':
      return t('acuteLoop.duration.hours', { n: value });
    case 'days':
      return t(value === 1 ? 'acuteLoop.duration.day' : 'acuteLoop.duration.days', { n: value });
    case 'weeks':
      return t(value === 1 ? 'acuteLoop.duration.week' : 'acuteLoop.duration.weeks', { n: value });
    default:
      return assertNever(unit, 'duration unit');
  }
}

/** "76 %" / "76%", "under 1 %", "– %". */
export function percentText(p: PercentText, t: Translate): string {
  switch (p.kind) {
    case 'none':
      return t('acuteLoop.share.none');
    case 'exact':
      return t('acuteLoop.share.percent', { percent: p.value });
    case 'below1':
      return t('acuteLoop.share.below1');
    case 'above99':
      return t('acuteLoop.share.above99');
    default:
      return assertNever(p, 'percent');
  }
}

export function hourlyLabel(hourly: Hourly, t: Translate): string {
  return hourly.label.trim() !== '' ? hourly.label : t('acuteLoop.data.labelDefault');
}

export function subtitleText(subtitle: string, t: Translate): string {
  return subtitle.trim() !== '' ? subtitle : t('acuteLoop.subtitle.default');
}

export function officeText(hours: { start: number; end: number }, t: Translate): string {
  if (hours.start === hours.end) return t('acuteLoop.picture.noOffice');
  return t('acuteLoop.picture.office', { from: formatClock(hours.start), to: formatClock(hours.end) });
}

/** "kl. 00–01": the hour as a range, for the typed grid and the CSV. */
export function hourRange(hour: number): { from: string; to: string } {
  return { from: String(hour).padStart(2, '0'), to: String(hour + 1).padStart(2, '0') };
}

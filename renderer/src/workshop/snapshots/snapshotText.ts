import type { SnapshotInfo } from '../../../../shared/api/results.ts';
import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { localeOf, type MessageParams } from '../../../../shared/i18n/translate.ts';
import { sortedByOrder } from '../../../../shared/model/document.ts';
import type { GatheringId } from '../../../../shared/model/ids.ts';
import type { Gathering } from '../../../../shared/model/records.ts';

/**
 * How a snapshot reads in the Gjenopprett dialog. Pure, so the wording (today / yesterday /
 * a weekday, singular and plural, names for automatic snapshots) is unit-tested without a screen.
 */

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A gathering as the dialog names it: its title, or "Samling 2" by its place while untitled. */
export interface GatheringChoice {
  id: GatheringId;
  title: string;
}

export function gatheringChoices(gatherings: Record<string, Gathering>, t: Translate): GatheringChoice[] {
  return sortedByOrder(gatherings).map((g, index) => ({ id: g.id, title: g.title.trim() || t('details.nthGathering', { n: index + 1 }) }));
}

/** The calendar day of an instant where the user is (or in `timeZone`), as YYYY-MM-DD. */
function dayOf(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** The day before a YYYY-MM-DD day; done on the date itself so a daylight-saving change can't skip it. */
function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * When a snapshot was taken, the way people say it: "i dag kl. 13:05", "i går kl. 09:12",
 * "tirsdag 14. januar kl. 13:05", with the year only when it isn't this year.
 * `timeZone` is for tests; the app uses the machine's own.
 */
export function snapshotTime(createdAt: string, language: Language, t: Translate, now = new Date(), timeZone?: string): string {
  const at = new Date(createdAt);
  if (Number.isNaN(at.getTime())) return createdAt;
  const zone = timeZone ? { timeZone } : {};
  const locale = localeOf(language);
  const day = dayOf(at, timeZone);
  const today = dayOf(now, timeZone);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...zone }).format(at);
  if (day === today) return t('snapshots.today', { time });
  if (day === dayBefore(today)) return t('snapshots.yesterday', { time });
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }), hour: '2-digit', minute: '2-digit', ...zone,
  }).format(at);
}

/**
 * A snapshot's name: the user's own label; for an automatic one, why it was taken; for a
 * gathering's without a label, the gathering.
 */
export function snapshotName(info: SnapshotInfo, gatherings: readonly GatheringChoice[], t: Translate): string {
  if (info.kind === 'auto') return t(`recovery.reason.${info.reason ?? 'interval'}`);
  if (info.label.trim()) return info.label;
  const gathering = gatherings.find((g) => g.id === info.gatheringId);
  return gathering ? gathering.title : t('snapshots.unnamed');
}

/** Automatic, taken by you, or which gathering it belongs to (if the gathering still exists). */
export function snapshotKind(info: SnapshotInfo, gatherings: readonly GatheringChoice[], t: Translate): string {
  if (info.kind !== 'gathering') return t(`recovery.kind.${info.kind}`);
  const gathering = gatherings.find((g) => g.id === info.gatheringId);
  return gathering ? t('snapshots.kindGathering', { gathering: gathering.title }) : t('recovery.kind.gathering');
}

/** "3 tavler og 1 element". */
export function contentSummary(boards: number, items: number, t: Translate): string {
  return t('snapshots.content', {
    boards: boards === 1 ? t('snapshots.boards.one') : t('snapshots.boards.other', { n: boards }),
    items: items === 1 ? t('snapshots.items.one') : t('snapshots.items.other', { n: items }),
  });
}

/** The confirmation before a restore names what the workshop goes back to. */
export function confirmText(info: SnapshotInfo, gatherings: readonly GatheringChoice[], time: string, t: Translate): string {
  return info.kind === 'auto' ? t('snapshots.confirmAuto', { time }) : t('snapshots.confirmNamed', { name: snapshotName(info, gatherings, t), time });
}

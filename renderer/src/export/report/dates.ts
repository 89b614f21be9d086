import type { Language } from '../../../../shared/i18n/messages.ts';
import { localeOf } from '../../../../shared/i18n/translate.ts';

/**
 * Dates as the report writes them: "17. september 2019" / "17 September 2019". A gathering's date
 * is a calendar day (YYYY-MM-DD), written as that day wherever the report is made; the export
 * time is the machine's own local date.
 */

export function calendarDate(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

export function exportDate(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

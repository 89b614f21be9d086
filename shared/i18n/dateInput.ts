import type { Language } from './messages.ts';

/**
 * Dates typed in the app's language, not the browser's: a native `<input type="date">` shows
 * mm/dd/yyyy in a Norwegian interface when the browser or OS speaks American English. Norwegian
 * writes 24.03.2026 (dd.mm.åååå); English (British, as the app's English is) 24/03/2026. The
 * document keeps ISO dates (2026-03-24).
 */

const separator: Record<Language, string> = { nb: '.', en: '/' };

/** An ISO date as the language writes it; '' stays ''. */
export function formatDateInput(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const s = separator[language];
  return `${m[3]}${s}${m[2]}${s}${m[1]}`;
}

/**
 * The ISO date a typed text means: day, month, year in that order with any of . / - or space
 * between (24.3.26, 24/03/2026, 24 03 2026), or an ISO date as is. '' for an empty field, null
 * for something that is not a real date (31.02.2026) so the field can say so and keep the text.
 */
export function parseDateInput(text: string): string | '' | null {
  const s = text.trim();
  if (s === '') return '';
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[./\-\s]+(\d{1,2})[./\-\s]+(\d{2}|\d{4})$/.exec(s);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) {
    [d, mo, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    if (dmy[3]!.length === 2) y += 2000;
  } else return null;
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

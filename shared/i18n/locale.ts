import type { Language } from './messages.ts';

/**
 * The BCP 47 tag for Intl APIs (sorting names with æøå, dates, numbers). Its own module so board
 * kinds can use it without importing the dictionaries (translate.ts), which import the kinds.
 */
export function localeOf(language: Language): string {
  return language === 'nb' ? 'nb-NO' : 'en-GB';
}

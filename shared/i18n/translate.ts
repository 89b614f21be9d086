import { en } from './en.ts';
import { nb } from './nb.ts';
import { addedKindMessage } from './kindMessages.ts';
import { applyPlurals } from './plural.ts';
import type { Dictionary, Language, MessageKey } from './messages.ts';

const dictionaries: Record<Language, Dictionary> = { nb, en };

export type MessageParams = Record<string, string | number>;

/**
 * Looks a key up, picks the counted forms (`{n, plural, one {…} other {…}}`, see plural.ts) and
 * fills `{name}` placeholders. Numbers are formatted for the language.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  // A kind registered at run time (registerBoardKind) brings keys the built dictionaries don't have.
  const template = dictionaries[language][key] ?? addedKindMessage(language, key) ?? nb[key] ?? key;
  if (!params) return template;
  const locale = language === 'nb' ? 'nb-NO' : 'en-GB';
  return applyPlurals(template, locale, params).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

export function dictionaryOf(language: Language): Dictionary {
  return dictionaries[language];
}

export { localeOf } from './locale.ts';

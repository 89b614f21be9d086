import type { Language, MessageKey } from '../i18n/messages.ts';
import { localeOf } from '../i18n/translate.ts';

/** The key for a count: `<base>.one` where the language says "one" (1 deltaker, 1 participant), else `<base>`. */
export function countKey(language: Language, base: MessageKey, count: number): MessageKey {
  const form = new Intl.PluralRules(localeOf(language)).select(count);
  const one = `${base}.one` as MessageKey;
  return form === 'one' ? one : base;
}

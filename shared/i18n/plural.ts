import type { Language, MessageKey } from './messages.ts';
import { localeOf } from './translate.ts';

/** A count's two message forms: "1 prikk" and "{n} prikker". */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

const rules = new Map<Language, Intl.PluralRules>();

/**
 * The form of a message for `n` in `language`, by the language's own plural rules (Intl), so
 * "1 minutt" and "2 minutter", "1 dot" and "2 dots"; never "1 minutter" (issue 15).
 */
export function pluralKey(language: Language, n: number, keys: PluralKeys): MessageKey {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(localeOf(language));
    rules.set(language, rule);
  }
  return rule.select(n) === 'one' ? keys.one : keys.other;
}

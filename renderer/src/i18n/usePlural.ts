import { useCallback } from 'react';
import { pluralKey, type PluralKeys } from '../../../shared/i18n/plural.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { useApp } from '../state/appStore.ts';

/** A count in words in the current language: `plural(dotWords, 1)` is "1 prikk", of 2 "2 prikker". */
export function usePlural(): (keys: PluralKeys, n: number) => string {
  const language = useApp((s) => s.language);
  return useCallback((keys, n) => translate(language, pluralKey(language, n, keys), { n }), [language]);
}

import { useCallback } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../shared/i18n/translate.ts';
import { useApp } from '../state/appStore.ts';

/** The translate function for the current language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const language = useApp((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

import type { nb } from './nb.ts';

/** Every key of the interface's text. The Norwegian dictionary is the source; English must match it. */
export type MessageKey = keyof typeof nb;
export type Dictionary = Record<MessageKey, string>;
export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'nb' || value === 'en';
}

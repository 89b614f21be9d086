import type { Language } from './messages.ts';

/**
 * Words of board kinds registered at run time (registerBoardKind), beyond the built-in kinds
 * whose areas the dictionaries gather when they are built. A module with no imports, so the
 * kind registry can reach it without importing the dictionaries (which import the registry).
 */
const added: Record<Language, Record<string, string>> = { nb: {}, en: {} };

/** Adds a kind's area; a key already added is refused, so one kind cannot reword another. */
export function addKindMessages(messages: { nb: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }): void {
  const keys = Object.keys(messages.nb).sort();
  if (keys.join('\n') !== Object.keys(messages.en).sort().join('\n')) throw new Error('a kind’s Norwegian and English messages must have the same keys');
  const taken = keys.find((key) => key in added.nb);
  if (taken !== undefined) throw new Error(`message ${taken} is already registered`);
  Object.assign(added.nb, messages.nb);
  Object.assign(added.en, messages.en);
}

/** A run-time registered kind's text for `key`, or undefined. */
export function addedKindMessage(language: Language, key: string): string | undefined {
  return Object.hasOwn(added[language], key) ? added[language][key] : undefined;
}

import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

const defaultKeys = ['actorMap.ring.0', 'actorMap.ring.1', 'actorMap.ring.2', 'actorMap.ring.3', 'actorMap.ring.4'] as const satisfies readonly MessageKey[];

/** A ring's name: what the user typed, or the default name of that ring in the current language. */
export function ringName(t: T, label: string, index: number): string {
  return label.trim() || t(defaultKeys[Math.min(index, defaultKeys.length - 1)]!);
}

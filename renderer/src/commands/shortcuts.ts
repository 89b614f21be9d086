import type { AppCommand } from './command.ts';
import { shortcutsOn, type KeyPlatform } from '../../../shared/commands/commandSpec.ts';
import { commandSpec } from '../../../shared/commands/manifest.ts';

/** True on a Mac, where "Mod" is the Command key. */
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The keyboard convention this renderer runs under, to pick a command's keys from the manifest. */
export const keyPlatform: KeyPlatform = isMac ? 'mac' : 'other';

/** The normalised shortcut of a key event, e.g. "Mod+Shift+Z", "Delete", "?" */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (isMac ? event.metaKey : event.ctrlKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  // Shift is part of printable characters such as "?" and "+" already.
  if (event.shiftKey && (event.key.length !== 1 || /[A-Z]/i.test(event.key))) parts.push('Shift');
  parts.push(key === ' ' ? 'Space' : key);
  return parts.join('+');
}

/**
 * The command a key event triggers, if any. Only the tools of different board kinds share a key
 * (the manifest test allows nothing else), so the one that is enabled, on its kind's board, wins.
 */
export function commandForEvent(commands: readonly AppCommand[], event: KeyboardEvent, inTextField: boolean): AppCommand | undefined {
  const pressed = shortcutOf(event);
  const owners = commands.filter((c) => (!inTextField || c.inTextFields) && c.shortcuts?.includes(pressed));
  return owners.length > 1 ? (owners.find((c) => !c.isEnabled || c.isEnabled()) ?? owners[0]) : owners[0];
}

/** How a shortcut is written for people: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function displayShortcut(shortcut: string): string {
  if (!isMac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

/** How the manifest's first key for a command is written for people ("Ctrl+E"), for a tooltip. */
export function shortcutHint(commandId: string): string | undefined {
  const spec = commandSpec(commandId);
  const first = spec ? shortcutsOn(spec, keyPlatform)[0] : undefined;
  return first === undefined ? undefined : displayShortcut(first);
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

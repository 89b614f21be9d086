import type { AppCommand } from './command.ts';

/** True on a Mac, where "Mod" is the Command key. */
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

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

/** The command a key event triggers, if any. */
export function commandForEvent(commands: readonly AppCommand[], event: KeyboardEvent, inTextField: boolean): AppCommand | undefined {
  const pressed = shortcutOf(event);
  return commands.find((c) => (!inTextField || c.inTextFields) && c.shortcuts?.includes(pressed));
}

/** How a shortcut is written for people: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function displayShortcut(shortcut: string): string {
  if (!isMac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

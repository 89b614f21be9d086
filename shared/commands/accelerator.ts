import { splitShortcut, type Shortcut } from './commandSpec.ts';

/** KeyboardEvent.key names that Electron's accelerators spell differently. */
const keyNames: Readonly<Record<string, string>> = {
  '+': 'Plus',
  ' ': 'Space',
  Space: 'Space',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
  Enter: 'Enter',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Tab: 'Tab',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
};

const modifierNames: Readonly<Record<string, string>> = { Mod: 'CmdOrCtrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };

/** Punctuation Electron accepts as an accelerator key (its docs' list, "+" aside: that is "Plus"). */
const punctuation = new Set([...')!@#$%^&*(:;<=>,_-.?/~`{][|\\}"\'']);

/**
 * An Electron accelerator ("CmdOrCtrl+Shift+Z") for a manifest shortcut ("Mod+Shift+Z"), or
 * undefined for a key Electron cannot name (the context-menu key). Pure, so the menu's keys are
 * derived from the manifest and unit-tested without Electron.
 */
export function toAccelerator(shortcut: Shortcut): string | undefined {
  const { modifiers, key } = splitShortcut(shortcut);
  const names = modifiers.map((m) => modifierNames[m]);
  if (names.some((n) => n === undefined)) return undefined;
  const keyName = acceleratorKey(key);
  return keyName === undefined ? undefined : [...names, keyName].join('+');
}

function acceleratorKey(key: string): string | undefined {
  if (keyNames[key]) return keyNames[key];
  if (/^[a-z0-9]$/i.test(key)) return key.toUpperCase();
  if (/^F([1-9]|1\d|2[0-4])$/.test(key)) return key;
  if (punctuation.has(key)) return key;
  return undefined;
}

import type { MessageKey } from '../i18n/messages.ts';

/**
 * A key combination as the renderer spells it: modifiers in the order Mod, Alt, Shift, then the
 * key as KeyboardEvent.key names it ("Mod+Shift+Z", "Delete", "?", "Shift+ArrowLeft"). "Mod" is
 * Cmd on a Mac and Ctrl elsewhere, so one spelling serves both; "Ctrl" is the Control key on
 * every platform (used by macOS-only menu conventions).
 */
export type Shortcut = string;

/** Menu items Electron carries out itself (editing in text fields, full screen, quitting, dev tools). */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'reload' | 'toggleDevTools' | 'quit';

/** The two keyboard conventions the app knows: a Mac's, and everyone else's. */
export type KeyPlatform = 'mac' | 'other';

/**
 * One entry of the command manifest: everything about a command that is data (what it is called,
 * which keys run it, where a menu shows it) and nothing that runs. The renderer binds each entry
 * to a handler at one composition root; the native menu reads the same entries, so a key is
 * written once and the menu, the keyboard, the toolbar's hints and the shortcut list agree.
 */
export interface CommandSpec {
  id: string;
  labelKey: MessageKey;
  /** Keys on every platform; the first is the one shown. */
  shortcuts?: readonly Shortcut[];
  /** Replaces `shortcuts` on a Mac, for the few keys whose convention differs there. */
  macShortcuts?: readonly Shortcut[];
  /** Runs even while the user types in a text field (Ctrl+S-like commands); default false. */
  inTextFields?: boolean;
  /**
   * Set on entries Electron carries out as a menu role: they exist only in the native menu and
   * are never registered in the renderer.
   */
  role?: MenuRole;
  /**
   * For a role: the renderer command that does the same on the board (copy in a text field is
   * the role, copy of selected items is the canvas's); the two share their keys on purpose.
   */
  boardTwin?: string;
  /**
   * The board kind whose tool this is; its keys need only be unique among the app's commands
   * and that kind's own tools, since a kind's tool acts only on a board of its kind.
   */
  boardKind?: string;
}

/** The keys of a command on a platform. */
export function shortcutsOn(spec: Pick<CommandSpec, 'shortcuts' | 'macShortcuts'>, platform: KeyPlatform): readonly Shortcut[] {
  return (platform === 'mac' ? spec.macShortcuts : undefined) ?? spec.shortcuts ?? [];
}

/** The modifiers and the key of a shortcut; "Mod++" is Mod with the key "+". */
export function splitShortcut(shortcut: Shortcut): { modifiers: string[]; key: string } {
  if (shortcut === '+') return { modifiers: [], key: '+' };
  if (shortcut.endsWith('++')) return { modifiers: shortcut.slice(0, -2).split('+'), key: '+' };
  const parts = shortcut.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1] ?? '' };
}

import type { MessageKey } from '../../../shared/i18n/messages.ts';

/**
 * A named app command. Menus, shortcuts, the toolbar and the context menu all call these; none
 * of them has its own code path. Edits of the document inside a command go through operations.
 */
export interface AppCommand {
  id: string;
  labelKey: MessageKey;
  /** Shortcuts as "Mod+Shift+Z" (Mod is Ctrl, or Cmd on a Mac); the first is the one shown. */
  shortcuts?: readonly string[];
  /** Runs even while the user types in a text field (Ctrl+S-like commands); default false. */
  inTextFields?: boolean;
  isEnabled?(): boolean;
  run(): void | Promise<void>;
}

export function defineCommands(commands: AppCommand[]): AppCommand[] {
  return commands;
}

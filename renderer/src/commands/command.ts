import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { shortcutsOn, type CommandSpec, type KeyPlatform } from '../../../shared/commands/commandSpec.ts';

/**
 * A named app command as the registry holds it: a manifest entry (shared/commands/manifest.ts)
 * bound to its handler. Menus, shortcuts, the toolbar and the context menu all call these; none
 * of them has its own code path. Edits of the document inside a command go through operations.
 */
export interface AppCommand {
  id: string;
  labelKey: MessageKey;
  /** Shortcuts as "Mod+Shift+Z" (Mod is Ctrl, or Cmd on a Mac); the first is the one shown. */
  shortcuts?: readonly string[];
  /** Runs even while the user types in a text field (Ctrl+S-like commands); default false. */
  inTextFields?: boolean;
  /** Set on a board kind's tool: its keys act only on a board of that kind. */
  boardKind?: string;
  isEnabled?(): boolean;
  run(): void | Promise<void>;
}

/**
 * What a feature area supplies for a manifest entry: when the command may run and what it does.
 * Its name and keys are data in the manifest, not here.
 */
export interface CommandHandler {
  id: string;
  isEnabled?(): boolean;
  run(): void | Promise<void>;
}

export function defineHandlers(handlers: CommandHandler[]): CommandHandler[] {
  return handlers;
}

/** A manifest entry and its handler as one command, with the keys of the platform it runs on. */
export function bindCommand(spec: CommandSpec, handler: CommandHandler, platform: KeyPlatform): AppCommand {
  const shortcuts = shortcutsOn(spec, platform);
  return {
    id: spec.id,
    labelKey: spec.labelKey,
    ...(shortcuts.length > 0 ? { shortcuts } : {}),
    ...(spec.inTextFields ? { inTextFields: true } : {}),
    ...(spec.boardKind ? { boardKind: spec.boardKind } : {}),
    ...(handler.isEnabled ? { isEnabled: handler.isEnabled } : {}),
    run: handler.run,
  };
}

import type { CommandSpec } from '../../../shared/commands/commandSpec.ts';
import { commandManifest } from '../../../shared/commands/manifest.ts';
import { bindCommand, type AppCommand, type CommandHandler } from '../commands/command.ts';
import { registerCommands } from '../commands/registry.ts';
import { keyPlatform } from '../commands/shortcuts.ts';
import { workshopHandlers } from '../commands/workshopCommands.ts';
import { canvasHandlers, kindToolCommand } from '../canvas/commands.ts';
import { exportHandlers } from '../exportUi/exportCommands.ts';
import { kindTools } from '../kinds/registry.ts';
import { presentHandlers } from '../present/presentCommands.ts';
import { restoreHandlers } from '../workshop/snapshots/restoreCommands.ts';

/**
 * The composition root of the app's commands: the one place that binds every manifest entry to its
 * handler and registers them, with each board kind's tools, before anything is shown. Nothing else
 * registers commands, and no module does so by being imported.
 */

/** The commands the app registers: the manifest's (menu roles aside, Electron runs those) and the kinds' tools. */
export function appCommandSpecs(): CommandSpec[] {
  return [...commandManifest.filter((spec) => !spec.role), ...kindToolCommands().map((c) => c.spec)];
}

function kindToolCommands(): { spec: CommandSpec; handler: CommandHandler }[] {
  return kindTools().flatMap(({ kind, tools }) => tools.map((tool) => kindToolCommand(kind, tool)));
}

/** Every manifest entry bound to its handler; throws when either side is missing one. */
export function appCommands(): AppCommand[] {
  const handlers = new Map<string, CommandHandler>();
  for (const handler of [...workshopHandlers, ...exportHandlers, ...restoreHandlers, ...canvasHandlers, ...presentHandlers, ...kindToolCommands().map((c) => c.handler)]) {
    if (handlers.has(handler.id)) throw new Error(`Command ${handler.id} has two handlers`);
    handlers.set(handler.id, handler);
  }
  const specs = appCommandSpecs();
  const commands = specs.map((spec) => {
    const handler = handlers.get(spec.id);
    if (!handler) throw new Error(`Command ${spec.id} is in the manifest but has no handler`);
    return bindCommand(spec, handler, keyPlatform);
  });
  const unknown = [...handlers.keys()].filter((id) => !specs.some((spec) => spec.id === id));
  if (unknown.length > 0) throw new Error(`Handlers without a manifest entry: ${unknown.join(', ')}`);
  return commands;
}

let registered = false;

/** Fills the command registry; main.tsx calls it once at start, tests as often as they like. */
export function registerAppCommands(): void {
  if (registered) return;
  registered = true;
  registerCommands(appCommands());
}

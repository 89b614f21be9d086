import type { AppCommand } from './command.ts';
import { workshopCommands } from './workshopCommands.ts';

/**
 * The one command registry. Feature areas contribute lists; `registerCommands` lets a board kind
 * or the canvas add its own at start-up. A test checks that no two commands share a shortcut.
 */
const registry = new Map<string, AppCommand>();

export function registerCommands(commands: readonly AppCommand[]): void {
  for (const command of commands) {
    if (registry.has(command.id)) throw new Error(`Command ${command.id} is registered twice`);
    registry.set(command.id, command);
  }
}

export function commandById(id: string): AppCommand | undefined {
  return registry.get(id);
}

export function allCommands(): AppCommand[] {
  return [...registry.values()];
}

export async function runCommand(id: string): Promise<void> {
  const command = registry.get(id);
  if (!command || (command.isEnabled && !command.isEnabled())) return;
  await command.run();
}

registerCommands([...workshopCommands, ...canvasCommands]);
import { canvasCommands } from '../canvas/commands.ts';

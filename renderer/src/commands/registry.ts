import type { AppCommand } from './command.ts';

/**
 * The one command registry. It is filled once, at start-up, by the composition root
 * (app/commandRoot.ts): no module registers anything by being imported.
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

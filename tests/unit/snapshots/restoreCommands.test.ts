import { describe, expect, it } from 'vitest';
import { menuCommandIds } from '../../../shared/api/bridge.ts';
import { allEntries, menuTemplate } from '../../../electron/main/menuTemplate.ts';
import { commandById } from '../../../renderer/src/commands/registry.ts';
import { registerAppCommands } from '../../../renderer/src/app/commandRoot.ts';

registerAppCommands();

describe('Gjenopprett as a command', () => {
  it('is in the Fil menu in both languages', () => {
    for (const [language, label] of [['nb', 'Gjenopprett …'], ['en', 'Restore …']] as const) {
      const file = menuTemplate(language, false)[0]!;
      const commands = file.items.flatMap((e) => (e.type === 'command' ? [e] : []));
      expect(commands.find((e) => e.command === 'workshop.restore')?.label).toBe(label);
    }
    expect(allEntries(menuTemplate('nb', false, 'darwin')).some((e) => e.type === 'command' && e.command === 'workshop.restore')).toBe(true);
  });

  it('the menu\'s id is registered, and is off without an open workshop', () => {
    expect(menuCommandIds).toContain('workshop.restore');
    const command = commandById('workshop.restore');
    expect(command?.labelKey).toBe('snapshots.command');
    expect(command?.isEnabled?.()).toBe(false);
    // Undo of a restore is offered only after one, in the workshop it happened in.
    expect(commandById('workshop.undoRestore')?.isEnabled?.()).toBe(false);
  });
});

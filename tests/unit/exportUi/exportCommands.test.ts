import { describe, expect, it } from 'vitest';
import { menuCommandIds } from '../../../shared/api/bridge.ts';
import { allEntries, menuTemplate } from '../../../electron/main/menuTemplate.ts';
import { allCommands, commandById } from '../../../renderer/src/commands/registry.ts';
import { registerAppCommands } from '../../../renderer/src/app/commandRoot.ts';
import { useExportUi } from '../../../renderer/src/exportUi/exportChoices.ts';

registerAppCommands();

describe('Eksporter … as a command', () => {
  it('is registered as file.export with Ctrl+E, which no other command claims', () => {
    const command = commandById('file.export');
    expect(command?.shortcuts).toEqual(['Mod+E']);
    const owners = allCommands().filter((c) => c.shortcuts?.includes('Mod+E'));
    expect(owners.map((c) => c.id)).toEqual(['file.export']);
  });

  it('is in the native Fil menu after Lagre som, with its accelerator, and the bridge lets it through', () => {
    expect(menuCommandIds).toContain('file.export');
    const entry = allEntries(menuTemplate('nb', false)).find((e) => e.type === 'command' && e.command === 'file.export');
    expect(entry).toMatchObject({ label: 'Eksporter …', accelerator: 'CmdOrCtrl+E' });
    const file = menuTemplate('en', false)[0]!;
    expect(file.items.some((e) => e.type === 'command' && e.command === 'file.export' && e.label === 'Export …')).toBe(true);
  });

  it('needs an open workshop, and opens the dialog when run', async () => {
    const command = commandById('file.export')!;
    expect(command.isEnabled?.()).toBe(false);
    useExportUi.setState({ open: false });
    await command.run();
    expect(useExportUi.getState().open).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { menuCommandIds } from '../../../shared/api/bridge.ts';
import { allCommands, commandById } from '../../../renderer/src/commands/registry.ts';
import { shortcutOf } from '../../../renderer/src/commands/shortcuts.ts';
// Feature areas register their commands when imported, as renderer/src/main.tsx imports them.
import '../../../renderer/src/present/presentCommands.ts';
import '../../../renderer/src/exportUi/exportCommands.ts';
import '../../../renderer/src/workshop/snapshots/restoreCommands.ts';

describe('the command registry', () => {
  it('no two commands claim the same shortcut', () => {
    const owners = new Map<string, string>();
    for (const command of allCommands()) {
      for (const shortcut of command.shortcuts ?? []) {
        expect(owners.get(shortcut), `${shortcut} is claimed by ${owners.get(shortcut)} and ${command.id}`).toBeUndefined();
        owners.set(shortcut, command.id);
      }
    }
    expect(owners.size).toBeGreaterThan(5);
  });

  it('every command a native menu can send is registered', () => {
    for (const id of menuCommandIds) expect(commandById(id), id).toBeDefined();
  });

  it('writes shortcuts the way the registry spells them', () => {
    expect(shortcutOf({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false })).toBe('Mod+Shift+Z');
    expect(shortcutOf({ key: '?', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false })).toBe('?');
    expect(shortcutOf({ key: 'Delete', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBe('Delete');
  });
});

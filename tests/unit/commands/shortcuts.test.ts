import { describe, expect, it } from 'vitest';
import { menuCommandIds } from '../../../shared/api/bridge.ts';
import { toAccelerator } from '../../../shared/commands/accelerator.ts';
import { shortcutsOn, type CommandSpec } from '../../../shared/commands/commandSpec.ts';
import { shortcutConflicts } from '../../../shared/commands/conflicts.ts';
import { commandManifest, commandSpec } from '../../../shared/commands/manifest.ts';
import { languages } from '../../../shared/i18n/messages.ts';
import { dictionaryOf } from '../../../shared/i18n/translate.ts';
import { allEntries, menuTemplate } from '../../../electron/main/menuTemplate.ts';
import { appCommandSpecs, registerAppCommands } from '../../../renderer/src/app/commandRoot.ts';
import type { AppCommand } from '../../../renderer/src/commands/command.ts';
import { allCommands, commandById } from '../../../renderer/src/commands/registry.ts';
import { commandForEvent, shortcutOf } from '../../../renderer/src/commands/shortcuts.ts';
import { kindTools } from '../../../renderer/src/kinds/registry.ts';

registerAppCommands();

const roles = commandManifest.filter((spec) => spec.role);

/** The registry as specs: what the keyboard really dispatches on, with the kind each tool belongs to. */
function registered(): CommandSpec[] {
  return allCommands().map((c) => ({ id: c.id, labelKey: c.labelKey, ...(c.shortcuts ? { shortcuts: c.shortcuts } : {}), ...(c.boardKind ? { boardKind: c.boardKind } : {}) }));
}

describe('the command registry', () => {
  it('holds every manifest command and every board kind\'s tools, registered at start-up', () => {
    expect(allCommands().map((c) => c.id).sort()).toEqual(appCommandSpecs().map((s) => s.id).sort());
    const tools = kindTools();
    expect(tools.length).toBeGreaterThan(0);
    for (const { kind, tools: own } of tools) {
      for (const tool of own) expect(commandById(`canvas.kindTool.${tool.id}`)?.boardKind, tool.id).toBe(kind);
    }
    for (const spec of commandManifest) {
      if (spec.role) expect(commandById(spec.id), spec.id).toBeUndefined();
      else expect(commandById(spec.id)?.shortcuts ?? [], spec.id).toEqual(shortcutsOn(spec, 'other'));
    }
  });

  it('no two commands claim the same key: everything registered, each kind\'s tools and the menu roles, on a Mac and elsewhere', () => {
    expect(shortcutConflicts([...registered(), ...roles])).toEqual([]);
    expect(shortcutConflicts([...appCommandSpecs(), ...roles])).toEqual([]);
    expect(registered().flatMap((s) => s.shortcuts ?? []).length).toBeGreaterThan(50);
  });

  it('finds a clash, and lets only a role and its board twin, or two kinds\' tools, share a key', () => {
    const note: CommandSpec = { id: 'canvas.tool.note', labelKey: 'canvas.tool.note', shortcuts: ['N'] };
    const piece = (kind: string, id: string, key: string): CommandSpec => ({ id, labelKey: 'puzzle.tool.piece', shortcuts: [key], boardKind: kind });
    expect(shortcutConflicts([note, piece('puzzle', 'p1', 'N')])).toEqual([
      { shortcut: 'N', platform: 'other', ids: ['canvas.tool.note', 'p1'] },
      { shortcut: 'N', platform: 'mac', ids: ['canvas.tool.note', 'p1'] },
    ]);
    expect(shortcutConflicts([note, piece('puzzle', 'p1', 'P'), piece('huki', 'h1', 'P')])).toEqual([]);
    expect(shortcutConflicts([piece('puzzle', 'p1', 'P'), piece('puzzle', 'p2', 'P')])).toHaveLength(2);
    const copy: CommandSpec = { id: 'canvas.copy', labelKey: 'menu.copy', shortcuts: ['Mod+C'] };
    expect(shortcutConflicts([copy, commandSpec('role.copy')!])).toEqual([]);
    expect(shortcutConflicts([{ ...copy, shortcuts: ['Mod+Q'] }, commandSpec('role.quit')!])).toHaveLength(2);
    const macOnly: CommandSpec = { id: 'x', labelKey: 'menu.copy', macShortcuts: ['Mod+Ctrl+F'] };
    expect(shortcutConflicts([macOnly, commandSpec('role.togglefullscreen')!])).toEqual([{ shortcut: 'Mod+Ctrl+F', platform: 'mac', ids: ['x', 'role.togglefullscreen'] }]);
  });

  it('runs the tool of the board shown when two kinds\' tools share a key', () => {
    const tool = (id: string, enabled: boolean): AppCommand => ({ id, labelKey: 'puzzle.tool.piece', shortcuts: ['P'], boardKind: id, isEnabled: () => enabled, run: () => undefined });
    const press = { key: 'p', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false } as KeyboardEvent;
    expect(commandForEvent([tool('a', false), tool('b', true)], press, false)?.id).toBe('b');
    expect(commandForEvent([tool('a', true), tool('b', false)], press, false)?.id).toBe('a');
    expect(commandForEvent([tool('a', false)], press, false)?.id).toBe('a');
  });

  it('names every command in both languages', () => {
    for (const language of languages) {
      const dictionary = dictionaryOf(language);
      for (const spec of [...appCommandSpecs(), ...roles]) expect(dictionary[spec.labelKey], `${language} ${spec.id}`).toBeTruthy();
    }
  });

  it('spells keys the way the keyboard handler does (Mod, Ctrl, Alt, Shift, then an upper-case letter)', () => {
    const order = ['Mod', 'Ctrl', 'Alt', 'Shift'];
    for (const spec of [...appCommandSpecs(), ...roles]) {
      for (const shortcut of [...(spec.shortcuts ?? []), ...(spec.macShortcuts ?? [])]) {
        const parts = shortcut === '+' || shortcut.endsWith('++') ? [...shortcut.slice(0, -1).split('+').filter(Boolean), '+'] : shortcut.split('+');
        const modifiers = parts.slice(0, -1);
        expect(modifiers.map((m) => order.indexOf(m)), `${spec.id}: ${shortcut}`).toEqual([...modifiers.map((m) => order.indexOf(m))].sort((a, b) => a - b));
        expect(modifiers.every((m) => order.includes(m)), `${spec.id}: ${shortcut}`).toBe(true);
        const key = parts[parts.length - 1]!;
        if (key.length === 1) expect(key, `${spec.id}: ${shortcut}`).toBe(key.toUpperCase());
      }
    }
    expect(shortcutOf({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false })).toBe('Mod+Shift+Z');
    expect(shortcutOf({ key: '?', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false })).toBe('?');
    expect(shortcutOf({ key: 'Delete', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBe('Delete');
  });
});

describe('the native menu and the manifest', () => {
  const variants = languages.flatMap((language) => [false, true].flatMap((isDev) => ['linux', 'win32', 'darwin'].map((os) => ({ language, isDev, os }))));

  it.each(variants)('every accelerator is one of its command\'s manifest keys, and no key is left off ($language, dev $isDev, $os)', ({ language, isDev, os }) => {
    const platform = os === 'darwin' ? 'mac' : 'other';
    let checked = 0;
    for (const entry of allEntries(menuTemplate(language, isDev, os))) {
      if (entry.type !== 'command' && entry.type !== 'role') continue;
      const spec = entry.type === 'command' ? commandSpec(entry.command) : roles.find((r) => r.role === entry.role);
      expect(spec, JSON.stringify(entry)).toBeDefined();
      const keys = shortcutsOn(spec!, platform);
      if (entry.accelerator === undefined) {
        expect(keys, `${spec!.id} has keys but no accelerator`).toEqual([]);
        continue;
      }
      expect(keys.map(toAccelerator), spec!.id).toContain(entry.accelerator);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('every command a native menu can send is registered', () => {
    for (const id of menuCommandIds) expect(commandById(id), id).toBeDefined();
  });
});

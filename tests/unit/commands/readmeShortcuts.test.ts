import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortcutsOn, splitShortcut, type CommandSpec } from '../../../shared/commands/commandSpec.ts';
import { commandManifest } from '../../../shared/commands/manifest.ts';
import { menuLayout } from '../../../shared/commands/menuLayout.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { appCommandSpecs } from '../../../renderer/src/app/commandRoot.ts';

/** How the README writes a key, back to the manifest's spelling ("Ctrl+↑" → "Mod+ArrowUp"). */
const readmeKeys: Record<string, string> = { '←': 'ArrowLeft', '→': 'ArrowRight', '↑': 'ArrowUp', '↓': 'ArrowDown', Esc: 'Escape', '−': '-', Menu: 'ContextMenu' };

function fromReadme(written: string): string {
  const { modifiers, key } = splitShortcut(written);
  return [...modifiers.map((m) => (m === 'Ctrl' ? 'Mod' : m)), readmeKeys[key] ?? key].join('+');
}

/** The rows of the README's shortcut table: per command name, the keys written for it. */
function readmeTable(readme: string): { name: string; keys: string[]; row: string }[] {
  const section = readme.slice(readme.indexOf('### Keyboard shortcuts'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => {
    const match = /^\| (.*) \| (.*) \|$/.exec(row);
    if (!match) throw new Error(`Not a table row: ${row}`);
    const keyParts = match[1]!.split(' / ');
    const nameParts = match[2]!.split(' / ');
    expect(keyParts.length, `keys and names pair up in: ${row}`).toBe(nameParts.length);
    return nameParts.map((namePart, i) => ({
      name: namePart.replace(/\s*\(.*\)\s*$/, '').trim(),
      keys: [...keyParts[i]!.matchAll(/`([^`]+)`/g)].map((m) => fromReadme(m[1]!)),
      row,
    }));
  });
}

describe("the README's keyboard-shortcut table", () => {
  const table = readmeTable(readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8'));
  const roles = commandManifest.filter((spec) => spec.role);
  const everything: CommandSpec[] = [...appCommandSpecs(), ...roles];

  it('gives every key to the command that has it', () => {
    expect(table.length).toBeGreaterThan(30);
    for (const { name, keys, row } of table) {
      const named = everything.filter((spec) => nb[spec.labelKey] === name);
      expect(named.length, `"${name}" is no command's name (${row})`).toBeGreaterThan(0);
      expect(keys.length, row).toBeGreaterThan(0);
      for (const key of keys) expect(named.some((spec) => shortcutsOn(spec, 'other').includes(key)), `${key} for "${name}" (${row})`).toBe(true);
    }
  });

  it('lists every key of every command, and the menu roles users press (not the developer ones)', () => {
    const devOnly = new Set(menuLayout.flatMap((section) => section.groups ?? []).flat().filter((slot) => slot.devOnly).map((slot) => slot.id));
    const listed = new Set(table.flatMap(({ name, keys }) => keys.map((key) => `${name}\u0000${key}`)));
    const expected = [...appCommandSpecs(), ...roles.filter((spec) => !spec.boardTwin && !devOnly.has(spec.id))];
    for (const spec of expected) {
      for (const key of shortcutsOn(spec, 'other')) expect(listed.has(`${nb[spec.labelKey]}\u0000${key}`), `${spec.id}: ${key}`).toBe(true);
    }
  });

  it('reads README keys the way the manifest spells them', () => {
    expect(fromReadme('Ctrl+Shift+↑')).toBe('Mod+Shift+ArrowUp');
    expect(fromReadme('Ctrl++')).toBe('Mod++');
    expect(fromReadme('−')).toBe('-');
    expect(fromReadme('Esc')).toBe('Escape');
  });
});

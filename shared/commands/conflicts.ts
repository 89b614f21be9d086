import { shortcutsOn, type CommandSpec, type KeyPlatform, type Shortcut } from './commandSpec.ts';

/** Two commands that claim the same key on a platform. */
export interface ShortcutConflict {
  shortcut: Shortcut;
  platform: KeyPlatform;
  ids: readonly [string, string];
}

/**
 * Whether two commands may share a key: a menu role and the board command it stands in for (copy
 * in a text field, copy on the board), or the tools of two different board kinds (a kind's tool
 * acts only on a board of its kind, and the keyboard runs the one that is enabled).
 */
function mayShare(a: CommandSpec, b: CommandSpec): boolean {
  if (a.boardTwin === b.id || b.boardTwin === a.id) return true;
  return a.boardKind !== undefined && b.boardKind !== undefined && a.boardKind !== b.boardKind;
}

/** Every pair of commands that claim the same key, on a Mac and elsewhere; empty when none do. */
export function shortcutConflicts(specs: readonly CommandSpec[]): ShortcutConflict[] {
  const conflicts: ShortcutConflict[] = [];
  for (const platform of ['other', 'mac'] as const) {
    const owners = new Map<Shortcut, CommandSpec[]>();
    for (const spec of specs) {
      for (const shortcut of new Set(shortcutsOn(spec, platform))) {
        const before = owners.get(shortcut) ?? [];
        for (const other of before) if (!mayShare(other, spec)) conflicts.push({ shortcut, platform, ids: [other.id, spec.id] });
        owners.set(shortcut, [...before, spec]);
      }
    }
  }
  return conflicts;
}

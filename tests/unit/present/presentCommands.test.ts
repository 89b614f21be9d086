import { describe, expect, it } from 'vitest';
import { allCommands, commandById } from '../../../renderer/src/commands/registry.ts';
import { registerAppCommands } from '../../../renderer/src/app/commandRoot.ts';
import { keysOf } from '../../../shared/present/presentationKeys.ts';

registerAppCommands();

describe('the presentation commands', () => {
  it('are registered with F5 and the clicker keys, and share no shortcut with the canvas or the workshop', () => {
    expect(commandById('present.start')?.shortcuts).toEqual(['F5']);
    expect(commandById('present.next')?.shortcuts).toEqual(['PageDown']);
    expect(commandById('present.previous')?.shortcuts).toEqual(['PageUp']);
    const owners = new Map<string, string>();
    for (const command of allCommands()) {
      for (const shortcut of command.shortcuts ?? []) {
        expect(owners.get(shortcut), `${shortcut}: ${owners.get(shortcut)} and ${command.id}`).toBeUndefined();
        owners.set(shortcut, command.id);
      }
    }
  });

  it('step only while presenting (arrows nudge items on the canvas otherwise)', () => {
    for (const id of ['present.next', 'present.previous', 'present.first', 'present.last', 'present.exit']) {
      expect(commandById(id)?.isEnabled?.(), id).toBe(false);
    }
    // The arrows and Esc are the canvas's shortcuts; while presenting the projection takes them first.
    expect(commandById('canvas.nudge.right')?.shortcuts).toContain('ArrowRight');
    expect(keysOf('next')).toEqual(['ArrowRight', 'ArrowDown', 'PageDown']);
    expect(keysOf('exit')).toEqual(['Escape']);
  });
});

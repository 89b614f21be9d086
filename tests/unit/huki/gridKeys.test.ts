import { describe, expect, it } from 'vitest';
import { gridIntent, type KeyPress } from '../../../renderer/src/kinds/huki/gridKeys.ts';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('what a key means in the HUKI grid', () => {
  it('letters (HUKI and RACI), Space and Delete edit a task’s cell, not its name', () => {
    expect(gridIntent(key('h'), 'task', true)).toEqual({ kind: 'letter', letter: 'H' });
    expect(gridIntent(key('r'), 'task', true)).toEqual({ kind: 'letter', letter: 'U' });
    expect(gridIntent(key(' '), 'task', true)).toEqual({ kind: 'cycle' });
    expect(gridIntent(key('Backspace'), 'task', true)).toEqual({ kind: 'clear' });
    expect(gridIntent(key('x'), 'task', true)).toBeNull();
    expect(gridIntent(key('h'), 'task', false)).toBeNull();
    expect(gridIntent(key('h', { ctrlKey: true }), 'task', true)).toBeNull();
  });

  it('arrows, Tab and Ctrl+Home move; Alt+arrows move rows and columns', () => {
    expect(gridIntent(key('ArrowDown'), 'task', true)).toEqual({ kind: 'focus', move: 'down' });
    expect(gridIntent(key('Tab', { shiftKey: true }), 'phase', false)).toEqual({ kind: 'focus', move: 'prev' });
    expect(gridIntent(key('Home', { ctrlKey: true }), 'task', true)).toEqual({ kind: 'focus', move: 'first' });
    expect(gridIntent(key('ArrowUp', { altKey: true }), 'task', false)).toEqual({ kind: 'moveLine', vertical: true, direction: -1 });
    expect(gridIntent(key('ArrowRight', { altKey: true }), 'header', true)).toEqual({ kind: 'moveLine', vertical: false, direction: 1 });
  });

  it('Enter renames a name, Ctrl+Enter or Insert adds a task, Ctrl+Delete deletes the line', () => {
    expect(gridIntent(key('Enter'), 'phase', false)).toEqual({ kind: 'rename' });
    expect(gridIntent(key('F2'), 'task', false)).toEqual({ kind: 'rename' });
    expect(gridIntent(key('Enter'), 'task', true)).toEqual({ kind: 'cycle' });
    expect(gridIntent(key('Enter', { ctrlKey: true }), 'task', true)).toEqual({ kind: 'insertTask' });
    expect(gridIntent(key('Insert'), 'header', true)).toBeNull();
    expect(gridIntent(key('Delete', { ctrlKey: true }), 'header', true)).toEqual({ kind: 'delete' });
    // In a task's cell, Ctrl+Delete clears the cell, as Delete does.
    expect(gridIntent(key('Delete', { ctrlKey: true }), 'task', true)).toEqual({ kind: 'clear' });
  });
});

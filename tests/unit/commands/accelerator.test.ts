import { describe, expect, it } from 'vitest';
import { toAccelerator } from '../../../shared/commands/accelerator.ts';
import { splitShortcut } from '../../../shared/commands/commandSpec.ts';
import { commandManifest } from '../../../shared/commands/manifest.ts';

describe('manifest shortcuts as Electron accelerators', () => {
  it('writes modifiers and keys the way Electron names them', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod+E')).toBe('CmdOrCtrl+E');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('+')).toBe('Plus');
    expect(toAccelerator('Mod+-')).toBe('CmdOrCtrl+-');
    expect(toAccelerator('Mod+0')).toBe('CmdOrCtrl+0');
    expect(toAccelerator('Shift+1')).toBe('Shift+1');
    expect(toAccelerator('F1')).toBe('F1');
    expect(toAccelerator('F11')).toBe('F11');
    expect(toAccelerator('?')).toBe('?');
    expect(toAccelerator('"')).toBe('"');
    expect(toAccelerator('Mod+ArrowUp')).toBe('CmdOrCtrl+Up');
    expect(toAccelerator('Shift+ArrowLeft')).toBe('Shift+Left');
    expect(toAccelerator('Escape')).toBe('Esc');
    expect(toAccelerator('Mod+Enter')).toBe('CmdOrCtrl+Enter');
    expect(toAccelerator('PageDown')).toBe('PageDown');
    expect(toAccelerator('Mod+Ctrl+F')).toBe('CmdOrCtrl+Ctrl+F');
    expect(toAccelerator('Mod+Alt+I')).toBe('CmdOrCtrl+Alt+I');
    expect(toAccelerator('v')).toBe('V');
  });

  it('gives nothing for what Electron cannot name, rather than a wrong key', () => {
    expect(toAccelerator('ContextMenu')).toBeUndefined();
    expect(toAccelerator('Hyper+X')).toBeUndefined();
    expect(toAccelerator('F25')).toBeUndefined();
    expect(toAccelerator('Mod+')).toBeUndefined();
  });

  it('splits a shortcut whose key is "+"', () => {
    expect(splitShortcut('Mod++')).toEqual({ modifiers: ['Mod'], key: '+' });
    expect(splitShortcut('+')).toEqual({ modifiers: [], key: '+' });
    expect(splitShortcut('Mod+Shift+ArrowUp')).toEqual({ modifiers: ['Mod', 'Shift'], key: 'ArrowUp' });
  });

  it('names every key of the manifest but the context-menu key', () => {
    const keys = commandManifest.flatMap((spec) => [...(spec.shortcuts ?? []), ...(spec.macShortcuts ?? [])]);
    const unnamed = keys.filter((key) => toAccelerator(key) === undefined);
    expect(unnamed).toEqual(['ContextMenu']);
    for (const key of keys) {
      const accelerator = toAccelerator(key);
      if (accelerator) expect(accelerator, key).toMatch(/^((CmdOrCtrl|Ctrl|Alt|Shift)\+)*([A-Z0-9]|F\d{1,2}|Plus|Space|Up|Down|Left|Right|Esc|Enter|Delete|Backspace|Tab|Home|End|PageUp|PageDown|Insert|[^A-Za-z0-9\s+])$/);
    }
  });
});

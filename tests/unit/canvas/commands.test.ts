import { describe, expect, it } from 'vitest';
import { allCommands, commandById } from '../../../renderer/src/commands/registry.ts';
import { registerAppCommands } from '../../../renderer/src/app/commandRoot.ts';
import { canvasHandlers } from '../../../renderer/src/canvas/commands.ts';
import { nb } from '../../../shared/i18n/nb.ts';

registerAppCommands();

describe('canvas commands', () => {
  it('are in the one registry, with the ids the native menus send', () => {
    for (const id of ['view.zoomIn', 'view.zoomOut', 'view.zoomToFit', 'view.zoomReset']) expect(commandById(id), id).toBeDefined();
    for (const handler of canvasHandlers) expect(commandById(handler.id)?.run, handler.id).toBe(handler.run);
  });

  it('no two commands in the registry share a shortcut', () => {
    const owner = new Map<string, string>();
    for (const command of allCommands()) {
      for (const shortcut of command.shortcuts ?? []) {
        expect(owner.get(shortcut), `${shortcut}: ${command.id} and ${owner.get(shortcut)}`).toBeUndefined();
        owner.set(shortcut, command.id);
      }
    }
  });

  it('uses the keys Miro and Excalidraw users expect', () => {
    const keys = (id: string) => commandById(id)?.shortcuts ?? [];
    expect(keys('canvas.tool.select')).toEqual(['V']);
    expect(keys('canvas.tool.hand')).toEqual(['H']);
    expect(keys('canvas.tool.note')).toEqual(['N']);
    expect(keys('canvas.tool.text')).toEqual(['T']);
    expect(keys('canvas.tool.rect')).toEqual(['R']);
    expect(keys('canvas.tool.connector')).toEqual(['C']);
    expect(keys('canvas.tool.frame')).toEqual(['F']);
    expect(keys('canvas.delete')).toEqual(['Delete', 'Backspace']);
    expect(keys('canvas.duplicate')).toContain('Mod+D');
    expect(keys('canvas.group')).toContain('Mod+G');
    expect(keys('canvas.ungroup')).toContain('Mod+Shift+G');
    expect(keys('canvas.selectAll')).toContain('Mod+A');
    expect(keys('canvas.search')).toContain('Mod+F');
    expect(keys('canvas.nudge.left')).toEqual(['ArrowLeft']);
    expect(keys('canvas.nudgeFar.left')).toEqual(['Shift+ArrowLeft']);
  });

  it('every label is in the dictionaries', () => {
    for (const handler of canvasHandlers) expect(nb[commandById(handler.id)!.labelKey], handler.id).toBeTruthy();
  });
});

import { defineCommands } from '../commands/command.ts';
import { registerCommands } from '../commands/registry.ts';
import { useApp } from '../state/appStore.ts';
import { openExportDialog } from './exportChoices.ts';

/**
 * Eksporter … (Ctrl+E): the native Fil menu, the shortcut and the top bar's button all open the
 * one dialog through this command. It works from a text field too, like the other file commands.
 */
export const exportCommands = defineCommands([
  {
    id: 'file.export',
    labelKey: 'exportUi.cmd.export',
    shortcuts: ['Mod+E'],
    inTextFields: true,
    isEnabled: () => useApp.getState().workshop !== null,
    run: openExportDialog,
  },
]);

registerCommands(exportCommands);

import { defineHandlers } from '../commands/command.ts';
import { useApp } from '../state/appStore.ts';
import { openExportDialog } from './exportChoices.ts';

/**
 * Eksporter … (Ctrl+E): the native Fil menu, the shortcut and the top bar's button all open the
 * one dialog through this command. It works from a text field too, like the other file commands
 * (shared/commands/manifest.ts).
 */
export const exportHandlers = defineHandlers([
  {
    id: 'file.export',
    isEnabled: () => useApp.getState().workshop !== null,
    run: openExportDialog,
  },
]);

import { defineCommands } from '../../commands/command.ts';
import { registerCommands } from '../../commands/registry.ts';
import { useApp } from '../../state/appStore.ts';
import { canUndoRestore, openRestoreDialog, undoLastRestore } from './restoreState.ts';

/**
 * Gjenopprett from the native Fil menu, the top bar and the notice after a restore. No shortcut:
 * a restore is rare and always confirmed, so it has no key to be pressed by mistake.
 */
export const restoreCommands = defineCommands([
  { id: 'workshop.restore', labelKey: 'snapshots.command', isEnabled: () => useApp.getState().workshop !== null, run: openRestoreDialog },
  { id: 'workshop.undoRestore', labelKey: 'recovery.undo', isEnabled: canUndoRestore, run: undoLastRestore },
]);

registerCommands(restoreCommands);

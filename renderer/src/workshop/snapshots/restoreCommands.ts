import { defineHandlers } from '../../commands/command.ts';
import { useApp } from '../../state/appStore.ts';
import { canUndoRestore, openRestoreDialog, undoLastRestore } from './restoreState.ts';

/**
 * Gjenopprett from the native Fil menu, the top bar and the notice after a restore. No shortcut:
 * a restore is rare and always confirmed, so it has no key to be pressed by mistake.
 */
export const restoreHandlers = defineHandlers([
  { id: 'workshop.restore', isEnabled: () => useApp.getState().workshop !== null, run: openRestoreDialog },
  { id: 'workshop.undoRestore', isEnabled: canUndoRestore, run: undoLastRestore },
]);

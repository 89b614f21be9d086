import type { KeyboardEvent } from 'react';

/**
 * The app's shortcuts listen on the window and stand back only for the app store's own dialogs.
 * Keys pressed in the Gjenopprett dialogs stop here, so typing a snapshot's name can't start a
 * presentation (F5), open another dialog (Ctrl+N) or undo on the workshop behind (Ctrl+Z).
 * Esc still closes the dialog: that is the browser's default action, not a listener.
 */
export function keepKeysInDialog(event: KeyboardEvent): void {
  event.stopPropagation();
}

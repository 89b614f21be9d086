/**
 * The IPC channels between the preload and the main process: this file is the whole list. The
 * preload bundles it; nothing else in the renderer names a channel.
 */
export const channels = {
  /** Renderer → main: one API call (method name, argument array) → Envelope. */
  call: 'samkart:call',
  /** Renderer → main: the path of a file dropped on the window → Envelope<OpenResult>. */
  openDropped: 'samkart:openDropped',
  /** Main → renderer: a command id from the native menu (or a notice such as a language change). */
  menu: 'samkart:menu',
} as const;

/**
 * Sent on the menu channel after the language changed (from the menu or from another window),
 * so every window re-reads its settings. Not yet in shared/api/bridge.ts's menuCommandIds, so the
 * preload drops it until the lead adds it there.
 */
export const LANGUAGE_CHANGED_COMMAND = 'view.languageChanged';

/**
 * Sent on the menu channel when the OS asked us to open a file (command line, macOS "open-file",
 * a second instance) for this window. Needs a contract method to take the path (see the report).
 */
export const OPEN_PENDING_COMMAND = 'workshop.openPending';

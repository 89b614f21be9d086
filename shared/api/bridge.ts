import type { OpenResult } from './results.ts';
import type { SamkartApi } from './contract.ts';

/**
 * Commands the native menus send to the focused window. The renderer runs each through its
 * command registry, exactly as a shortcut or a toolbar button would.
 */
export const menuCommandIds = [
  'workshop.new',
  'workshop.open',
  'workshop.openExample',
  'workshop.saveAs',
  'file.export',
  'workshop.restore',
  'workshop.close',
  'edit.undo',
  'edit.redo',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomToFit',
  'view.zoomReset',
  'help.shortcuts',
  'help.about',
  'help.showLog',
  /** The language was changed from the native menu: re-read the settings. */
  'view.languageChanged',
  /** The OS asked this window to open a file: call `openPending`. */
  'workshop.openPending',
] as const;
export type MenuCommandId = (typeof menuCommandIds)[number];

export function isMenuCommandId(value: unknown): value is MenuCommandId {
  return typeof value === 'string' && (menuCommandIds as readonly string[]).includes(value);
}

/**
 * What Electron's preload puts on `window.samkart`: the API contract's methods and nothing else,
 * a listener for menu commands, and opening a file dropped on the window (the preload resolves
 * the dropped File to its path, so page script never handles a path).
 */
export interface SamkartBridge {
  api: SamkartApi;
  onMenuCommand(listener: (command: MenuCommandId) => void): () => void;
  openDroppedFile(file: unknown): Promise<OpenResult>;
}

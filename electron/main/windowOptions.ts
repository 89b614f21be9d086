// Type-only: erased at build time, so this module stays pure and runs in plain Node tests.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The page's own background, so a window never flashes white before the renderer paints. */
export const WINDOW_BACKGROUND = '#eef2f6';

/**
 * Electron's security checklist for every window: the page runs in Chromium's sandbox with no
 * Node, in its own JavaScript world apart from the preload, with the web's same-origin rules,
 * and without <webview>. The preload is the only way out, and it exposes only the API contract.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Spellchecking would send nothing anywhere, but Chromium fetches dictionaries on demand.
    spellcheck: false,
    preload,
  };
}

/**
 * A workshop window: large enough for a board and its side panels on a projector, hidden until
 * the first paint (ready-to-show) so it appears complete. `place` is where it was last
 * (windowState.ts), already fitted onto a screen that is there now.
 */
export function mainWindowOptions(preload: string, place?: { x: number; y: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    // No place yet: Electron centres the window.
    x: place?.x,
    y: place?.y,
    width: place?.width ?? 1600,
    height: place?.height ?? 1000,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    title: 'Samkart',
    webPreferences: secureWebPreferences(preload),
  };
}

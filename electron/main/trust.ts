/**
 * Who the main process trusts, decided from URLs alone so the rules are unit-tested in plain
 * Node. Electron's own objects are reduced to these plain facts by the callers (hardening.ts,
 * ipc.ts); nothing here imports Electron.
 */

/** The privileged scheme the built renderer is served from (see appProtocol.ts). */
export const APP_SCHEME = 'app';
/** The one host under that scheme. A fixed host gives the renderer a stable origin. */
export const APP_HOST = 'samkart';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://samkart/…`: no other host, no credentials, no port. Chromium lower-cases
 * the host of a standard scheme, so an exact comparison is right (a look-alike host is refused).
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * The origin of electron-vite's dev server, or null when the URL given is not a loopback http(s)
 * address (a dev server anywhere else is a mistake we refuse to trust).
 */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const parsed = parse(devServerUrl);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  const host = parsed.hostname;
  if (host !== 'localhost' && host !== '127.0.0.1' && host !== '[::1]') return null;
  return parsed.origin;
}

/**
 * May a page at this URL use the API and navigate within the app? Our own app:// pages always;
 * the dev server's exact origin only when one is configured (electron-vite dev).
 */
export function isTrustedSender(frameUrl: string, devServerUrl?: string): boolean {
  if (isAppUrl(frameUrl)) return true;
  const dev = devServerOrigin(devServerUrl);
  if (!dev) return false;
  const parsed = parse(frameUrl);
  return parsed !== null && parsed.origin === dev;
}

/** The facts about an IPC message's sender that decide whether it may call the API. */
export interface IpcSender {
  /** The URL of the frame that sent the message; null when the frame is already gone. */
  frameUrl: string | null;
  /** Subframes never call the API, whatever their origin. */
  isMainFrame: boolean;
  /** The webContents belongs to a window this process created. */
  isOurWindow: boolean;
}

/** The IPC gate: a main frame of one of our windows, showing one of our pages. */
export function isTrustedIpcSender(sender: IpcSender, devServerUrl?: string): boolean {
  return sender.isOurWindow && sender.isMainFrame && sender.frameUrl !== null && isTrustedSender(sender.frameUrl, devServerUrl);
}

/**
 * The only permissions our own pages get: reading and writing the clipboard, for copying and
 * pasting notes. Everything else (camera, microphone, notifications, location...) is refused.
 */
export function isClipboardPermission(permission: string): boolean {
  return permission === 'clipboard-read' || permission === 'clipboard-sanitized-write';
}

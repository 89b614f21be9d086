/**
 * The browser host's tab remembers which workshop it had open, so a reload of the page comes
 * back to it. (Electron windows don't reload; this is only read by the web start-up path.)
 */
const OPEN_KEY = 'samkart.openFile';

export function rememberOpenFile(fileName: string): void {
  sessionStorage.setItem(OPEN_KEY, fileName);
}

export function forgetOpenFile(): void {
  sessionStorage.removeItem(OPEN_KEY);
}

export function rememberedOpenFile(): string | null {
  return sessionStorage.getItem(OPEN_KEY);
}

import { BrowserWindow, type BaseWindow, type WebContents } from 'electron';
import { presenterWindowOptions, type Bounds } from './presenter.ts';
import { mainWindowOptions } from './windowOptions.ts';
import type { WindowState } from './windowState.ts';

export interface AppWindowsOptions {
  preload: string;
  /** What every window loads: app://samkart/index.html, or the dev server's address. */
  url: string;
  /** A window closed: release what its renderer held (open files, pending requests). */
  onClosed(clientId: string): void;
  /** Where a new workshop window goes (windowState.ts), given how many are open already. */
  placement?(openWindows: number): WindowState;
  /** A workshop window is closing: where it was, to open the next one there. */
  rememberPlacement?(state: WindowState): void;
}

/**
 * The windows this process made. A webContents that isn't one of these (a devtools window, an
 * unexpected guest) never gets an answer over IPC. A window's client id is its webContents id.
 */
export class AppWindows {
  private readonly windows = new Set<BrowserWindow>();
  /** The workshop windows among them (not the presenter view): their place is remembered. */
  private readonly workshopWindows = new Set<BrowserWindow>();

  constructor(private readonly options: AppWindowsOptions) {}

  /** A workshop window on the app's entry page. */
  create(): BrowserWindow {
    const place = this.options.placement?.(this.workshopWindows.size);
    const window = new BrowserWindow(mainWindowOptions(this.options.preload, place));
    this.workshopWindows.add(window);
    if (place?.maximized) window.maximize();
    window.on('close', () => {
      // The normal bounds, so a maximised window comes back maximised over the same place.
      this.options.rememberPlacement?.({ ...window.getNormalBounds(), maximized: window.isMaximized() });
      this.workshopWindows.delete(window);
    });
    return this.adopt(window, this.options.url);
  }

  /** The presenter view (presenter.ts) on the laptop's screen: ours too, so IPC answers it. */
  createPresenter(on: Bounds | null, url: string): BrowserWindow {
    return this.adopt(new BrowserWindow(presenterWindowOptions(this.options.preload, on)), url);
  }

  private adopt(window: BrowserWindow, url: string): BrowserWindow {
    const clientId = clientIdOf(window);
    this.windows.add(window);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      this.windows.delete(window);
      this.options.onClosed(clientId);
    });
    void window.loadURL(url);
    return window;
  }

  isOurs(contents: WebContents): boolean {
    return this.live().some((w) => w.webContents === contents);
  }

  byClientId(clientId: string): BrowserWindow | undefined {
    return this.live().find((w) => clientIdOf(w) === clientId);
  }

  /** Ours, from the base window Electron hands a menu item's click. */
  fromBase(base: BaseWindow | undefined): BrowserWindow | undefined {
    return base ? this.live().find((w) => w.id === base.id) : undefined;
  }

  /** The focused window, or failing that the most recently made one. */
  current(): BrowserWindow | undefined {
    const live = this.live();
    return live.find((w) => w.isFocused()) ?? live.at(-1);
  }

  all(): BrowserWindow[] {
    return this.live();
  }

  focus(window: BrowserWindow): void {
    if (window.isMinimized()) window.restore();
    if (!window.isVisible()) window.show();
    window.focus();
  }

  send(window: BrowserWindow, channel: string, payload: string): void {
    if (!window.isDestroyed()) window.webContents.send(channel, payload);
  }

  broadcast(channel: string, payload: string): void {
    for (const w of this.live()) w.webContents.send(channel, payload);
  }

  private live(): BrowserWindow[] {
    return [...this.windows].filter((w) => !w.isDestroyed());
  }
}

export function clientIdOf(window: BrowserWindow): string {
  return String(window.webContents.id);
}

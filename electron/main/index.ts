import { join, resolve } from 'node:path';
import { app, protocol, screen, session, type BrowserWindow } from 'electron';
import { appVersion } from '../appVersion.ts';
import { LogFile } from './logFile.ts';
import { placeWindow, readWindowState, writeWindowState } from './windowState.ts';
import { createHandlers } from '../api/handlers.ts';
import { dispatch } from '../api/dispatch.ts';
import { ProfileStore } from '../store/profile.ts';
import { serveAppRequest } from './appProtocol.ts';
import { channels, LANGUAGE_CHANGED_COMMAND, OPEN_PENDING_COMMAND } from './channels.ts';
import { createElectronPlatform } from './electronPlatform.ts';
import { hardenAllWebContents, hardenSession } from './hardening.ts';
import { registerIpc } from './ipc.ts';
import { createAppMenu } from './menu.ts';
import { openDroppedPath } from './openPath.ts';
import { PendingOpens } from './pendingOpens.ts';
import { createPresenterController, type DisplayInfo } from './presenter.ts';
import { APP_ENTRY_URL, APP_SCHEME, devServerOrigin } from './trust.ts';
import { AppWindows, clientIdOf } from './windows.ts';
import { isWorkshopPath, workshopPathFromArgv } from './workshopPath.ts';

/*
 * The main process entry: wiring only. Every decision lives in a module that runs in plain Node
 * (trust.ts, appProtocol.ts, windowOptions.ts, menuTemplate.ts, workshopPath.ts, openPath.ts)
 * and is unit-tested there; the handler table is the same one the browser host uses.
 */

// electron-vite dev sets this; a packaged app never honours it, and only a loopback address counts.
const devServerUrl = !app.isPackaged && devServerOrigin(process.env.ELECTRON_RENDERER_URL) ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererDir = resolve(import.meta.dirname, '../renderer');
const preload = resolve(import.meta.dirname, '../preload/index.cjs');

// Must happen before "ready": app:// behaves like https (secure context, fetch, its own origin).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  // Another Samkart is running; it gets our command line through "second-instance".
  app.quit();
} else {
  start();
}

function start(): void {
  const pending = new PendingOpens();
  let windows: AppWindows | null = null;
  let backend: ReturnType<typeof createHandlers> | null = null;

  /** A file from the OS: given to the current window, or to a new one if that has a workshop open. */
  function openFromOs(path: string): void {
    if (!isWorkshopPath(path)) return;
    if (!windows || !backend) return pending.offerEarly(path);
    let target = windows.current();
    if (!target || backend.open.ofClient(clientIdOf(target)).length > 0) target = windows.create();
    pending.offer(clientIdOf(target), path);
    windows.focus(target);
    // A renderer already running hears about it; one still loading asks for it when it starts.
    windows.send(target, channels.menu, OPEN_PENDING_COMMAND);
  }

  // macOS: double-clicking a file in Finder, possibly before "ready".
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const target = windows?.current();
    if (target) windows?.focus(target);
    const path = workshopPathFromArgv(argv, workingDirectory);
    if (path) openFromOs(path);
  });

  hardenAllWebContents(devServerUrl);

  // The local log (logFile.ts): what happened, never what a workshop says. Electron's own logs
  // folder: ~/.config/Samkart/logs, %APPDATA%\Samkart\logs, ~/Library/Logs/Samkart.
  app.setAppLogsPath();
  const log = new LogFile(app.getPath('logs'));
  log.info('app.start', { version: appVersion, electron: process.versions.electron, os: process.platform, arch: process.arch, packaged: app.isPackaged });
  process.on('uncaughtException', (error) => log.error('main.uncaughtException', error));
  process.on('unhandledRejection', (reason) => log.error('main.unhandledRejection', reason));
  app.on('render-process-gone', (_event, _contents, details) => log.warn('renderer.gone', { reason: details.reason, exitCode: details.exitCode }));
  app.on('child-process-gone', (_event, details) => log.warn('child.gone', { type: details.type, reason: details.reason, exitCode: details.exitCode }));
  app.on('will-quit', () => log.info('app.quit'));

  app.whenReady().then(() => {
    hardenSession(session.defaultSession, devServerUrl);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));

    const profile = new ProfileStore(app.getPath('userData'));
    const windowStateFile = join(app.getPath('userData'), 'window.json');
    const appWindows = new AppWindows({
      preload,
      url: devServerUrl ?? APP_ENTRY_URL,
      placement: (open) =>
        placeWindow(readWindowState(windowStateFile), screen.getAllDisplays().map((d) => ({ workArea: d.workArea, primary: d.id === screen.getPrimaryDisplay().id })), open * 32),
      rememberPlacement: (state) => writeWindowState(windowStateFile, state),
      onClosed(clientId) {
        pending.forget(clientId);
        backend?.releaseClient(clientId);
      },
    });
    const menu = createAppMenu({
      isDev: devServerUrl !== undefined,
      os: process.platform,
      language: () => profile.language,
      sendCommand(command, base) {
        const window = appWindows.fromBase(base) ?? appWindows.current();
        if (window) appWindows.send(window, channels.menu, command);
      },
      // The very path the API's setLanguage takes (validation, profile, onLanguageChanged).
      setLanguage(language) {
        void dispatch(service.handlers, { clientId: 'menu' }, 'setLanguage', [language]);
      },
    });
    const platform = createElectronPlatform({
      profile,
      windows: appWindows,
      pending,
      isOpen: (path) => service.open.findByPath(path) !== undefined,
      onLanguageChanged() {
        menu.rebuild();
        appWindows.broadcast(channels.menu, LANGUAGE_CHANGED_COMMAND);
      },
      logFile: log.path,
    });
    // Presentation: the workshop window goes full screen (on the projector when there is one) and
    // the presenter view opens on the laptop's screen; presenter.ts decides, this only wires.
    const presenter = createPresenterController({
      displays: (): DisplayInfo[] => screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea, internal: d.internal, primary: d.id === screen.getPrimaryDisplay().id })),
      displayIdOf: (window) => screen.getDisplayMatching(window.getBounds()).id,
      windowOf: (clientId) => appWindows.byClientId(clientId),
      openPresenterWindow: (on, url): BrowserWindow => appWindows.createPresenter(on, url),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
    });
    app.on('before-quit', () => presenter.close());
    // The participant room serves participant.html from the built renderer (never the dev server: phones can't reach it).
    const service = createHandlers(Object.assign(platform, { onPresentationPublished: presenter.onPresentationPublished, participantPageDir: rendererDir }));
    registerIpc({
      handlers: service.handlers,
      isOurWindow: (contents) => appWindows.isOurs(contents),
      devServerUrl,
      openDropped: (ctx, path) => openDroppedPath(service.openPath, ctx, path),
      log,
    });
    windows = appWindows;
    backend = service;
    menu.rebuild();

    const first = appWindows.create();
    const launchPath = workshopPathFromArgv(process.argv, process.cwd()) ?? pending.takeEarly();
    if (launchPath) pending.offer(clientIdOf(first), launchPath);

    // macOS keeps the app alive without windows; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (appWindows.all().length === 0) appWindows.create();
    });
  }).catch((error: unknown) => {
    console.error('Samkart failed to start:', error);
    log.error('app.startFailed', error);
    app.exit(1);
  });

  // Every workshop checkpointed and closed, so each is one complete file on disk.
  app.on('window-all-closed', () => {
    backend?.closeAll();
    app.quit();
  });
  app.on('will-quit', () => backend?.closeAll());
}

import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language, MessageKey } from '../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../shared/i18n/translate.ts';
import type { CallContext, Platform } from '../api/platform.ts';
import { ExportFolderMemory } from '../api/exportFolderMemory.ts';
import { appVersion } from '../appVersion.ts';
import { FILE_EXTENSION } from '../store/fileFormat.ts';
import type { ProfileStore } from '../store/profile.ts';
import type { AppWindows } from './windows.ts';
import type { PendingOpens } from './pendingOpens.ts';
import { withWorkshopExtension } from './workshopPath.ts';

export interface ElectronPlatformOptions {
  profile: ProfileStore;
  windows: AppWindows;
  pending: PendingOpens;
  /** Is this file open in some window? A new workshop must never replace one that is. */
  isOpen(path: string): boolean;
  /** Rebuild the menu and tell every window, whichever way the language was changed. */
  onLanguageChanged(language: Language): void;
  /** The log file (logFile.ts), shown in the file manager by Hjelp → Vis loggfil. */
  logFile: string;
}

/** The Electron side of the platform; also hands a window the file the OS asked it to open. */
export type ElectronPlatform = Platform & {
  /** For the proposed `openPending` handler: the file waiting for this window, taken once. */
  takePendingPath(ctx: CallContext): string | null;
};

/**
 * Native dialogs, parented to the calling window and titled in the user's language. Every path
 * is chosen here, by the user, never named by the renderer.
 */
export function createElectronPlatform(options: ElectronPlatformOptions): ElectronPlatform {
  const { profile, windows, pending } = options;
  const t = (key: MessageKey, params?: MessageParams) => translate(profile.language, key, params);
  const filters = () => [{ name: t('dialog.fileType'), extensions: [FILE_EXTENSION.slice(1)] }];
  const exampleFolder = join(app.getPath('userData'), 'Eksempler');
  mkdirSync(exampleFolder, { recursive: true });

  // Called as dialog.showSaveDialog(...) at call time (not destructured), so a test that stubs
  // the dialog in the main process (Playwright's app.evaluate) is what runs.
  async function save(window: BrowserWindow | undefined, opts: SaveDialogOptions): Promise<string | null> {
    const result = window ? await dialog.showSaveDialog(window, opts) : await dialog.showSaveDialog(opts);
    return result.canceled || !result.filePath ? null : withWorkshopExtension(result.filePath);
  }

  async function open(window: BrowserWindow | undefined, opts: OpenDialogOptions): Promise<string | null> {
    const result = window ? await dialog.showOpenDialog(window, opts) : await dialog.showOpenDialog(opts);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  return {
    transport: 'electron',
    version: appVersion,
    profile,
    folder: null,
    exampleFolder,
    async chooseNewPath(ctx, suggestedFileName) {
      const window = windows.byClientId(ctx.clientId);
      const path = await save(window, {
        title: t('new.title'),
        buttonLabel: t('new.create'),
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (path && options.isOpen(path)) {
        // Replacing a file another window is writing to would lose that window's work.
        const message = t('open.error.alreadyOpen', { file: basename(path) });
        if (window) await dialog.showMessageBox(window, { type: 'warning', message });
        else await dialog.showMessageBox({ type: 'warning', message });
        return null;
      }
      return path;
    },
    async chooseOpenPath(ctx) {
      return open(windows.byClientId(ctx.clientId), {
        title: t('open.title'),
        defaultPath: app.getPath('documents'),
        filters: filters(),
        properties: ['openFile'],
      });
    },
    async chooseSaveAsPath(ctx, suggestedFileName) {
      return save(windows.byClientId(ctx.clientId), {
        title: t('saveAs.title'),
        buttonLabel: t('common.save'),
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
    focusClient(clientId) {
      const window = windows.byClientId(clientId);
      if (window) windows.focus(window);
    },
    onLanguageChanged(language) {
      options.onLanguageChanged(language);
    },
    takePendingPath(ctx) {
      return pending.take(ctx.clientId);
    },
    async chooseExportPath(ctx, request) {
      const window = windows.byClientId(ctx.clientId);
      const opts: SaveDialogOptions = {
        title: t('exportUi.nativeTitle', { name: request.fileName }),
        buttonLabel: t('exportUi.export'),
        defaultPath: join(request.folder ?? app.getPath('documents'), request.fileName),
        // One filter, the format's own: the handler gives the file its extension either way.
        filters: [{ name: t(`exportUi.filter.${request.format}`), extensions: [request.format] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = window ? await dialog.showSaveDialog(window, opts) : await dialog.showSaveDialog(opts);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    exportFolders: new ExportFolderMemory(join(app.getPath('userData'), 'export.json')),
    settingsFolder: app.getPath('userData'),
    logFile: options.logFile,
    showLogFile() {
      // Shown selected in its folder, ready to attach to an e-mail; never opened by the app.
      shell.showItemInFolder(options.logFile);
      return true;
    },
  };
}

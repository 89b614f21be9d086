import type { Language } from '../../shared/i18n/messages.ts';
import type { ProfileStore } from '../store/profile.ts';
import type { ExportFolders, ExportPathRequest } from './exportHandlers.ts';

/** Who is calling: an Electron window (its webContents id) or the browser host's page. */
export interface CallContext {
  clientId: string;
}

/**
 * What differs between Electron and the browser host. The handler table is the same for both;
 * only these decisions (how a path is chosen, where example copies go) are the transport's.
 * Paths are always chosen here, on the Node side: the renderer never names a path to write.
 */
export interface Platform {
  transport: 'electron' | 'web';
  version: string;
  profile: ProfileStore;
  /** The host's workshop folder; null in Electron, which uses native dialogs. */
  folder: string | null;
  /** Where "Åpne eksempel" puts its fresh copy. */
  exampleFolder: string;
  chooseNewPath(ctx: CallContext, suggestedFileName: string): Promise<string | null>;
  chooseOpenPath(ctx: CallContext): Promise<string | null>;
  chooseSaveAsPath(ctx: CallContext, suggestedFileName: string): Promise<string | null>;
  /**
   * The browser host: a client (a tab) that has not been heard from for long and has nothing in
   * flight is gone (crashed, killed), so its files may be opened by another tab.
   */
  isClientGone?(clientId: string): boolean;
  /** Another window already has the file: bring it forward. */
  focusClient?(clientId: string): void;
  onLanguageChanged?(language: Language): void;
  /** Electron: a file the OS asked this window to open (double-click, command line, second instance). */
  takePendingPath?(ctx: CallContext): string | null;
  /** Electron: the native save dialog for an export; null when cancelled. The browser host has none: it downloads. */
  chooseExportPath?(ctx: CallContext, request: ExportPathRequest): Promise<string | null>;
  /** The built renderer's folder, where the participant page (participant.html) is; no participant room without it. */
  participantPageDir?: string;
  /** Electron: the last export's folder, kept in the profile folder. */
  exportFolders?: ExportFolders;
  /** Where settings live (Electron's userData, the host's --profile); shown in "Om Samkart". */
  settingsFolder?: string;
  /** Electron: the log file, and showing it in the file manager (Hjelp → Vis loggfil). */
  logFile?: string;
  showLogFile?(): boolean;
}

import type { WorkshopDoc } from '../model/document.ts';
import type { Language, MessageKey } from '../i18n/messages.ts';

/** Opaque handle of an open workshop. The renderer never sees the path it stands for. */
export type WorkshopHandle = string;

export interface AppInfo {
  version: string;
  /** Which transport serves this renderer; only start-up code should ever look at it. */
  transport: 'electron' | 'web';
  /** Electron shows native open/save dialogs; the browser host offers its folder instead. */
  nativeDialogs: boolean;
  /** The newest file version this build reads and writes. */
  schemaVersion: number;
}

export interface Settings {
  language: Language;
}

export interface RecentEntry {
  id: string;
  title: string;
  fileName: string;
  /** The folder, for display only. */
  folder: string;
  lastOpened: string;
  exists: boolean;
}

export interface FolderListing {
  folder: string;
  files: { fileName: string; modified: string; size: number }[];
}

/** Why a file could not be opened; each has its own translated message and none writes to the file. */
export type OpenFailure = 'notOurFile' | 'tooNew' | 'corrupt' | 'locked' | 'alreadyOpen' | 'notFound' | 'ioError';

export type OpenResult =
  | {
      status: 'ok' | 'migrated';
      handle: WorkshopHandle;
      fileName: string;
      doc: WorkshopDoc;
      /** Set when status is 'migrated'. */
      fromVersion?: number;
      toVersion: number;
    }
  | { status: 'cancelled' }
  | { status: OpenFailure; fileName: string; detail?: string; foundVersion?: number; supportedVersion?: number };

export type SaveAsResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface ApplyResult {
  /** Count of edits this file has persisted; acknowledges the write. */
  revision: number;
}

/** What a failed call carries across either transport. */
export interface ApiErrorShape {
  key: MessageKey;
  detail?: string;
}

export class ApiError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly detail?: string,
  ) {
    super(detail ? `${key}: ${detail}` : key);
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export function isOpened(result: OpenResult): result is Extract<OpenResult, { handle: WorkshopHandle }> {
  return result.status === 'ok' || result.status === 'migrated';
}

import type { WorkshopDoc } from '../model/document.ts';
import type { BoardId } from '../model/ids.ts';
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
export type OpenFailure = 'notOurFile' | 'tooNew' | 'corrupt' | 'locked' | 'alreadyOpen' | 'notFound' | 'ioError' | 'notRegularFile';

/**
 * Something the store did to keep the user's work safe that the user must hear about, with the
 * name (never the path) of what it kept beside the workshop:
 * - `sidecarsKept`: a leftover `-wal`/`-shm`/`-journal` of another file lay where this one was
 *   written; it was moved aside, not replayed into this workshop.
 * - `foreignWalKept`: the `-wal` beside the file being opened was another file's (an older copy put
 *   back under the workshop's name after a crash); it was moved aside, not replayed into it.
 * - `walDamaged`: the file's `-wal` holds edits SQLite could not replay (damaged or cut short);
 *   the workshop and its `-wal` were copied as they were before opening.
 * - `repaired`: a damaged index was rebuilt in a copy that replaced the file; the original is kept.
 */
export interface FileNotice {
  kind: 'sidecarsKept' | 'foreignWalKept' | 'walDamaged' | 'repaired';
  keptName: string;
}

export type OpenResult =
  | {
      status: 'ok' | 'migrated';
      handle: WorkshopHandle;
      fileName: string;
      doc: WorkshopDoc;
      /** Set when status is 'migrated'. */
      fromVersion?: number;
      toVersion: number;
      /**
       * The file can't be written here (a read-only share, no write permission): it is shown as it
       * is, edits are kept in memory only, and "Lagre som" continues in a copy that can be written.
       */
      readOnly?: boolean;
      /** The board that was showing when this workshop was last open here (profile memory), if any. */
      lastBoardId?: BoardId;
      /** What was kept aside while opening, for the user to hear. */
      notices?: FileNotice[];
    }
  | { status: 'cancelled' }
  | {
      status: OpenFailure;
      fileName: string;
      detail?: string;
      foundVersion?: number;
      supportedVersion?: number;
      /**
       * An offer the user may take with `takeOffer`: open a file another tab or window has open as a
       * read-only view ('alreadyOpen'), or repair a damaged index in a copy ('corrupt').
       */
      offer?: { id: string; kind: 'readOnly' | 'repair' };
      /**
       * Who has the file ('locked'), as the holder wrote it beside the file: for the message only,
       * never trusted for anything else (anyone can write it). `since` is an ISO time.
       */
      holder?: { name: string; host: string; since: string };
    };

export type SaveAsResult = { status: 'saved'; fileName: string; notices?: FileNotice[] } | { status: 'cancelled' };

/** An export written where the user chose (its file name, for the message), or the dialog cancelled. */
export type SaveExportResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface ApplyResult {
  /** Count of edits this file has persisted; acknowledges the write. */
  revision: number;
}

/** Why a snapshot exists: the user's own, the end of a gathering, or one the app took by itself. */
export type SnapshotKind = 'auto' | 'gathering' | 'manual';
/** When the app took an automatic snapshot: at opening, during a long session, or before a restore. */
export type SnapshotReason = 'open' | 'interval' | 'beforeRestore';

/** One entry of the "Gjenopprett" list; the document itself stays in the file until restored. */
export interface SnapshotInfo {
  id: number;
  kind: SnapshotKind;
  /** Set for automatic snapshots only; the UI words it in the user's language. */
  reason: SnapshotReason | null;
  /** The user's own words for manual and gathering snapshots; empty for automatic ones. */
  label: string;
  gatheringId: string | null;
  createdAt: string;
  boards: number;
  items: number;
}

export interface RestoreResult {
  /** The document as the file now holds it; the renderer replaces its own and clears undo. */
  doc: WorkshopDoc;
  revision: number;
  /** The automatic snapshot of the state just before the restore: restoring it undoes the restore. */
  undoSnapshot: SnapshotInfo;
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

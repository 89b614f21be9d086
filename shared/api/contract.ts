import { z } from 'zod';
import { RowChangeSchema } from '../model/changes.ts';
import { limits } from '../model/limits.ts';
import { languages } from '../i18n/messages.ts';
import type { AboutInfo } from './about.ts';
import type { AppInfo, ApplyResult, FolderListing, OpenResult, RecentEntry, RestoreResult, SaveAsResult, SaveExportResult, Settings, SnapshotInfo } from './results.ts';
import { GatheringIdSchema } from '../model/ids.ts';
import { RoomActionSchema, RoomSettingsSchema, type ListenAddress, type RoomView } from '../participants/room.ts';
import { PresentationStateSchema, type PresentationState, type PublishResult } from '../present/presentationState.ts';
import { safeFileName } from '../util/fileName.ts';

const handle = z.string().regex(/^w_[0-9A-Za-z]{8,64}$/);
const shortText = z.string().max(limits.name);
/** A bare file name: no folders, so a caller can never steer a write outside the chosen folder. */
export const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[/\\\0]/.test(s) && s !== '.' && s !== '..', 'a file name without folders');

export const NewWorkshopSchema = z.object({
  title: z.string().trim().min(1).max(limits.name),
  region: shortText,
  facilitator: shortText,
  gatheringDates: z.array(z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])).max(12),
});
export type NewWorkshop = z.infer<typeof NewWorkshopSchema>;

/** What an export writes. Each has one file extension, and bytes that begin the way the format does. */
export const exportFormats = ['png', 'svg', 'pdf', 'csv', 'docx', 'pptx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * The largest export the main process writes: a 300 dpi A4 PNG is ~10–30 MB and a PDF report of a
 * big workshop some tens of MB; this bounds memory against a runaway renderer, not real use.
 */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** Only the name is the renderer's: the folder is the user's choice in the save dialog. */
export const ExportFileSchema = z.strictObject({
  /** A suggestion for the dialog (the board's or workshop's title); sanitised again on the Node side. */
  suggestedName: z.string().min(1).max(limits.name),
  format: z.enum(exportFormats),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, length: number) => String.fromCharCode(...bytes.subarray(0, length));

/**
 * Do the bytes look like the format they are saved as? A renderer bug (or a hostile page) can't
 * then write a PNG under a .pdf name, or a binary blob as a table someone opens in Excel.
 */
export function bytesMatchFormat(bytes: Uint8Array, format: ExportFormat): boolean {
  switch (format) {
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'pdf':
      return ascii(bytes, 5) === '%PDF-';
    case 'svg':
      // Text, and an <svg> element near the start (after an optional BOM, XML declaration, comments).
      return !bytes.subarray(0, 4096).includes(0) && /<svg[\s>]/.test(ascii(bytes, 4096));
    case 'csv':
      return !bytes.subarray(0, 4096).includes(0);
    case 'docx':
    case 'pptx':
      // Office Open XML is a ZIP package: a local file header first.
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  }
}

/**
 * A file name for an export: the one sanitiser (util/fileName.ts) with the format's extension.
 * Used on both sides: the renderer names its downloads with it, the main process re-applies it to
 * the suggestion and to the name the user typed in the save dialog.
 */
export function exportFileName(name: string, format: ExportFormat, fallback = 'Samkart'): string {
  return safeFileName(name, { extension: `.${format}`, fallback });
}

/**
 * Every call the renderer may make, with a runtime validator for its arguments. Both transports
 * (Electron IPC and the loopback host) validate with these before a handler runs, and the preload
 * exposes exactly these names.
 */
export const contract = {
  appInfo: z.tuple([]),
  getSettings: z.tuple([]),
  setLanguage: z.tuple([z.enum(languages)]),
  listRecent: z.tuple([]),
  removeRecent: z.tuple([z.string().min(1).max(80)]),
  createWorkshop: z.tuple([NewWorkshopSchema]),
  /** Electron: the native open dialog. */
  openWithDialog: z.tuple([]),
  /** Browser host: the workshops in its folder. Electron answers null (it has the native dialog). */
  listFolder: z.tuple([]),
  /** Browser host: open a file from its folder by name. */
  openFromFolder: z.tuple([FileNameSchema]),
  openRecent: z.tuple([z.string().min(1).max(80)]),
  openExample: z.tuple([]),
  /** Electron: the file the operating system asked this window to open (double-click, command line), if any. */
  openPending: z.tuple([]),
  applyChanges: z.tuple([handle, z.array(RowChangeSchema).max(limits.changesPerCall)]),
  /** The suggested name is only a suggestion: Electron asks with a native dialog, the host uses its folder. */
  saveAs: z.tuple([handle, FileNameSchema]),
  closeWorkshop: z.tuple([handle]),
  /** Takes an offer an open result made: a read-only view of a file open elsewhere, or the repair of a damaged index. */
  takeOffer: z.tuple([z.string().regex(/^o_[0-9A-Za-z]{8,64}$/)]),
  /** Gjenopprett: the snapshots kept in the file, newest first. */
  listSnapshots: z.tuple([handle]),
  /** A snapshot on request; with a gathering id it is that gathering's one snapshot (replacing an earlier one). */
  takeSnapshot: z.tuple([handle, z.string().max(limits.name), GatheringIdSchema.nullable()]),
  /** Replaces the document with a snapshot's, after an automatic snapshot of the current state. */
  restoreSnapshot: z.tuple([handle, z.number().int().positive().max(Number.MAX_SAFE_INTEGER)]),
  /** Presentation sync (session data): the projection or the presenter view shares its newest state. */
  publishPresentation: z.tuple([PresentationStateSchema]),
  /** Long-poll: answers when a state newer than this revision is published, or after ~25 s with the current one. */
  awaitPresentation: z.tuple([z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER)]),
  /** Deltakere: this machine's network interfaces the participant room may listen on. */
  listParticipantAddresses: z.tuple([]),
  /** Opens the participant room (a separate listener on the chosen interface) for a board of the caller's workshop. */
  openParticipantRoom: z.tuple([RoomSettingsSchema]),
  /** Stops the participant listener at once. */
  closeParticipantRoom: z.tuple([]),
  /** Long-poll: the room's state when newer than this revision, or after ~25 s. */
  awaitParticipantRoom: z.tuple([z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER)]),
  /** Approve, reject, pause, remove, and the workshop window's acknowledgement of what it placed. */
  participantRoomAction: z.tuple([RoomActionSchema]),
  /**
   * Electron: an export's bytes, saved where the user chooses in a native save dialog (the handle,
   * if any, names the workshop whose folder the dialog may start in). The browser host has no
   * dialog and HTTP carries JSON, so there the renderer downloads instead and never calls this.
   */
  saveExport: z
    .tuple([handle.nullable(), ExportFileSchema, z.custom<Uint8Array>((b) => b instanceof Uint8Array, 'bytes').refine((b) => b.byteLength > 0 && b.byteLength <= MAX_EXPORT_BYTES, 'between 1 byte and the export limit')])
    .refine(([, file, bytes]) => bytesMatchFormat(bytes, file.format), 'the bytes are not the format named'),
  /** Hjelp → Om Samkart: versions, where settings and logs are kept, the bundled licences. */
  aboutInfo: z.tuple([]),
  /** Hjelp → Vis loggfil: Electron shows the log file in the file manager; false where there is none. */
  showLogFile: z.tuple([]),
  /** Session data kept in the profile, not the file: the board showing, so reopening returns to it. */
  rememberBoard: z.tuple([handle, z.string().min(1).max(80)]),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

/** What each method returns. */
export interface Returns {
  appInfo: AppInfo;
  getSettings: Settings;
  setLanguage: Settings;
  listRecent: RecentEntry[];
  removeRecent: RecentEntry[];
  createWorkshop: OpenResult;
  openWithDialog: OpenResult;
  listFolder: FolderListing | null;
  openFromFolder: OpenResult;
  openRecent: OpenResult;
  openExample: OpenResult;
  openPending: OpenResult | null;
  applyChanges: ApplyResult;
  saveAs: SaveAsResult;
  closeWorkshop: void;
  takeOffer: OpenResult;
  listSnapshots: SnapshotInfo[];
  takeSnapshot: SnapshotInfo;
  restoreSnapshot: RestoreResult;
  publishPresentation: PublishResult;
  awaitPresentation: PresentationState;
  saveExport: SaveExportResult;
  aboutInfo: AboutInfo;
  showLogFile: boolean;
  rememberBoard: void;
  listParticipantAddresses: ListenAddress[];
  openParticipantRoom: RoomView;
  closeParticipantRoom: void;
  awaitParticipantRoom: RoomView;
  participantRoomAction: RoomView;
}

export type Args<M extends MethodName> = z.infer<Contract[M]>;

/** The API as the renderer sees it: one async function per method. */
export type SamkartApi = { [M in MethodName]: (...args: Args<M>) => Promise<Returns[M]> };

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** Validates a call's arguments; returns the parsed arguments or a readable reason. */
export function validateCall(method: unknown, args: unknown):
  | { ok: true; method: MethodName; args: unknown[] }
  | { ok: false; reason: string } {
  if (!isMethodName(method)) return { ok: false, reason: `unknown method ${String(method).slice(0, 60)}` };
  const parsed = contract[method].safeParse(args);
  if (!parsed.success) return { ok: false, reason: `${method}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ').slice(0, 500)}` };
  return { ok: true, method, args: parsed.data as unknown[] };
}

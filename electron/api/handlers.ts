import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Args, MethodName, Returns } from '../../shared/api/contract.ts';
import { ApiError, type FileNotice, type OpenResult } from '../../shared/api/results.ts';
import { buildExampleWorkshop } from '../../shared/examples/vaernesregionen.ts';
import type { WorkshopDoc } from '../../shared/model/document.ts';
import { FILE_EXTENSION } from '../store/fileFormat.ts';
import { fileNameFor, freePath } from '../store/fileNames.ts';
import { CURRENT_SCHEMA_VERSION } from '../store/migrations/index.ts';
import { repairIndexes, WorkshopFile, type OpenOutcome } from '../store/workshopFile.ts';
import { writeError } from '../store/sqliteErrors.ts';
import { Offers } from './offers.ts';
import { newWorkshopDoc } from './newWorkshop.ts';
import { OpenWorkshops } from './openWorkshops.ts';
import { snapshotHandlers } from './snapshotHandlers.ts';
import { trackHolders } from './holderHooks.ts';
import { liveHolder } from '../store/holder.ts';
import { presentationHandlers } from './presentationHandlers.ts';
import { exportHandlers } from './exportHandlers.ts';
import { aboutHandlers } from './aboutHandlers.ts';
import { BoardMemory } from './boardMemory.ts';
import type { BoardId } from '../../shared/model/ids.ts';
import type { CallContext, Platform } from './platform.ts';
import { participantHandlers, RoomController } from '../participants/roomHandlers.ts';

export type Handlers = { [M in MethodName]: (ctx: CallContext, ...args: Args<M>) => Promise<Returns[M]> };

/** A file shown read-only says so in its open result, so the window can say it at once. */
const readOnly = (file: WorkshopFile) => (file.readOnly ? { readOnly: true } : {});
/** What was kept aside while opening, for the window to tell the user. */
const noticesOf = (file: WorkshopFile, more: FileNotice[] = []) => {
  const all = [...more, ...file.notices];
  return all.length > 0 ? { notices: all } : {};
};

/**
 * The one handler table behind both transports. Arguments arrive already validated against the
 * contract; this checks what validation can't: that a handle belongs to the caller, that a path
 * stays inside the host's folder.
 */
export function createHandlers(platform: Platform, open = new OpenWorkshops()) {
  const { profile } = platform;
  const boards = new BoardMemory(platform.settingsFolder ? join(platform.settingsFolder, 'boards.json') : null);
  /** The board last showing in this file, if this profile remembers one. */
  const lastBoard = (path: string) => {
    const boardId = boards.last(path);
    return boardId ? { lastBoardId: boardId } : {};
  };
  const room = new RoomController(platform.participantPageDir);
  const offers = new Offers();
  trackHolders(open, platform.version);

  /**
   * Adds an opened file to the caller's sessions and to the recent list. If the recent list can't
   * be written (a full disk), the file is not left open behind an error: it is closed again and
   * the user hears why ("disk full"), the same answer every time.
   */
  function register(ctx: CallContext, file: WorkshopFile, title: string, viewer = false) {
    const session = open.add(ctx.clientId, file, { viewer });
    try {
      profile.touchRecent(file.path, title);
    } catch (error) {
      open.close(session);
      throw error instanceof ApiError ? error : writeError(error);
    }
    return session;
  }

  function opened(ctx: CallContext, outcome: OpenOutcome, path: string, viewer = false): OpenResult {
    const fileName = basename(path);
    switch (outcome.status) {
      case 'ok':
      case 'migrated': {
        const session = register(ctx, outcome.file, outcome.doc.meta.title, viewer);
        return {
          status: outcome.status,
          handle: session.handle,
          fileName,
          doc: outcome.doc,
          toVersion: CURRENT_SCHEMA_VERSION,
          ...(outcome.status === 'migrated' ? { fromVersion: outcome.fromVersion } : {}),
          ...readOnly(outcome.file),
          ...lastBoard(outcome.file.path),
          ...noticesOf(outcome.file),
        };
      }
      case 'tooNew':
        return { status: 'tooNew', fileName, foundVersion: outcome.foundVersion, supportedVersion: CURRENT_SCHEMA_VERSION };
      case 'corrupt':
        return {
          status: 'corrupt',
          fileName,
          ...(outcome.detail ? { detail: outcome.detail } : {}),
          ...(outcome.repairable ? { offer: { id: offers.make(ctx.clientId, 'repair', path), kind: 'repair' as const } } : {}),
        };
      case 'locked': {
        // Held by another process (another machine on a shared drive, another Samkart here): say
        // who, if it left its name beside the file, and offer the file as it is now, read-only.
        const holder = liveHolder(path);
        return {
          status: 'locked',
          fileName,
          offer: { id: offers.make(ctx.clientId, 'readOnly', path), kind: 'readOnly' },
          ...(holder ? { holder: { name: holder.name, host: holder.host, since: holder.openedAt } } : {}),
        };
      }
      default:
        return { status: outcome.status, fileName, ...(outcome.detail ? { detail: outcome.detail } : {}) };
    }
  }

  function openPath(ctx: CallContext, path: string): OpenResult {
    const fileName = basename(path);
    let existing = open.findByPath(path);
    if (existing && existing.clientId !== ctx.clientId && platform.isClientGone?.(existing.clientId)) {
      // A browser tab that went away without saying so (a crash, a killed browser): its files are
      // closed (everything it saved is in them) so the file can be opened again.
      for (const s of open.ofClient(existing.clientId)) open.close(s);
      existing = undefined;
    }
    if (existing && existing.clientId !== ctx.clientId) {
      platform.focusClient?.(existing.clientId);
      return { status: 'alreadyOpen', fileName, offer: { id: offers.make(ctx.clientId, 'readOnly', path), kind: 'readOnly' } };
    }
    if (existing) {
      // The same window asks again (a reload of the page): give it the file's current state.
      return { status: 'ok', handle: existing.handle, fileName, doc: existing.file.load(), toVersion: CURRENT_SCHEMA_VERSION, ...readOnly(existing.file), ...lastBoard(path) };
    }
    return opened(ctx, WorkshopFile.open(path), path);
  }

  function createAt(ctx: CallContext, path: string, doc: WorkshopDoc): OpenResult {
    // The user may confirm replacing a file in the save dialog, but never one that is open.
    if (open.findByPath(path)) return { status: 'alreadyOpen', fileName: basename(path) };
    const file = WorkshopFile.create(path, doc);
    const session = register(ctx, file, doc.meta.title);
    return { status: 'ok', handle: session.handle, fileName: file.fileName, doc: file.load(), toVersion: CURRENT_SCHEMA_VERSION, ...noticesOf(file) };
  }

  function folderPath(fileName: string): string {
    if (!platform.folder) throw new ApiError('error.forbidden', 'no folder on this transport');
    const path = resolve(platform.folder, fileName);
    if (dirname(path) !== resolve(platform.folder)) throw new ApiError('error.forbidden', 'outside the folder');
    return path;
  }

  const handlers: Handlers = {
    async appInfo() {
      return { version: platform.version, transport: platform.transport, nativeDialogs: platform.transport === 'electron', schemaVersion: CURRENT_SCHEMA_VERSION };
    },
    async getSettings() {
      return { language: profile.language };
    },
    async setLanguage(_ctx, language) {
      profile.setLanguage(language);
      platform.onLanguageChanged?.(language);
      return { language };
    },
    async listRecent() {
      return profile.recent.map((r) => ({
        id: r.id,
        title: r.title,
        fileName: basename(r.path),
        folder: dirname(r.path),
        lastOpened: r.lastOpened,
        exists: existsSync(r.path),
      }));
    },
    async removeRecent(ctx, id) {
      profile.removeRecent(id);
      return handlers.listRecent(ctx);
    },
    async createWorkshop(ctx, input) {
      const path = await platform.chooseNewPath(ctx, fileNameFor(input.title));
      if (!path) return { status: 'cancelled' };
      return createAt(ctx, path, newWorkshopDoc(input, profile.language));
    },
    async openWithDialog(ctx) {
      const path = await platform.chooseOpenPath(ctx);
      if (!path) return { status: 'cancelled' };
      return openPath(ctx, path);
    },
    async listFolder() {
      if (!platform.folder) return null;
      const folder = platform.folder;
      const files = existsSync(folder)
        ? readdirSync(folder)
            .filter((name) => name.toLowerCase().endsWith(FILE_EXTENSION) && !name.startsWith('.'))
            .flatMap((fileName) => {
              // A dangling link, a file gone since the listing, one we may not stat: left out, not fatal.
              const stat = statSync(join(folder, fileName), { throwIfNoEntry: false });
              return stat?.isFile() ? [{ fileName, modified: stat.mtime.toISOString(), size: stat.size }] : [];
            })
            .sort((a, b) => b.modified.localeCompare(a.modified))
        : [];
      return { folder, files };
    },
    async openFromFolder(ctx, fileName) {
      return openPath(ctx, folderPath(fileName));
    },
    async openRecent(ctx, id) {
      const recent = profile.findRecent(id);
      if (!recent) throw new ApiError('error.notFound', 'no such recent entry');
      return openPath(ctx, recent.path);
    },
    async openExample(ctx) {
      const doc = buildExampleWorkshop();
      return createAt(ctx, freePath(platform.exampleFolder, fileNameFor(doc.meta.title)), doc);
    },
    async openPending(ctx) {
      const path = platform.takePendingPath?.(ctx) ?? null;
      return path ? openPath(ctx, path) : null;
    },
    async applyChanges(ctx, handle, changes) {
      const session = open.get(ctx.clientId, handle);
      return { revision: session.file.apply(changes) };
    },
    async saveAs(ctx, handle, suggestedName) {
      const session = open.get(ctx.clientId, handle);
      const target = await platform.chooseSaveAsPath(ctx, fileNameFor(suggestedName));
      if (!target) return { status: 'cancelled' };
      if (resolve(target) === resolve(session.file.path)) {
        // Saving a read-only file onto itself would say "saved" and save nothing.
        if (session.file.readOnly) throw new ApiError('error.readOnly', session.file.fileName);
        return { status: 'saved', fileName: session.file.fileName };
      }
      if (open.findByPath(target)) throw new ApiError('saveAs.failed', 'the target is open in another window');
      const kept = await session.file.backupTo(target);
      const reopened = WorkshopFile.open(target);
      if (reopened.status !== 'ok') throw new ApiError('saveAs.failed', reopened.status);
      boards.moved(session.file.path, target);
      open.moveTo(session, reopened.file);
      profile.touchRecent(target, reopened.doc.meta.title);
      return { status: 'saved', fileName: basename(target), ...noticesOf(reopened.file, kept) };
    },
    async takeOffer(ctx, id) {
      const offer = offers.take(ctx.clientId, id);
      if (!offer) throw new ApiError('error.offerExpired');
      const fileName = basename(offer.path);
      if (offer.kind === 'repair') {
        if (open.findByPath(offer.path)) return { status: 'alreadyOpen', fileName };
        const kept = repairIndexes(offer.path);
        const outcome = WorkshopFile.open(offer.path);
        if (outcome.status === 'ok' || outcome.status === 'migrated') outcome.file.notices.unshift({ kind: 'repaired', keptName: kept });
        return opened(ctx, outcome, offer.path);
      }
      // A read-only view: of the other tab's open file as it is now, or of the file if it has closed since.
      const holder = open.findByPath(offer.path);
      return opened(ctx, holder ? WorkshopFile.viewOf(holder.file) : WorkshopFile.openForViewing(offer.path), offer.path, true);
    },
    async closeWorkshop(ctx, handle) {
      open.close(open.get(ctx.clientId, handle));
      // The room closes with its workshop (it subscribes to the table's closing): answer once it has.
      await room.closed();
    },
    async rememberBoard(ctx, handle, boardId) {
      boards.remember(open.get(ctx.clientId, handle).file.path, boardId as BoardId);
    },
    ...aboutHandlers(platform),
    ...snapshotHandlers(open),
    ...presentationHandlers(platform),
    ...exportHandlers(platform, open),
    ...participantHandlers(room, open),
  };

  return {
    handlers,
    /** Opens a path the Node side chose or vetted (a dropped file, a file from the OS). */
    openPath,
    /** A window closed: checkpoint and release every file it had. */
    releaseClient(clientId: string) {
      for (const s of open.ofClient(clientId)) open.close(s);
    },
    closeAll() {
      void room.close();
      open.closeAll();
    },
    room,
    open,
  };
}

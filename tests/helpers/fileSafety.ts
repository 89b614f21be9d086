import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Envelope, OpenResult } from '../../shared/api/results.ts';
import type { RowChange } from '../../shared/model/changes.ts';
import type { BoardId } from '../../shared/model/ids.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { createHandlers } from '../../electron/api/handlers.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { note, tempFolder, workshopWith } from './workshop.ts';

/** The browser host's handler table on a folder, called as a page calls it, as client `clientId`. */
export function hostBackend(folder = tempFolder(), profile = tempFolder()) {
  const backend = createHandlers(createWebPlatform(folder, profile));
  const as = (clientId: string) => <T>(method: string, ...args: unknown[]) => dispatch(backend.handlers, { clientId }, method, args) as Promise<Envelope<T>>;
  return { backend, folder, as, call: as('web') };
}

/** A note edit on the first board of `doc`. */
export function noteEdit(doc: { boards: Record<string, unknown> }, text: string): RowChange[] {
  const board = Object.keys(doc.boards)[0] as BoardId;
  return [{ table: 'items', op: 'put', record: note(board, text) }];
}

/**
 * What a crash leaves: `path` with `notes` notes, open, edited into its WAL, then the file and the
 * WAL copied as they were at that moment to `crashedPath` (an exclusive-mode WAL and no -shm).
 */
export function crashedWorkshop(crashedPath: string, notes: number): void {
  const scratch = join(tempFolder(), 'arbeid.samkart');
  const file = WorkshopFile.create(scratch, workshopWith());
  for (let i = 0; i < notes; i++) file.apply(noteEdit(file.load(), `Budsjettpost ${i + 1}`));
  copyFileSync(scratch, crashedPath);
  copyFileSync(`${scratch}-wal`, `${crashedPath}-wal`);
  file.close();
}

/** Flips one byte in the page data of WAL frame `frame` (0-based). */
export function flipWalFrame(walPath: string, frame: number): void {
  const bytes = readFileSync(walPath);
  const pageSize = bytes.readUInt32BE(8);
  const at = 32 + frame * (24 + pageSize) + 24 + 100;
  bytes[at] = bytes[at]! ^ 0xff;
  writeFileSync(walPath, bytes);
}

/**
 * A closed workshop whose `items_by_board` index no longer matches its table (one board id in the
 * index page changed, as a damaged page would), left in WAL mode as after a crash. quick_check
 * says ok; integrity_check does not; edits to those rows fail with SQLITE_CORRUPT_INDEX.
 */
export function withDamagedIndex(path: string, notes = 5): void {
  const doc = workshopWith({ notesPerBoard: notes });
  WorkshopFile.create(path, doc).close();
  const db = new Database(path, { readonly: true });
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'items_by_board'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
  const boardId = Buffer.from(Object.keys(doc.boards)[0]!);
  const at = page.indexOf(boardId);
  if (at < 0) throw new Error('board id not in the index page');
  page[at + boardId.length - 1] = page[at + boardId.length - 1] === 0x41 ? 0x42 : 0x41;
  // The header says WAL: the file was not closed by Samkart.
  bytes[18] = 2;
  bytes[19] = 2;
  writeFileSync(path, bytes);
}

export function texts(doc: { items: Record<string, { props: Record<string, unknown> }> }): string[] {
  return Object.values(doc.items).map((i) => String(i.props.text));
}

export function isOpenOk(value: OpenResult): value is Extract<OpenResult, { handle: string }> {
  return value.status === 'ok' || value.status === 'migrated';
}

export { existsSync };

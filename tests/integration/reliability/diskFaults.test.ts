import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import { isOpened } from '../../../shared/api/results.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { createItems } from '../../../shared/ops/itemOps.ts';
import type { Item } from '../../../shared/model/records.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { ClientApiError } from '../../../renderer/src/api/apiError.ts';
import { createWorkshopStore } from '../../../renderer/src/state/workshopStore.ts';
import { editUntilFull, rescue, type FullDiskResult } from '../../reliability/faults/fullDisk.ts';
import { canMount, mountTmpfs, needsMount, unmount } from '../../reliability/faults/mounts.ts';
import { cleanupFolders, note, tempFolder, workshopWith } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

const childScript = join(import.meta.dirname, '../../reliability/faults/fullDiskChild.ts');

function withFailedEdit(result: FullDiskResult): WorkshopDoc {
  const record = (result.failedEdit[0] as { record: Item }).record;
  return { ...result.savedDoc, items: { ...result.savedDoc.items, [record.id]: record } };
}

/** The file as the failure left it, copied with its WAL to a disk with room: what the next start finds. */
function openAsLeft(path: string): ReturnType<typeof WorkshopFile.open> {
  const copy = join(tempFolder(), 'Som etterlatt.samkart');
  for (const suffix of ['', '-wal']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  return WorkshopFile.open(copy);
}

function expectIntact(path: string, saved: WorkshopDoc): void {
  const left = openAsLeft(path);
  expect(left.status).toBe('ok');
  if (left.status !== 'ok') return;
  expect(left.file.database.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(left.doc).toEqual(saved);
  left.file.close();
}

describe('a full disk', () => {
  it.runIf(canMount)(`(a 1 MB tmpfs) refuses the edit with error.diskFull; the saved work is intact and "Lagre som" elsewhere keeps all of it${needsMount}`, async () => {
    const disk = tempFolder();
    mountTmpfs(disk, 1024);
    try {
      const path = join(disk, 'Fullt.samkart');
      WorkshopFile.create(path, workshopWith({ notesPerBoard: 5 })).close();
      const { file, result } = editUntilFull(path);
      expect(result.errorKey).toBe('error.diskFull');
      expect(result.saved).toBeGreaterThan(5);
      // The edit that didn't fit is kept in memory and lands in the copy.
      expect(await rescue(file, result, join(tempFolder(), 'Reddet.samkart'))).toEqual(withFailedEdit(result));
      expectIntact(path, result.savedDoc);
      file.close();
    } finally {
      unmount(disk);
    }
  });

  it.runIf(process.platform !== 'win32')('(RLIMIT_FSIZE, no mount needed) refuses the edit with a clear error; the saved work is intact and "Lagre som" keeps all of it', () => {
    const path = join(tempFolder(), 'Kvote.samkart');
    WorkshopFile.create(path, workshopWith({ notesPerBoard: 5 })).close();
    const target = join(tempFolder(), 'Reddet.samkart');
    // No file of the child may grow past 2 MB: its WAL hits the wall as on a full disk.
    const child = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 2048; exec "$0" --experimental-transform-types --no-warnings "$1" "$2" "$3"`, process.execPath, childScript, path, target], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    expect(child.status, child.stderr).toBe(0);
    const { result, rescued } = JSON.parse(child.stdout) as { result: FullDiskResult; rescued: WorkshopDoc };
    // EFBIG reaches SQLite as a failed write rather than ENOSPC; both are told as "could not be saved".
    expect(['error.diskFull', 'error.writeFailed']).toContain(result.errorKey);
    expect(result.saved).toBeGreaterThan(5);
    expect(rescued).toEqual(withFailedEdit(result));
    expectIntact(path, result.savedDoc);
  });

  it.runIf(canMount)(`(a 1 MB tmpfs) closing with no room leaves the WAL beside the file: it opens with everything saved${needsMount}`, () => {
    const disk = tempFolder();
    mountTmpfs(disk, 1024);
    try {
      const path = join(disk, 'Fullt.samkart');
      WorkshopFile.create(path, workshopWith({ notesPerBoard: 5 })).close();
      const { file, result } = editUntilFull(path);
      // Closing checkpoints: with no room, the checkpoint stops part-way and the WAL stays.
      file.close();
      expectIntact(path, result.savedDoc);
    } finally {
      unmount(disk);
    }
  });

  it.runIf(canMount)(`(a 1 MB tmpfs) through the app: the window is told error.diskFull, keeps every unsaved edit, and "Lagre som" to another folder saves all of them${needsMount}`, async () => {
    const disk = tempFolder();
    mountTmpfs(disk, 1024);
    const elsewhere = tempFolder();
    try {
      const platform = createWebPlatform(disk, tempFolder());
      // The save dialog picks another folder, as Electron's would; the browser host's folder is the full disk.
      const backend = createHandlers({ ...platform, chooseSaveAsPath: async (_ctx, name) => join(elsewhere, name) });
      const ctx = { clientId: 'vindu-1' };
      // The renderer's API client, as either transport gives it: validated, JSON both ways.
      const api = new Proxy({} as SamkartApi, {
        get: (_, method) => async (...args: unknown[]) => {
          const envelope = await dispatch(backend.handlers, ctx, method, JSON.parse(JSON.stringify(args)));
          if (!envelope.ok) throw ClientApiError.from(envelope.error);
          return JSON.parse(JSON.stringify(envelope.value));
        },
      });
      const opened = await api.createWorkshop({ title: 'Fullt', region: '', facilitator: '', gatheringDates: [] });
      if (!isOpened(opened)) throw new Error(opened.status);
      const store = createWorkshopStore(api, opened);
      const board = Object.keys(opened.doc.boards)[0] as BoardId;
      const path = join(disk, opened.fileName);
      let savedDoc = store.getState().doc;
      for (let n = 0; n < 1000 && store.getState().save.state !== 'failed'; n++) {
        savedDoc = store.getState().doc;
        expect(store.getState().run(createItems, { items: [note(board, `Notat ${n}: ${'Ventetid BUP Stjørdal. '.repeat(450)}`)] })).toBe(true);
        await store.getState().flushed();
      }
      expect(store.getState().save).toMatchObject({ state: 'failed', key: 'error.diskFull' });
      expect(store.getState().hasUnsaved()).toBe(true);
      // The user goes on working; "Prøv igjen" on the still-full disk fails the same way and loses nothing.
      expect(store.getState().run(createItems, { items: [note(board, 'skrevet etter at disken ble full')] })).toBe(true);
      await store.getState().flushed();
      store.getState().retrySave();
      await store.getState().flushed();
      expect(store.getState().save).toMatchObject({ state: 'failed', key: 'error.diskFull' });
      const inMemory = store.getState().doc;
      expect(texts(inMemory)).toContain('skrevet etter at disken ble full');

      // What is on the full disk is intact: everything acknowledged, nothing half-written.
      expectIntact(path, savedDoc);

      // "Lagre som" to another folder, then the queue retried (as the window does after it): all of it is saved.
      expect(await api.saveAs(opened.handle, 'Reddet')).toEqual({ status: 'saved', fileName: 'Reddet.samkart' });
      store.getState().retrySave();
      await store.getState().flushed();
      expect(store.getState().save).toEqual({ state: 'saved' });
      expect(store.getState().hasUnsaved()).toBe(false);
      backend.closeAll();
      const rescued = WorkshopFile.open(join(elsewhere, 'Reddet.samkart'));
      expect(rescued.status).toBe('ok');
      if (rescued.status !== 'ok') return;
      expect(rescued.doc).toEqual(inMemory);
      rescued.file.close();
    } finally {
      unmount(disk);
    }
  });
});

function texts(doc: WorkshopDoc): string[] {
  return Object.values(doc.items).map((i) => String(i.props.text));
}

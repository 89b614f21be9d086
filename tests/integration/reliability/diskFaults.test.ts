import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { Item } from '../../../shared/model/records.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { editUntilFull, rescue, type FullDiskResult } from '../../reliability/faults/fullDisk.ts';
import { canMount, mountTmpfs, unmount } from '../../reliability/faults/mounts.ts';
import { cleanupFolders, tempFolder, workshopWith } from '../../helpers/workshop.ts';

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
  it.runIf(canMount)('(a 1 MB tmpfs) refuses the edit with error.diskFull; the saved work is intact and "Lagre som" elsewhere keeps all of it', async () => {
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

  it.runIf(canMount).fails('KNOWN BUG (inspect.ts): closing on a full disk leaves the WAL; the file then opens as "corrupt" though SQLite reads all of it', () => {
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
});

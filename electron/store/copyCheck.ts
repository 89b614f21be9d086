import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRegularFile } from './sidecars.ts';
import type { OpenOutcome } from './workshopFile.ts';

/*
 * The copy check: a workshop left with a `-wal` or `-journal` is first opened as a copy in a
 * temporary folder, so that SQLite completing (or rolling back) a file that then turns out to be
 * refused happens to the copy, never to the user's file. See WorkshopFile.open.
 */

/** Size and modification time of the file and whatever lies beside it: changes if anyone writes. */
function fingerprint(path: string): string {
  return ['', '-wal', '-journal']
    .map((suffix) => {
      try {
        const stat = statSync(path + suffix, { bigint: true });
        return `${stat.size}:${stat.mtimeNs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

const COPY_PREFIX = 'samkart-check-';

/**
 * A process killed while it checked a copy leaves the copy behind: a workshop can be confidential,
 * so copies whose process is gone are removed by the next one made.
 */
function removeCopiesOfTheDead(): void {
  try {
    for (const name of readdirSync(tmpdir())) {
      if (!name.startsWith(COPY_PREFIX)) continue;
      const pid = Number(name.slice(COPY_PREFIX.length).split('-')[0]);
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  } catch {
    // Another user's leftovers, a temporary folder we can't list: not ours to tidy.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, and someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Opens a copy of the file and whatever lies beside it (`-wal`, `-journal`), made in a temporary
 * folder that is removed afterwards. A file that changes while it is copied is being written by
 * another program: "locked". Null when no copy can be made.
 */
export function onCopy(path: string, open: (copy: string) => OpenOutcome): OpenOutcome | null {
  let dir: string | undefined;
  try {
    removeCopiesOfTheDead();
    dir = mkdtempSync(join(tmpdir(), `${COPY_PREFIX}${process.pid}-`));
    const copy = join(dir, 'check.samkart');
    const before = fingerprint(path);
    for (const suffix of ['', '-wal', '-journal']) {
      // Only regular files: copying a FIFO blocks until someone writes to it.
      if (existsSync(path + suffix) && !isRegularFile(path + suffix)) return { status: 'notRegularFile' };
      if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
    }
    if (fingerprint(path) !== before) return { status: 'locked' };
    return open(copy);
  } catch {
    return null;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

import { existsSync, statSync } from 'node:fs';
import { ApiError } from '../../shared/api/results.ts';
import { writeError } from './sqliteErrors.ts';
import type { WorkshopFile } from './workshopFile.ts';

interface Identity {
  dev: bigint;
  ino: bigint;
}

function identityOf(path: string): Identity | null {
  try {
    // bigint: 64-bit inode numbers (NTFS file ids among them) don't fit a double.
    const stat = statSync(path, { bigint: true });
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/**
 * Notices, before each edit, that the workshop file is no longer where it was opened or that its
 * `-wal` was deleted. Neither makes SQLite fail: it keeps writing through its open handles. But
 * edits in a WAL that has lost its name vanish in a crash, and a moved file's WAL keeps the old
 * name, so after a crash the moved file opens without it. One stat and one exists per edit
 * (~10 µs) is the price.
 */
export class FileGuard {
  private readonly identities = new WeakMap<WorkshopFile, Identity>();
  private readonly moved = new WeakSet<WorkshopFile>();

  /** Remembers which file this is; call as soon as it is opened. */
  watch(file: WorkshopFile): void {
    if (file.readOnly) return;
    const identity = identityOf(file.path);
    if (identity) this.identities.set(file, identity);
  }

  /**
   * A lost WAL is healed: its edits are checkpointed into the file and a new WAL is started, and
   * the edit goes ahead. A moved, renamed or deleted file gets everything already saved written
   * into it (wherever it now is), and no more edits: the user is told, and "Lagre som" continues
   * in a new file.
   */
  beforeEdit(file: WorkshopFile): void {
    // Nothing of a read-only file is written, so there is nothing to guard: the edit is refused.
    if (file.readOnly) throw new ApiError('error.readOnly', file.fileName);
    if (this.moved.has(file)) throw new ApiError('error.fileMoved', file.fileName);
    const known = this.identities.get(file);
    if (!known) return this.watch(file);
    const now = identityOf(file.path);
    if (!now || now.dev !== known.dev || (known.ino !== 0n && now.ino !== known.ino)) {
      this.moved.add(file);
      checkpoint(file);
      throw new ApiError('error.fileMoved', file.fileName);
    }
    if (!existsSync(`${file.path}-wal`)) {
      checkpoint(file, () => {
        // Leaving WAL mode drops the nameless WAL; entering it again starts one under the file's name.
        file.database.pragma('journal_mode = DELETE');
        file.database.pragma('journal_mode = WAL');
      });
    }
  }
}

/** Copies every committed edit from the WAL into the file itself, synced to disk, then runs `then`. */
function checkpoint(file: WorkshopFile, then?: () => void): void {
  try {
    file.database.pragma('wal_checkpoint(TRUNCATE)');
    then?.();
  } catch (error) {
    throw writeError(error);
  }
}

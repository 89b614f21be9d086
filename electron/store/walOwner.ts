import { closeSync, openSync, readSync } from 'node:fs';
import { header } from './fileFormat.ts';
import { scanWal } from './walScan.ts';

/** Reads `length` bytes at the start of a file; fewer when the file is shorter, none when it can't be read. */
function headBytes(path: string, length: number): Buffer {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(length);
      return buf.subarray(0, readSync(fd, buf, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return Buffer.alloc(0);
  }
}

/** The database's page size from its header (offset 16; the value 1 means 65,536). */
function databasePageSize(db: Buffer): number {
  const raw = db.readUInt16BE(16);
  return raw === 1 ? 65536 : raw;
}

/**
 * Whether the `-wal` beside `path` was written for some other file (the `-wal` of a session that
 * crashed, beside an older copy of the workshop put back under its name) and would be replayed
 * into this one. SQLite can't tell: it replays any `-wal` with valid frames into whatever file
 * has the name. Two rules that never call a file's own `-wal` foreign:
 * - the file's header says rollback mode (bytes 18–19 are 1): SQLite writes frames only after it
 *   has put 2 there in the file itself, and leaves WAL mode only after checkpointing and deleting
 *   the `-wal`, so a `-wal` with frames beside a rollback-mode file is never its own (Samkart
 *   closes every file in rollback mode; a backup or a copy of a closed file is one);
 * - the `-wal`'s page size is not the file's: its frames are pages of another database.
 * A copy of a file taken while it was open (header in WAL mode, same page size) beside a newer
 * session's `-wal` can't be told apart from the headers: neither file records the other's salts.
 * A `-wal` SQLite would replay nothing from (empty, or its header fails) is left to the damaged-WAL
 * check.
 */
export function isForeignWal(path: string): boolean {
  const scan = scanWal(`${path}-wal`);
  if (!scan || scan.replayed === 0) return false;
  const db = headBytes(path, header.size);
  const wal = headBytes(`${path}-wal`, 32);
  if (db.length < header.size || wal.length < 32) return false;
  const rollbackMode = db[header.writeVersionOffset] === 1 && db[header.readVersionOffset] === 1;
  return rollbackMode || wal.readUInt32BE(8) !== databasePageSize(db);
}

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { APPLICATION_ID, header } from './fileFormat.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';

export type Inspection =
  | { kind: 'ours'; version: number }
  | { kind: 'notFound' }
  | { kind: 'notOurFile' }
  | { kind: 'tooNew'; version: number }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'unreadable'; reason: string };

/** Size of the file's `-wal`, 0 when there is none. */
function walSize(path: string): number {
  try {
    const stat = statSync(`${path}-wal`);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

/**
 * Classifies a file from its first 100 bytes, read with a plain read-only file handle, so a
 * foreign or too-new file is turned away before SQLite ever opens it (and so can't touch it).
 */
export function inspectFile(path: string): Inspection {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { kind: 'notOurFile' };
    size = stat.size;
  } catch {
    return { kind: 'notFound' };
  }
  const buf = Buffer.alloc(header.size);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, buf, 0, header.size, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    // No read permission, a share gone away: nothing to classify, and nothing touched. The code
    // only: the message names the path, which the renderer is never given.
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
  const magic = buf.subarray(0, header.magic.length).toString('latin1');
  if (magic !== header.magic) {
    // A Samkart file cut short before its header ends is damaged, not foreign.
    return read < header.magic.length && header.magic.startsWith(magic) && read > 0 ? { kind: 'corrupt', reason: 'truncated header' } : { kind: 'notOurFile' };
  }
  if (read < header.size) return { kind: 'corrupt', reason: 'truncated header' };
  const applicationId = buf.readUInt32BE(header.applicationIdOffset);
  const version = buf.readUInt32BE(header.userVersionOffset);
  if (applicationId !== APPLICATION_ID) return { kind: 'notOurFile' };
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'tooNew', version };
  // The format bytes every SQLite file has (1 = rollback journal, 2 = WAL) and the schema format
  // (1–4). SQLite reads a file with a higher write version as read-only and refuses a higher schema
  // format with a generic error; in a file that is ours, either can only be damage.
  const writeVersion = buf[header.writeVersionOffset]!;
  const readVersion = buf[header.readVersionOffset]!;
  if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2) return { kind: 'corrupt', reason: 'bad format version' };
  if (buf.readUInt32BE(header.schemaFormatOffset) > 4) return { kind: 'corrupt', reason: 'bad schema format' };
  const pageSize = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  const pageCount = buf.readUInt32BE(28);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { kind: 'corrupt', reason: 'bad page size' };
  // The header's page count is only trusted by SQLite when the change counters agree; when they
  // do, a shorter file has lost pages. Unless a WAL lies beside it: a checkpoint cut short (a full
  // disk, a crash while closing) writes page 1 with the new count before the pages after it, and
  // SQLite completes it from the WAL. Whether it really can is checked by opening a copy.
  if (buf.readUInt32BE(24) === buf.readUInt32BE(92) && pageCount * pageSize > size && walSize(path) === 0) {
    return { kind: 'corrupt', reason: 'truncated' };
  }
  return { kind: 'ours', version };
}

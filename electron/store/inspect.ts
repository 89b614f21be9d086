import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { APPLICATION_ID, header } from './fileFormat.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';

export type Inspection =
  | { kind: 'ours'; version: number }
  | { kind: 'notFound' }
  | { kind: 'notOurFile' }
  | { kind: 'tooNew'; version: number }
  | { kind: 'corrupt'; reason: string };

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
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buf, 0, header.size, 0);
  } finally {
    closeSync(fd);
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
  const pageSize = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  const pageCount = buf.readUInt32BE(28);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { kind: 'corrupt', reason: 'bad page size' };
  // The header's page count is only trusted by SQLite when the change counters agree; when they
  // do, a shorter file has lost pages.
  if (buf.readUInt32BE(24) === buf.readUInt32BE(92) && pageCount * pageSize > size) {
    return { kind: 'corrupt', reason: 'truncated' };
  }
  return { kind: 'ours', version };
}

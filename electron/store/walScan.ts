import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** What a `-wal` holds against what SQLite will replay from it. */
export interface WalScan {
  /** Frames SQLite replays: up to the last commit before the first frame that fails its checks. */
  replayed: number;
  /** Frames of the WAL's current generation (its salts) that SQLite will drop: damage, or a cut-off tail. */
  dropped: number;
}

const HEADER = 32;
const FRAME_HEADER = 24;
/** A WAL larger than this is not read whole; it is reported as holding more than is replayed only when what was read says so. */
const MAX_SCAN_BYTES = 512 * 1024 * 1024;

/**
 * SQLite's WAL checksum (sqlite.org/fileformat2.html#walformat): pairs of 32-bit words in the byte
 * order the magic number names, summed into two running totals.
 */
function checksum(bytes: Buffer, start: number, end: number, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s0, s1] = s;
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * Reads a `-wal` the way SQLite recovers it, without SQLite, and counts what it would drop. SQLite
 * replays frames in order and stops at the first whose salts or checksum don't match; only
 * frames up to the last commit before that count. Frames after it that carry the current salts
 * are recent edits (or a transaction cut short by a crash) that opening will silently lose, and
 * closing will then delete. Frames with other salts are an older generation SQLite already wrote
 * into the file: normal, not counted. Null when the WAL can't be read or is empty.
 */
export function scanWal(walPath: string): WalScan | null {
  let bytes: Buffer;
  try {
    const fd = openSync(walPath, 'r');
    try {
      const size = Math.min(fstatSync(fd).size, MAX_SCAN_BYTES);
      bytes = Buffer.alloc(size);
      let at = 0;
      while (at < size) {
        const n = readSync(fd, bytes, at, size - at, at);
        if (n <= 0) break;
        at += n;
      }
      bytes = bytes.subarray(0, at);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  if (bytes.length === 0) return null;
  if (bytes.length < HEADER) return { replayed: 0, dropped: 1 };
  const magic = bytes.readUInt32BE(0);
  const pageSize = bytes.readUInt32BE(8);
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  const bigEndian = (magic & 1) === 1;
  const header = checksum(bytes, 0, 24, bigEndian, [0, 0]);
  const headerOk = (magic === 0x377f0682 || magic === 0x377f0683) && validPageSize && header[0] === bytes.readUInt32BE(24) && header[1] === bytes.readUInt32BE(28);
  if (!headerOk) {
    // SQLite ignores a WAL whose header fails: everything in it is dropped.
    return { replayed: 0, dropped: bytes.length > HEADER ? 1 : 0 };
  }
  const salt1 = bytes.readUInt32BE(16);
  const salt2 = bytes.readUInt32BE(20);
  const frameSize = FRAME_HEADER + pageSize;
  let running = header;
  /** Frames in the unbroken run from the start that pass SQLite's checks. */
  let validRun = 0;
  let inRun = true;
  let replayed = 0;
  /** Frames of this generation after the run: damaged, or cut short. */
  let afterRun = 0;
  for (let at = HEADER, frame = 0; at < bytes.length; at += frameSize, frame++) {
    const ours = at + 16 <= bytes.length && bytes.readUInt32BE(at + 8) === salt1 && bytes.readUInt32BE(at + 12) === salt2;
    const whole = at + frameSize <= bytes.length;
    if (inRun && ours && whole) {
      const sum = checksum(bytes, at + 24, at + frameSize, bigEndian, checksum(bytes, at, at + 8, bigEndian, running));
      if (sum[0] === bytes.readUInt32BE(at + 16) && sum[1] === bytes.readUInt32BE(at + 20)) {
        running = sum;
        validRun = frame + 1;
        if (bytes.readUInt32BE(at + 4) !== 0) replayed = frame + 1;
        continue;
      }
    }
    inRun = false;
    // A frame cut short before its salts counts too: the file ends in the middle of something.
    if (ours || at + 16 > bytes.length) afterRun += 1;
  }
  // Valid frames after the last commit belong to a transaction that never committed.
  return { replayed, dropped: validRun - replayed + afterRun };
}

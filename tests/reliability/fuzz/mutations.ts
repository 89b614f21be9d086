import type { Rng } from '../rng.ts';

/**
 * Ways a workshop file gets damaged in the wild: flipped bits (bad RAM, a failing disk), a cut
 * (a full disk, an interrupted copy or download), garbage after the end (a botched transfer),
 * pages in the wrong place or zeroed (a file system that lost track), a header field gone wrong.
 */
export const mutationKinds = ['bitFlips', 'headerField', 'truncate', 'appendGarbage', 'swapPages', 'zeroPage', 'copyPage', 'overwriteRange'] as const;
export type MutationKind = (typeof mutationKinds)[number];

const PAGE = 4096;

function pageCount(bytes: Buffer): number {
  return Math.max(1, Math.floor(bytes.length / PAGE));
}

function randomBytes(rng: Rng, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = rng.int(0, 255);
  return out;
}

/** Offsets of the SQLite header fields worth breaking (sqlite.org/fileformat.html). */
const headerFields = [16, 18, 19, 20, 21, 22, 23, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96];

export function mutate(original: Buffer, kind: MutationKind, rng: Rng): Buffer {
  const bytes = Buffer.from(original);
  // A file already cut to (almost) nothing has only its end left to damage.
  if (bytes.length < PAGE && kind !== 'appendGarbage') return kind === 'truncate' ? bytes.subarray(0, rng.int(0, bytes.length)) : Buffer.concat([bytes, randomBytes(rng, rng.int(1, 64))]);
  switch (kind) {
    case 'bitFlips': {
      const flips = rng.int(1, 64);
      for (let i = 0; i < flips; i++) {
        // A third land in the first page, where a flip matters most.
        const at = rng.chance(0.33) ? rng.int(0, Math.min(PAGE, bytes.length) - 1) : rng.int(0, bytes.length - 1);
        bytes[at] = bytes[at]! ^ (1 << rng.int(0, 7));
      }
      return bytes;
    }
    case 'headerField': {
      const at = rng.pick(headerFields);
      const value = rng.pick([0, 1, 2, 0xff, 0xffff, 0x7fffffff, 0xffffffff, rng.int(0, 0xffffffff)]);
      bytes.writeUInt32BE(value >>> 0, Math.min(at, 96));
      return bytes;
    }
    case 'truncate':
      return bytes.subarray(0, rng.chance(0.2) ? rng.int(0, 200) : rng.int(0, bytes.length - 1));
    case 'appendGarbage':
      return Buffer.concat([bytes, rng.chance(0.5) ? randomBytes(rng, rng.int(1, 65536)) : Buffer.alloc(rng.int(1, 8) * PAGE, rng.int(0, 255))]);
    case 'swapPages': {
      const n = pageCount(bytes);
      const a = rng.int(0, n - 1);
      const b = rng.int(0, n - 1);
      const pageA = Buffer.from(bytes.subarray(a * PAGE, (a + 1) * PAGE));
      bytes.copy(bytes, a * PAGE, b * PAGE, (b + 1) * PAGE);
      pageA.copy(bytes, b * PAGE);
      return bytes;
    }
    case 'zeroPage': {
      const page = rng.int(0, pageCount(bytes) - 1);
      bytes.fill(0, page * PAGE, (page + 1) * PAGE);
      return bytes;
    }
    case 'copyPage': {
      const n = pageCount(bytes);
      const from = rng.int(0, n - 1);
      bytes.copy(bytes, rng.int(0, n - 1) * PAGE, from * PAGE, (from + 1) * PAGE);
      return bytes;
    }
    case 'overwriteRange': {
      const length = rng.int(1, 2048);
      const at = rng.int(0, Math.max(0, bytes.length - length));
      randomBytes(rng, Math.min(length, bytes.length - at)).copy(bytes, at);
      return bytes;
    }
  }
}

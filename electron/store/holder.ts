import { hostname, userInfo } from 'node:os';
import { closeSync, fstatSync, openSync, readSync, rmSync, writeFileSync, lstatSync, renameSync } from 'node:fs';
import { z } from 'zod';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Who has a workshop file open for writing, written by the holder beside the file
 * (`Verksted.samkart-holder`) and removed when it closes. It names a person and a machine, never
 * anything of the document. Anyone can write such a file, so it is only ever used for the message
 * a second person sees ("Åpen hos Kari på SAMKART-PC-12 siden 09:14"); SQLite's exclusive lock is
 * what actually keeps the file to one writer.
 */
export const HOLDER_SUFFIX = '-holder';

/** A holder file is a few hundred bytes: anything bigger is not ours and is not read. */
const MAX_HOLDER_BYTES = 4096;

const holderSchema = z
  .object({
    app: z.literal('samkart'),
    name: z.string().min(1).max(200),
    host: z.string().min(1).max(255),
    pid: z.number().int().positive(),
    openedAt: z.iso.datetime({ offset: true }),
    version: z.string().max(50),
  })
  .strict();

export type Holder = z.infer<typeof holderSchema>;

export function holderPath(path: string): string {
  return path + HOLDER_SUFFIX;
}

/** This process as a holder: the OS user's name and the machine's name. */
export function thisHolder(version: string, now = new Date()): Holder {
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    // No user entry (a container without a passwd line): the machine's name still helps.
  }
  return { app: 'samkart', name: (name || '?').slice(0, 200), host: (hostname() || '?').slice(0, 255), pid: process.pid, openedAt: now.toISOString(), version: version.slice(0, 50) };
}

/**
 * Writes the holder file beside `path`, replacing any left there (a crashed holder's: this process
 * has the file's lock, so whoever wrote it no longer has). Written to a temporary name and renamed,
 * so a second person never reads half of it. A failure is only a missing message for someone else.
 */
export function writeHolder(path: string, holder: Holder): void {
  const target = holderPath(path);
  // A short temporary name in the same folder (the rename stays atomic): the workshop's name may
  // use nearly all of the file system's 255 bytes, leaving room for '-holder' but not for more.
  const temporary = join(dirname(target), `.samkart-holder-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 'wx': never through a link or file someone left under the temporary name.
    rmSync(temporary, { force: true });
    writeFileSync(temporary, JSON.stringify(holder), { flag: 'wx' });
    renameSync(temporary, target);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to tidy: the holder file is only a courtesy.
    }
  }
}

/** Removes the holder file beside `path` if it is this process's own (another may have replaced it). */
export function removeHolder(path: string): void {
  const holder = readHolder(path);
  if (holder && holder.pid === process.pid && holder.host === hostname()) rmSync(holderPath(path), { force: true });
}

/**
 * The holder file beside `path`, or null when there is none or it is not one Samkart wrote as it
 * should (too big, not a regular file, not JSON, unknown fields): such a file is ignored, not trusted.
 */
export function readHolder(path: string): Holder | null {
  const target = holderPath(path);
  try {
    if (!lstatSync(target).isFile()) return null;
  } catch {
    return null;
  }
  let fd: number | null = null;
  try {
    fd = openSync(target, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_HOLDER_BYTES) return null;
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    const parsed = holderSchema.safeParse(JSON.parse(buffer.subarray(0, read).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Whether a holder is known to be gone: a process on this machine that no longer runs (killed,
 * crashed). A holder on another machine can't be asked; it stands until the file's lock is free,
 * and then the next holder replaces it.
 */
export function isStale(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process runs, under another user.
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** The holder to name when `path` is refused as in use, or null when none is known (or it is stale). */
export function liveHolder(path: string): Holder | null {
  const holder = readHolder(path);
  return holder && !isStale(holder) ? holder : null;
}

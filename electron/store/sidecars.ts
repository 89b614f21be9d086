import { lstatSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FILE_EXTENSION } from './fileFormat.ts';
import { fitBytes } from '../../shared/util/fileName.ts';

/** What SQLite keeps beside a database while it is written: replayed into whatever file has the name. */
export const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/**
 * A time stamp for the names of kept files: local time, sortable, without the colons Windows
 * forbids ("2026-12-07 22.05.13"), so a person finds the newest beside the workshop.
 */
export function keptStamp(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}.${two(now.getMinutes())}.${two(now.getSeconds())}`;
}

/** `Budsjett.samkart` → `Budsjett (what 2026-12-07 22.05.13).samkart`: a name beside the original that sorts with it. */
export function keptName(path: string, what: string, now = new Date()): string {
  const name = basename(path);
  const whole = name.toLowerCase().endsWith(FILE_EXTENSION) ? name.slice(0, -FILE_EXTENSION.length) : name;
  const mark = (n: number) => ` (${what} ${keptStamp(now)}${n > 1 ? ` ${n}` : ''})${FILE_EXTENSION}`;
  // Within 255 bytes with the longest sidecar suffix, however long the workshop's own name is.
  const base = fitBytes(whole, 255 - '-journal'.length - Buffer.byteLength(mark(99)));
  let candidate = join(dirname(path), `${base}${mark(1)}`);
  for (let n = 2; taken(candidate); n++) candidate = join(dirname(path), `${base}${mark(n)}`);
  return candidate;
}

/** A name is taken if the file or any of its sidecars exists (a dangling link counts). */
function taken(path: string): boolean {
  return ['', ...SIDECAR_SUFFIXES].some((suffix) => exists(path + suffix));
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The sidecars lying beside `path` now (whatever kind of file they are). */
export function sidecarsOf(path: string): string[] {
  return SIDECAR_SUFFIXES.filter((suffix) => exists(path + suffix));
}

/**
 * Moves any `-wal`, `-shm` or `-journal` lying beside `target` out of the way before a new file is
 * renamed to that name. They belong to whatever file had the name before (a workshop moved away
 * after a crash, an older copy put back): SQLite would replay them into the new file, and the
 * new workshop would open holding another one's edits. They are kept, not deleted, under a name
 * that starts like the workshop's (`Budsjett (lagt til side …).samkart-wal`), so a person can
 * find them. Returns the kept name (no folder), or null when nothing lay there. `which` limits the
 * move to some of them (a foreign `-wal` and its `-shm`, leaving a `-journal` that is the file's own).
 */
export function moveSidecarsAside(target: string, now = new Date(), which: readonly string[] = SIDECAR_SUFFIXES): string | null {
  const found = sidecarsOf(target).filter((suffix) => which.includes(suffix));
  if (found.length === 0) return null;
  const kept = keptName(target, 'lagt til side', now);
  for (const suffix of found) renameSync(target + suffix, kept + suffix);
  return basename(kept);
}

/** Whether a path names a regular file (not a FIFO, device, socket or folder); links are followed. */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The sidecars beside `path` that are not regular files (a FIFO or device named `x.samkart-wal`):
 * copying or reading one blocks for ever, so such a file is refused before anything reads them.
 */
export function oddSidecars(path: string): string[] {
  return SIDECAR_SUFFIXES.filter((suffix) => exists(path + suffix) && !isRegularFile(path + suffix));
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../shared/util/fileName.ts';
import { FILE_EXTENSION } from './fileFormat.ts';

/**
 * The workshop's name must leave room in the file system's 255 bytes for SQLite's `-journal`
 * beside it and for " (12)" when the name is taken. 120 Arabic letters, 80 CJK characters or 60
 * emoji are cut here, never refused by the disk.
 */
export const MAX_NAME_BYTES = MAX_FILE_NAME_BYTES - '-journal'.length - ' (12)'.length;

/**
 * A file name for a workshop title: the one sanitiser (shared/util/fileName.ts), keeping æøå, Sami
 * letters and spaces (people read these names in their file manager) and dropping only what file
 * systems forbid, within MAX_NAME_BYTES.
 */
export function fileNameFor(title: string): string {
  return safeFileName(title, { extension: FILE_EXTENSION, fallback: 'Verksted', maxBytes: MAX_NAME_BYTES });
}

/** `Name.samkart`, or `Name (2).samkart` and so on when taken: never overwrites. */
export function freePath(folder: string, fileName: string): string {
  const base = fileName.slice(0, -FILE_EXTENSION.length);
  let candidate = join(folder, fileName);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${base} (${n})${FILE_EXTENSION}`);
  return candidate;
}

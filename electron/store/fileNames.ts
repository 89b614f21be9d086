import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_EXTENSION } from './fileFormat.ts';

/**
 * A file name for a workshop title: keeps æøå, Sami letters and spaces (people read these names
 * in their file manager), drops only what file systems forbid.
 */
export function fileNameFor(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems forbid
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  const base = cleaned.toLowerCase().endsWith(FILE_EXTENSION) ? cleaned.slice(0, -FILE_EXTENSION.length) : cleaned;
  return `${base || 'Verksted'}${FILE_EXTENSION}`;
}

/** `Name.samkart`, or `Name (2).samkart` and so on when taken: never overwrites. */
export function freePath(folder: string, fileName: string): string {
  const base = fileName.slice(0, -FILE_EXTENSION.length);
  let candidate = join(folder, fileName);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${base} (${n})${FILE_EXTENSION}`);
  return candidate;
}

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
    .replace(/^\.+/, '');
  const base = cleaned.toLowerCase().endsWith(FILE_EXTENSION) ? cleaned.slice(0, -FILE_EXTENSION.length) : cleaned;
  return `${fitBytes(base, MAX_BASE_BYTES).trim() || 'Verksted'}${FILE_EXTENSION}`;
}

/**
 * File systems allow 255 bytes in a name (UTF-8 on Linux and macOS; 255 UTF-16 units on Windows,
 * never fewer than the bytes). The workshop's name must leave room for SQLite's `-journal` beside
 * it and for " (12)" when the name is taken: 255 − 8 − 5 − 8 (".samkart") bytes for the title.
 * 120 Arabic letters, 80 CJK characters or 60 emoji are cut here, never refused by the disk.
 */
export const MAX_BASE_BYTES = 255 - '-journal'.length - ' (12)'.length - FILE_EXTENSION.length;

/** The longest start of `text` within `bytes` UTF-8 bytes, cut between graphemes (an emoji stays whole). */
export function fitBytes(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = Buffer.byteLength(segment);
    if (used + size > bytes) break;
    out += segment;
    used += size;
  }
  return out;
}

/** `Name.samkart`, or `Name (2).samkart` and so on when taken: never overwrites. */
export function freePath(folder: string, fileName: string): string {
  const base = fileName.slice(0, -FILE_EXTENSION.length);
  let candidate = join(folder, fileName);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${base} (${n})${FILE_EXTENSION}`);
  return candidate;
}

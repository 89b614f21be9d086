import { graphemes } from '../items/textFit.ts';

/**
 * The one file-name sanitiser: workshop files, exports and CSV tables are all named with it, in
 * the renderer (downloads) and in the main process (save dialogs, example files). A name keeps
 * what people read in their file manager (æ, ø, å, Sami letters, spaces, emoji) and loses only
 * what some file system refuses, so a name that works here works on Windows, macOS and Linux.
 */

/** File systems allow 255 bytes in a name (UTF-8 on Linux and macOS; 255 UTF-16 units on Windows, never fewer than the bytes). */
export const MAX_FILE_NAME_BYTES = 255;

export interface FileNameRules {
  /** The extension with its dot (".csv"); a title that already ends in it, in any case, gets it once. */
  extension: string;
  /** The name's stem when nothing of the title is left ("Samkart", "tabell"). */
  fallback: string;
  /** The most UTF-8 bytes of the whole name; less than 255 leaves room for what is added beside it. */
  maxBytes?: number;
}

/** Characters Windows forbids in a name, and control characters, which no file system wants. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what file systems forbid
const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * Windows device names: refused with any extension and with trailing spaces ("CON.png",
 * "nul .tar.gz", "COM¹"), so they are checked on the part before the first dot.
 */
const reservedStem = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function isReservedFileName(name: string): boolean {
  return reservedStem.test(name.split('.')[0]!.trimEnd());
}

/** UTF-8 length of a string without TextEncoder (shared/ has no DOM or Node); a lone surrogate counts as U+FFFD. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` within `bytes` UTF-8 bytes, cut between graphemes (an emoji or "å" as a + ring stays whole). */
export function fitBytes(text: string, bytes: number): string {
  if (utf8Length(text) <= bytes) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const size = utf8Length(g);
    if (used + size > bytes) break;
    out += g;
    used += size;
  }
  return out;
}

/** Windows drops trailing dots and spaces silently; drop them first so the name is what we say it is. */
const trimEnd = (s: string) => s.replace(/[. ]+$/, '');

/**
 * A file name for a title: Unicode NFC, forbidden characters as spaces, runs of white space as
 * one, no leading dots (hidden files) or trailing dots and spaces, a Windows device name given a
 * " (1)", cut between graphemes to `maxBytes` with the extension, and the extension exactly once.
 */
export function safeFileName(title: string, { extension, fallback, maxBytes = MAX_FILE_NAME_BYTES }: FileNameRules): string {
  let base = title.normalize('NFC').replace(forbidden, ' ').replace(/\s+/g, ' ').replace(/^[.\s]+/, '');
  base = trimEnd(base);
  if (base.toLowerCase().endsWith(extension.toLowerCase())) base = trimEnd(base.slice(0, -extension.length));
  const budget = maxBytes - utf8Length(extension);
  base = trimEnd(fitBytes(base, budget)) || fallback;
  if (isReservedFileName(base)) {
    const dot = base.indexOf('.');
    const stem = dot < 0 ? base : base.slice(0, dot);
    base = trimEnd(fitBytes(`${stem.trimEnd()} (1)${dot < 0 ? '' : base.slice(dot)}`, budget));
  }
  return `${base}${extension}`;
}

/**
 * A file name for an exported table: the title as the user wrote it (æ, ø, å, Sami letters and
 * spaces kept), with only what Windows forbids in file names replaced, and `.csv` added.
 */
export function csvFileName(title: string, fallback = 'tabell'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, '-')
    // Control characters are never valid in a file name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces silently; drop them first so the name is what we say.
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || fallback}.csv`;
}

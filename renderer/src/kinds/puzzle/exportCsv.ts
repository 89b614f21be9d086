/**
 * Saving a text file from the renderer with the browser's download, which works the same in the
 * browser host and in Electron (which shows its save dialog for downloads). The export issue's
 * API call can replace this when it lands.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name without the characters Windows forbids, keeping æøå and Sami letters. */
export function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'Samkart').slice(0, 120);
}

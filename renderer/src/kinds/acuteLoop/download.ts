import { csvFileName } from '../../../../shared/csv/index.ts';

/**
 * Saves a CSV file with the browser's download, which works the same in the browser host and in
 * Electron (which asks where to save). The export issue's save dialog can replace this later.
 */
export function downloadCsv(title: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = csvFileName(title);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import { exportFileName, MAX_EXPORT_BYTES, type ExportFormat } from '../../../shared/api/contract.ts';
import { ClientApiError } from '../api/apiError.ts';
import { api, notify, useApp } from './appStore.ts';

/** What became of a file: saved where the user chose (Electron), handed to the browser's downloads, or not saved. */
export type SaveOutcome = { status: 'saved' | 'downloaded'; fileName: string } | { status: 'cancelled' };

export interface FileToSave {
  /** The title to name the file after (a board's or the workshop's); sanitised and given the extension here. */
  name: string;
  format: ExportFormat;
  data: Blob | Uint8Array | string;
}

const mimeTypes: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * The one way the renderer saves a file, whichever the transport. With native dialogs (Electron)
 * the bytes go to the main process, which asks where with a save dialog and writes them; the
 * renderer never names a path. The browser host has no dialog, and its transport carries JSON,
 * not bytes, so there the file is a download. Text is saved as UTF-8 (a CSV's leading U+FEFF
 * becomes the BOM Excel needs).
 *
 * It lives in state/, beside the app store that holds the connection and the notices, because both
 * the export dialog (exportUi/) and the kinds' own CSV buttons save files: a kind reaches it here
 * without importing the export UI.
 */
export async function saveFile(file: FileToSave): Promise<SaveOutcome> {
  const fileName = exportFileName(file.name, file.format);
  const size = typeof file.data === 'string' ? file.data.length : file.data instanceof Blob ? file.data.size : file.data.byteLength;
  if (size > MAX_EXPORT_BYTES) throw new ClientApiError('exportUi.error.tooLarge', `${Math.ceil(size / 1e6)} MB`);
  const { info, workshop } = useApp.getState();
  if (info?.nativeDialogs) {
    const bytes = await toBytes(file.data);
    const result = await api().saveExport(workshop?.getState().handle ?? null, { suggestedName: fileName, format: file.format }, bytes);
    return result;
  }
  download(fileName, file.data instanceof Blob ? file.data : new Blob([file.data as BlobPart], { type: mimeTypes[file.format] }));
  return { status: 'downloaded', fileName };
}

/** Saves a file and tells the user where it went; a cancelled dialog says nothing. */
export async function saveFileAndTell(file: FileToSave): Promise<SaveOutcome> {
  const outcome = await saveFile(file);
  if (outcome.status === 'saved') notify('info', 'exportUi.saved', { file: outcome.fileName });
  if (outcome.status === 'downloaded') notify('info', 'exportUi.downloaded', { file: outcome.fileName });
  return outcome;
}

/** A table as CSV (text from shared/csv: BOM, semicolons), named after its title. */
export function saveCsv(title: string, text: string): Promise<SaveOutcome> {
  return saveFileAndTell({ name: title, format: 'csv', data: text });
}

async function toBytes(data: Blob | Uint8Array | string): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
  return data;
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has read the blob long before this; a minute covers a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

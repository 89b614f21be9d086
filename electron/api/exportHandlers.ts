import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { exportFileName, type ExportFile, type ExportFormat } from '../../shared/api/contract.ts';
import { ApiError, type SaveExportResult, type WorkshopHandle } from '../../shared/api/results.ts';
import { randomToken } from '../../shared/util/random.ts';
import type { OpenWorkshops } from './openWorkshops.ts';
import type { CallContext, Platform } from './platform.ts';

/** What the platform's save dialog is asked: the name to suggest, the format's filter, where to start. */
export interface ExportPathRequest {
  /** Already sanitised, with the format's extension. */
  fileName: string;
  format: ExportFormat;
  /** The last export's folder or the workshop's own; null lets the platform pick (the documents folder). */
  folder: string | null;
}

/** Where the last export went, remembered across sessions so the next dialog starts there. */
export interface ExportFolders {
  last(): string | null;
  remember(folder: string): void;
}

/**
 * `saveExport`: the bytes the renderer made (PNG, SVG, PDF, CSV) written where the user chose in
 * the platform's save dialog. The renderer names nothing but a suggestion; the path comes from the
 * dialog, its file name is sanitised again and given the format's extension, and the file is
 * written whole or not at all (a temporary file beside it, flushed, then renamed over the target),
 * so a full disk never leaves half a PDF under the name the user picked.
 */
export function exportHandlers(platform: Platform, open: OpenWorkshops) {
  /** The example lives in a hidden app folder: no place to send the user's exports. */
  const startFolder = (ctx: CallContext, handle: WorkshopHandle | null): string | null => {
    const remembered = platform.exportFolders?.last() ?? null;
    if (remembered) return remembered;
    if (!handle) return null;
    const folder = dirname(open.get(ctx.clientId, handle).file.path);
    return resolve(folder) === resolve(platform.exampleFolder) ? null : folder;
  };

  return {
    async saveExport(ctx: CallContext, handle: WorkshopHandle | null, file: ExportFile, bytes: Uint8Array): Promise<SaveExportResult> {
      if (!platform.chooseExportPath) throw new ApiError('exportUi.error.noDialog');
      const fileName = exportFileName(file.suggestedName, file.format);
      const chosen = await platform.chooseExportPath(ctx, { fileName, format: file.format, folder: startFolder(ctx, handle) });
      if (!chosen) return { status: 'cancelled' };
      if (!isAbsolute(chosen)) throw new ApiError('exportUi.error.writeFailed', 'the dialog gave no absolute path');
      // What the user typed may lack the extension (Linux dialogs) or hold characters Windows forbids.
      const target = join(dirname(chosen), exportFileName(basename(chosen), file.format));
      writeWhole(target, bytes);
      platform.exportFolders?.remember(dirname(target));
      return { status: 'saved', fileName: basename(target) };
    },
  };
}

/** Writes the bytes to a temporary file in the target's folder, flushes it to disk, renames it over the target. */
export function writeWhole(target: string, bytes: Uint8Array): void {
  const tmp = join(dirname(target), `.${basename(target)}.${randomToken(8)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw exportWriteError(error);
  }
}

/** A failed write as the message the user needs: what happened, and what to do about it. */
function exportWriteError(error: unknown): ApiError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new ApiError('exportUi.error.diskFull', code);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new ApiError('exportUi.error.noAccess', code);
  return new ApiError('exportUi.error.writeFailed', code || (error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)));
}

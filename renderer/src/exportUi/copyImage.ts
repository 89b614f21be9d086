import type { BoardId } from '../../../shared/model/ids.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { ClientApiError } from '../api/apiError.ts';
import { exportBoardPng, type BoardImageOptions } from '../export/index.ts';

/**
 * "Kopier som bilde": the board as a PNG on the system clipboard, for pasting straight into Word
 * or PowerPoint. The ClipboardItem gets the PNG as a promise, so the write starts while the
 * click still counts as the user's gesture, however long the picture takes to draw. Electron
 * grants our own pages the clipboard (electron/main/hardening.ts); a browser may refuse, and
 * that becomes a translated message instead of a silent failure.
 */
export async function copyBoardImage(doc: WorkshopDoc, boardId: BoardId, options: BoardImageOptions, signal: AbortSignal): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new ClientApiError('exportUi.error.clipboardUnsupported');
  const png = exportBoardPng(doc, boardId, options, signal);
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    // The picture itself failed (or was cancelled): report that, not the clipboard.
    await png;
    throw new ClientApiError('exportUi.error.clipboard', error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200));
  }
}

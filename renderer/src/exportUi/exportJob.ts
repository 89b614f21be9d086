import type { Language } from '../../../shared/i18n/messages.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { exportBoardPng, exportBoardSvg, exportWorkshopDocx, exportWorkshopPdf, exportWorkshopPptx, type ExportProgress } from '../export/index.ts';
import type { ExportChoices } from './exportChoices.ts';
import type { FileToSave } from '../state/saveFile.ts';
import type { ExportTable } from './exportTables.ts';

/** What one press of Eksporter makes: the dialog's choices plus the board or table they apply to. */
export type ExportJob =
  | { what: 'board'; boardId: BoardId; choices: ExportChoices }
  | { what: 'report'; choices: ExportChoices; language: Language; exportedAt: Date; boardIds: ReadonlySet<string> | null }
  | { what: 'docx' | 'pptx'; language: Language; exportedAt: Date; boardIds: ReadonlySet<string> | null }
  | { what: 'table'; table: ExportTable };

/**
 * Makes the file for a job with the export engine (renderer/src/export). The document is the one
 * in memory, so what is exported is what the user sees, saved or not yet. Cancelling rejects with
 * the engine's AbortError; nothing has been written by then.
 */
export async function makeExportFile(doc: WorkshopDoc, job: ExportJob, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<FileToSave> {
  switch (job.what) {
    case 'board': {
      const name = doc.boards[job.boardId]?.name ?? '';
      const { boardFormat, scale, background } = job.choices;
      if (boardFormat === 'svg') return { name, format: 'svg', data: await exportBoardSvg(doc, job.boardId, { background }, signal) };
      // The three sizes get different names, so a 2× and a print picture don't overwrite the 1× one.
      const suffix = scale === 2 ? ' 2x' : scale === 'a4-300dpi' ? ' 300 dpi' : '';
      return { name: `${name}${suffix}`, format: 'png', data: await exportBoardPng(doc, job.boardId, { scale, background }, signal) };
    }
    case 'report': {
      const { paper, orientation } = job.choices;
      const bytes = await exportWorkshopPdf(doc, { paper, orientation, language: job.language, exportedAt: job.exportedAt, boardIds: job.boardIds }, onProgress, signal);
      return { name: doc.meta.title, format: 'pdf', data: bytes };
    }
    case 'docx':
      return { name: doc.meta.title, format: 'docx', data: await exportWorkshopDocx(doc, job, onProgress, signal) };
    case 'pptx':
      return { name: doc.meta.title, format: 'pptx', data: await exportWorkshopPptx(doc, job, onProgress, signal) };
    case 'table':
      return { name: job.table.fileTitle, format: 'csv', data: job.table.csv() };
  }
}

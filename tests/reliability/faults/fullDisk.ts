import { ApiError } from '../../../shared/api/results.ts';
import type { RowChange } from '../../../shared/model/changes.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { note } from '../../helpers/workshop.ts';

export interface FullDiskResult {
  /** Edits saved before the disk filled. */
  saved: number;
  /** The error the edit that didn't fit gave. */
  errorKey: string;
  errorDetail: string;
  /** The document as saved: what the file and the rescue copy must hold. */
  savedDoc: WorkshopDoc;
  /** The edit that failed, still in memory, as the renderer keeps it. */
  failedEdit: RowChange[];
}

/**
 * Fills the disk under an open workshop with edits of ~10 KB notes until one fails, the way a
 * long session ends on a nearly full laptop or a quota-limited home folder. Leaves the file open,
 * as the app does: the user is told, their work stays in memory, and they use "Lagre som".
 */
export function editUntilFull(path: string): { file: WorkshopFile; result: FullDiskResult } {
  const opened = WorkshopFile.open(path);
  if (opened.status !== 'ok') throw new Error(`could not open ${path}: ${opened.status}`);
  const { file } = opened;
  let doc = opened.doc;
  const board = Object.keys(doc.boards)[0] as BoardId;
  for (let saved = 0; saved < 100_000; saved++) {
    const item = note(board, `Notat ${saved}: ${'Ventetid BUP Stjørdal. '.repeat(450)}`);
    const edit: RowChange[] = [{ table: 'items', op: 'put', record: item }];
    try {
      file.apply(edit);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return { file, result: { saved, errorKey: error.key, errorDetail: error.detail ?? '', savedDoc: doc, failedEdit: edit } };
    }
    doc = { ...doc, items: { ...doc.items, [item.id]: item } };
  }
  throw new Error('the disk never filled up');
}

/** "Lagre som" elsewhere, then the edit that failed applied to the copy: nothing of the work is lost. */
export async function rescue(file: WorkshopFile, result: FullDiskResult, target: string): Promise<WorkshopDoc> {
  await file.backupTo(target);
  const copy = WorkshopFile.open(target);
  if (copy.status !== 'ok') throw new Error(`the rescue copy opened as ${copy.status}`);
  try {
    copy.file.apply(result.failedEdit);
    return copy.file.load();
  } finally {
    copy.file.close();
  }
}

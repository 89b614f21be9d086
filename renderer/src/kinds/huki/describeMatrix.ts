import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import type { Actor, Board, Item } from '../../../../shared/model/records.ts';
import { deriveMatrixView } from './useHukiMatrix.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

/**
 * How the matrix item reads aloud in the canvas's list of items ("HUKI-matrise: 12 oppgaver,
 * 8 aktører, 2 funn"), the extension's `describeItem`; the grid beside the canvas is where the
 * matrix is read and edited cell by cell.
 */
export function describeMatrixItem(t: T, item: Item, board: Board, actors: Readonly<Record<string, Actor>>): string {
  const view = deriveMatrixView(item, actors, board);
  const tasks = view.matrix.phases.reduce((n, p) => n + p.tasks.length, 0);
  return t('huki.describe', { tasks, actors: view.columns.length, findings: view.findings.length });
}

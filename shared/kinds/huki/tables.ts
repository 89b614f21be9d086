import type { WorkshopDoc } from '../../model/document.ts';
import type { Board } from '../../model/records.ts';
import type { KindContext, KindTable } from '../boardKind.ts';
import { matrixToCsv } from './csv.ts';
import { matrixItemOf, readBoardSettings, readMatrix } from './model.ts';

/** A HUKI board's table: the matrix as the board's own CSV button writes it; none before it has a matrix. */
export function hukiTables(doc: WorkshopDoc, board: Board, { t }: KindContext): KindTable[] {
  const item = matrixItemOf(doc.items, board.id);
  if (!item) return [];
  return [
    {
      labelKey: 'exportUi.table.huki',
      labelParams: { board: board.name },
      fileTitle: board.name,
      csv: () => matrixToCsv(readMatrix(item.props), doc.actors, readBoardSettings(board.props).letters, { phase: t('huki.csv.headingPhase'), task: t('huki.csv.headingTask') }),
    },
  ];
}

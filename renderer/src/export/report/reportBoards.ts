import type { KindReport } from '../../../../shared/kinds/boardKind.ts';
import { getBoardKind } from '../../../../shared/kinds/registry.ts';
import type { Board } from '../../../../shared/model/records.ts';

/**
 * The boards that have a section among the report's tables, with their kind's report: grouped by
 * kind in the kinds' `place` order, each kind's boards in the order given (the board list's).
 * The PDF, Word and PowerPoint reports use this one order.
 */
export function reportBoards(boards: readonly Board[]): { board: Board; report: KindReport }[] {
  const found = boards.flatMap((board) => {
    const report = getBoardKind(board.kind)?.report;
    return report ? [{ board, report }] : [];
  });
  // Array.prototype.sort is stable, so boards of one kind keep their order.
  return found.sort((a, b) => a.report.place - b.report.place);
}

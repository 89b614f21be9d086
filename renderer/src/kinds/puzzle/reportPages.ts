import type { Language } from '../../../../shared/i18n/messages.ts';
import { localeOf } from '../../../../shared/i18n/translate.ts';
import { puzzleProps, slotKey } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { inventoryRows } from '../../../../shared/kinds/puzzle/inventory.ts';
import { inventoryColumnKey, inventoryColumns, type InventoryColumn } from '../../../../shared/kinds/puzzle/inventoryCsv.ts';
import { inventoryCell } from '../../../../shared/kinds/puzzle/reportSection.ts';
import { indexKey, piecesOf, placementOf } from '../../../../shared/kinds/puzzle/placement.ts';
import { summarise } from '../../../../shared/kinds/puzzle/summary.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { reportInkSoft, type ReportWriter } from '../../export/report/reportWriter.ts';
import { drawTable } from '../../export/report/table.ts';

/**
 * A puzzle board as tables: the inventory (kartlegging) with the columns and order of its CSV
 * (shared/kinds/puzzle/inventory*.ts), the totals, and every gap with its note. The PDF's drawing
 * of the section whose words and tables shared/kinds/puzzle/reportSection.ts gives.
 */

const shares: Readonly<Record<InventoryColumn, number>> = {
  row: 8,
  column: 8,
  name: 12,
  provider: 11,
  category: 9,
  targetGroup: 9,
  ageRange: 6,
  capacity: 7,
  contact: 9,
  notes: 13,
};

export function writePuzzle(w: ReportWriter, doc: WorkshopDoc, board: Board, language: Language): void {
  const { t } = w;
  const title = t('export.report.puzzleHeading', { name: board.name });
  w.newPage();
  w.entry(title, 1);
  w.heading(title, 1);
  const grid = puzzleProps(board);
  const pieces = piecesOf(doc.items, board.id);
  const summary = summarise(grid, pieces, doc.actors);
  w.paragraph(t('puzzle.summary.totals', { pieces: summary.pieces, placed: summary.placed, loose: summary.loose, gaps: summary.gaps, slots: summary.slots }), { size: w.type.body, weight: 400 });
  const rows = inventoryRows(grid, pieces, doc.actors, localeOf(language));
  if (rows.length === 0) w.paragraph(t('puzzle.inventory.empty'), { size: w.type.body, weight: 400, colour: reportInkSoft });
  else
    drawTable(
      w,
      inventoryColumns.map((c) => ({ header: t(inventoryColumnKey(c)), share: shares[c] })),
      rows.map((row) => inventoryColumns.map((c) => inventoryCell(row, c, t))),
      { continuedTitle: t('export.report.continued', { heading: title }) },
    );

  w.heading(t('puzzle.gaps.title'), 2, 40);
  const placement = placementOf(grid, pieces);
  const gaps = grid.rows.flatMap((row, r) => grid.columns.flatMap((column, c) => (placement.bySlot.has(indexKey(r, c)) ? [] : [{ row, column }])));
  if (gaps.length === 0) {
    w.paragraph(t('puzzle.gaps.none'), { size: w.type.body, weight: 400 });
    return;
  }
  drawTable(
    w,
    [
      { header: t('puzzle.inventory.row'), share: 2 },
      { header: t('puzzle.inventory.column'), share: 2 },
      { header: t('puzzle.piece.notes'), share: 6 },
    ],
    gaps.map(({ row, column }) => [row.label, column.label, grid.gapNotes[slotKey(row.id, column.id)] ?? '']),
    { continuedTitle: t('export.report.continued', { heading: t('puzzle.gaps.title') }) },
  );
}

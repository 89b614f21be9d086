import { categoryStyle } from '../../actors/categories.ts';
import { localeOf } from '../../i18n/locale.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import type { Board } from '../../model/records.ts';
import { contentTable, type ContentBlock, type ContentCellValue, type ContentSection } from '../../report/contentModel.ts';
import type { KindContext, Translate } from '../boardKind.ts';
import { puzzleProps, slotKey } from './boardProps.ts';
import { inventoryRows, type InventoryRow } from './inventory.ts';
import { inventoryColumnKey, inventoryColumns, inventoryText, type InventoryColumn } from './inventoryCsv.ts';
import { indexKey, piecesOf, placementOf } from './placement.ts';
import { summarise } from './summary.ts';

/**
 * A puzzle board in the report: the totals, the inventory with the columns and order of its CSV,
 * and every gap with its note (the PDF draws the same in renderer/src/kinds/puzzle/reportPages.ts).
 */

/** A cell as the inventory's CSV writes it (inventoryCsv.ts), with the provider's colour on its category. */
export function inventoryCell(row: InventoryRow, column: InventoryColumn, t: Translate): ContentCellValue {
  // A piece without a name still needs words in a printed table; the CSV keeps the empty cell.
  if (column === 'name') return row.props.text.trim() || t('puzzle.unnamed');
  const text = inventoryText(row, column, t);
  if (column !== 'category' || row.category === 'none') return text;
  const style = categoryStyle(row.category);
  return { text, fill: style.fill, ink: style.text };
}

export function puzzleReportSection(doc: WorkshopDoc, board: Board, { language, t }: KindContext): ContentSection {
  const grid = puzzleProps(board);
  const pieces = piecesOf(doc.items, board.id);
  const summary = summarise(grid, pieces, doc.actors);
  const rows = inventoryRows(grid, pieces, doc.actors, localeOf(language));
  const shares = [8, 8, 12, 11, 9, 9, 6, 7, 9, 13];
  const blocks: ContentBlock[] = [{ kind: 'paragraph', text: t('puzzle.summary.totals', { pieces: summary.pieces, placed: summary.placed, loose: summary.loose, gaps: summary.gaps, slots: summary.slots }) }];
  if (rows.length === 0) blocks.push({ kind: 'paragraph', text: t('puzzle.inventory.empty'), soft: true });
  else
    blocks.push({
      kind: 'table',
      table: contentTable(
        inventoryColumns.map((c, i) => ({ header: t(inventoryColumnKey(c)), share: shares[i] ?? 8 })),
        rows.map((row) => inventoryColumns.map((c) => inventoryCell(row, c, t))),
      ),
    });
  blocks.push({ kind: 'subheading', text: t('puzzle.gaps.title') });
  const placement = placementOf(grid, pieces);
  const gaps = grid.rows.flatMap((row, r) => grid.columns.flatMap((column, c) => (placement.bySlot.has(indexKey(r, c)) ? [] : [{ row, column }])));
  if (gaps.length === 0) blocks.push({ kind: 'paragraph', text: t('puzzle.gaps.none') });
  else
    blocks.push({
      kind: 'table',
      table: contentTable(
        [
          { header: t('puzzle.inventory.row'), share: 2 },
          { header: t('puzzle.inventory.column'), share: 2 },
          { header: t('puzzle.piece.notes'), share: 6 },
        ],
        gaps.map(({ row, column }) => [row.label, column.label, grid.gapNotes[slotKey(row.id, column.id)] ?? '']),
      ),
    });
  return { title: t('export.report.puzzleHeading', { name: board.name }), blocks };
}

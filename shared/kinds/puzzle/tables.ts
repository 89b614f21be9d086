import { localeOf } from '../../i18n/locale.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import type { Board } from '../../model/records.ts';
import type { KindContext, KindTable } from '../boardKind.ts';
import { puzzleProps } from './boardProps.ts';
import { inventoryRows } from './inventory.ts';
import { inventoryCsv } from './inventoryCsv.ts';
import { piecesOf } from './placement.ts';

/** A puzzle's table: the inventory (kartlegging), as the inventory view's CSV button writes it. */
export function puzzleTables(doc: WorkshopDoc, board: Board, { language, t }: KindContext): KindTable[] {
  return [
    {
      labelKey: 'exportUi.table.inventory',
      labelParams: { board: board.name },
      fileTitle: `${t('puzzle.inventory.fileName')} – ${board.name}`,
      csv: () => inventoryCsv(inventoryRows(puzzleProps(board), piecesOf(doc.items, board.id), doc.actors, localeOf(language)), t),
    },
  ];
}

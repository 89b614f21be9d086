import type { Language, MessageKey } from '../../../shared/i18n/messages.ts';
import { localeOf, translate, type MessageParams } from '../../../shared/i18n/translate.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;
import { actorsOnBoard } from '../../../shared/kinds/actorMap/chip.ts';
import { actorMapKindName } from '../../../shared/kinds/actorMap/kindName.ts';
import { acuteLoopFiguresCsv, acuteLoopHoursCsv, acuteLoopStationsCsv } from '../../../shared/kinds/acuteLoop/acuteLoopCsv.ts';
import { acuteLoopKindName } from '../../../shared/kinds/acuteLoop/kindName.ts';
import { readAcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { matrixToCsv } from '../../../shared/kinds/huki/csv.ts';
import { matrixItemOf, readBoardSettings, readMatrix } from '../../../shared/kinds/huki/model.ts';
import { hukiKind } from '../../../shared/kinds/huki/index.ts';
import { puzzleProps } from '../../../shared/kinds/puzzle/boardProps.ts';
import { inventoryRows } from '../../../shared/kinds/puzzle/inventory.ts';
import { inventoryCsv } from '../../../shared/kinds/puzzle/inventoryCsv.ts';
import { puzzleKindName } from '../../../shared/kinds/puzzle/ops.ts';
import { piecesOf } from '../../../shared/kinds/puzzle/placement.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../shared/model/document.ts';
import type { Actor, Board } from '../../../shared/model/records.ts';
import { stakeholderCsv } from './stakeholderCsv.ts';

/** One table the workshop can give as CSV: how the dialog names it, the file's title, and its text. */
export interface ExportTable {
  /** Stable across renders and sessions, so the dialog can remember the choice. */
  id: string;
  labelKey: MessageKey;
  labelParams?: MessageParams;
  /** What the file is named after (the extension is added when it is saved). */
  fileTitle: string;
  /** The CSV text (BOM, semicolons), made when asked: the document may have changed since the list. */
  csv(): string;
}

type BoardTable = Omit<ExportTable, 'id'> & { /** Added to the board's id when a board gives several tables. */ part?: string };
type TableOf = (doc: WorkshopDoc, board: Board, language: Language) => BoardTable | BoardTable[] | null;

/**
 * The table each board kind has. A kind missing here (the whiteboard) has no table; a kind added
 * later adds its line. The texts are the same functions the boards' own CSV buttons use, so a
 * file from the dialog and one from the board are the same file.
 */
const tableOfKind: Readonly<Record<string, TableOf>> = {
  [actorMapKindName]: (doc, board, language) => {
    const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
    const ids = actorsOnBoard(doc, board.id);
    const actors = Object.values(doc.actors).filter((a: Actor) => ids.has(a.id));
    return {
      labelKey: 'exportUi.table.stakeholders',
      labelParams: { board: board.name },
      fileTitle: `${t('actorMap.table.title')} – ${board.name}`,
      csv: () => stakeholderCsv(actors, t, localeOf(language)),
    };
  },
  [hukiKind.kind]: (doc, board, language) => {
    const item = matrixItemOf(doc.items, board.id);
    if (!item) return null;
    const t = (key: MessageKey) => translate(language, key);
    return {
      labelKey: 'exportUi.table.huki',
      labelParams: { board: board.name },
      fileTitle: board.name,
      csv: () => matrixToCsv(readMatrix(item.props), doc.actors, readBoardSettings(board.props).letters, { phase: t('huki.csv.headingPhase'), task: t('huki.csv.headingTask') }),
    };
  },
  [puzzleKindName]: (doc, board, language) => ({
    labelKey: 'exportUi.table.inventory',
    labelParams: { board: board.name },
    fileTitle: `${translate(language, 'puzzle.inventory.fileName')} – ${board.name}`,
    csv: () => inventoryCsv(inventoryRows(puzzleProps(board), piecesOf(doc.items, board.id), doc.actors, localeOf(language)), language),
  }),
  // Three tables, three files: figures, hours and stations don't share columns (issue 20).
  [acuteLoopKindName]: (doc, board, language) => {
    const t: Translate = (key, params) => translate(language, key, params);
    const props = () => readAcuteLoopProps(board.props);
    return [
      { part: 'figures', labelKey: 'exportUi.table.acuteLoopFigures', labelParams: { board: board.name }, fileTitle: `${t('exportUi.csv.figuresFile')} – ${board.name}`, csv: () => acuteLoopFiguresCsv(props(), t) },
      { part: 'hours', labelKey: 'exportUi.table.acuteLoopHours', labelParams: { board: board.name }, fileTitle: `${t('exportUi.csv.hoursTitle')} – ${board.name}`, csv: () => acuteLoopHoursCsv(props(), t) },
      { part: 'stations', labelKey: 'exportUi.table.acuteLoopStations', labelParams: { board: board.name }, fileTitle: `${t('exportUi.csv.stationsTitle')} – ${board.name}`, csv: () => acuteLoopStationsCsv(props(), doc.actors, t) },
    ];
  },
};

/** Every table of the workshop, board by board in the boards' order, then the whole actor registry. */
export function exportTables(doc: WorkshopDoc, language: Language): ExportTable[] {
  const tables: ExportTable[] = [];
  for (const board of boardsInOrder(doc)) {
    const made = tableOfKind[board.kind]?.(doc, board, language);
    for (const { part, ...table } of made === null || made === undefined ? [] : Array.isArray(made) ? made : [made]) tables.push({ id: part ? `board:${board.id}:${part}` : `board:${board.id}`, ...table });
  }
  const actors = Object.values(doc.actors);
  if (actors.length > 0) {
    const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
    tables.push({
      id: 'actors',
      labelKey: 'exportUi.table.allActors',
      fileTitle: `${t('actorMap.table.title')} – ${doc.meta.title || t('common.untitled')}`,
      csv: () => stakeholderCsv(actors, t, localeOf(language)),
    });
  }
  return tables;
}

import type { Language, MessageKey } from '../../../shared/i18n/messages.ts';
import { localeOf, translate, type MessageParams } from '../../../shared/i18n/translate.ts';
import { stakeholderCsv } from '../../../shared/kinds/actorMap/stakeholderCsv.ts';
import type { Translate } from '../../../shared/kinds/boardKind.ts';
import { getBoardKind } from '../../../shared/kinds/registry.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../shared/model/document.ts';

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

/**
 * Every table of the workshop, board by board in the boards' order (each kind's `tables`, the same
 * functions the boards' own CSV buttons use, so a file from the dialog and one from the board are
 * the same file), then the whole actor registry. A kind without tables (the whiteboard) gives none.
 */
export function exportTables(doc: WorkshopDoc, language: Language): ExportTable[] {
  const t: Translate = (key, params) => translate(language, key, params);
  const tables: ExportTable[] = [];
  for (const board of boardsInOrder(doc)) {
    const made = getBoardKind(board.kind)?.tables?.(doc, board, { language, t }) ?? [];
    for (const { part, ...table } of made) tables.push({ id: part ? `board:${board.id}:${part}` : `board:${board.id}`, ...table });
  }
  const actors = Object.values(doc.actors);
  if (actors.length > 0) {
    tables.push({
      id: 'actors',
      labelKey: 'exportUi.table.allActors',
      fileTitle: `${t('actorMap.table.title')} – ${doc.meta.title || t('common.untitled')}`,
      csv: () => stakeholderCsv(actors, t, localeOf(language)),
    });
  }
  return tables;
}

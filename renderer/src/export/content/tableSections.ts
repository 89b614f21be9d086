import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../../shared/i18n/translate.ts';
import { columns as stakeholderColumns } from '../../../../shared/kinds/actorMap/stakeholderColumns.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import { contentTable, type ContentBlock, type ContentSection } from '../../../../shared/report/contentModel.ts';
import { stakeholderCell, stakeholderRows } from '../report/stakeholderSection.ts';
import { reportBoards } from '../report/reportBoards.ts';

/**
 * The report's table sections as content, in the PDF report's order and words: the stakeholder
 * analysis, then each board whose kind has a report section (BoardKind.report), grouped by kind in
 * the kinds' `place` order. `boards` limits them to the boards the user chose.
 */

type T = (key: MessageKey, params?: MessageParams) => string;

function stakeholders(doc: WorkshopDoc, language: Language, t: T): ContentSection {
  const actors = stakeholderRows(doc, language);
  const blocks: ContentBlock[] =
    actors.length === 0
      ? [{ kind: 'paragraph', text: t('export.report.noActors'), soft: true }]
      : [
          { kind: 'paragraph', text: t('export.report.stakeholdersIntro'), soft: true },
          {
            kind: 'table',
            table: contentTable(
              stakeholderColumns.map((c) => ({ header: t(c.labelKey), share: c.share, align: c.width === 'narrow' ? ('center' as const) : ('left' as const) })),
              actors.map((actor) => stakeholderColumns.map((c) => stakeholderCell(actor, c, t))),
            ),
          },
        ];
  return { title: t('export.report.stakeholders'), blocks };
}

/** Every table section, for the chosen boards (all when `boardIds` is null); the stakeholder analysis always. */
export function tableSections(doc: WorkshopDoc, language: Language, boardIds: ReadonlySet<string> | null = null): ContentSection[] {
  const t: T = (key, params) => translate(language, key, params);
  const boards = boardsInOrder(doc).filter((b) => boardIds === null || boardIds.has(b.id));
  return [stakeholders(doc, language, t), ...reportBoards(boards).map(({ board, report }) => report.section(doc, board, { language, t }))];
}

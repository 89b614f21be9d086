import type { Actor, Board } from '../../model/records.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import { localeOf } from '../../i18n/locale.ts';
import type { KindContext, KindTable } from '../boardKind.ts';
import { actorsOnBoard } from './chip.ts';
import { stakeholderCsv } from './stakeholderCsv.ts';

/** An actor map's table: the stakeholder analysis of the actors on the map (the map's table view). */
export function actorMapTables(doc: WorkshopDoc, board: Board, { language, t }: KindContext): KindTable[] {
  const ids = actorsOnBoard(doc, board.id);
  const actors = Object.values(doc.actors).filter((a: Actor) => ids.has(a.id));
  return [
    {
      labelKey: 'exportUi.table.stakeholders',
      labelParams: { board: board.name },
      fileTitle: `${t('actorMap.table.title')} – ${board.name}`,
      csv: () => stakeholderCsv(actors, t, localeOf(language)),
    },
  ];
}

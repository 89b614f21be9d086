import type { WorkshopDoc } from '../../model/document.ts';
import type { Board } from '../../model/records.ts';
import type { KindContext, KindTable } from '../boardKind.ts';
import { acuteLoopFiguresCsv, acuteLoopHoursCsv, acuteLoopStationsCsv } from './acuteLoopCsv.ts';
import { readAcuteLoopProps } from './schema.ts';

/** Three tables, three files: figures, hours and stations don't share columns (issue 20). */
export function acuteLoopTables(doc: WorkshopDoc, board: Board, { t }: KindContext): KindTable[] {
  const props = () => readAcuteLoopProps(board.props);
  return [
    { part: 'figures', labelKey: 'exportUi.table.acuteLoopFigures', labelParams: { board: board.name }, fileTitle: `${t('exportUi.csv.figuresFile')} – ${board.name}`, csv: () => acuteLoopFiguresCsv(props(), t) },
    { part: 'hours', labelKey: 'exportUi.table.acuteLoopHours', labelParams: { board: board.name }, fileTitle: `${t('exportUi.csv.hoursTitle')} – ${board.name}`, csv: () => acuteLoopHoursCsv(props(), t) },
    { part: 'stations', labelKey: 'exportUi.table.acuteLoopStations', labelParams: { board: board.name }, fileTitle: `${t('exportUi.csv.stationsTitle')} – ${board.name}`, csv: () => acuteLoopStationsCsv(props(), doc.actors, t) },
  ];
}

import { defineBoardKind, type BoardKind } from '../boardKind.ts';
import { addAcuteLoopExample } from './example.ts';
import { acuteLoopTables } from './tables.ts';
import { acuteLoopReportSection } from './reportSection.ts';
import { acuteLoop as messages } from './messages.ts';
import { acuteLoopKindName } from './kindName.ts';
import { AcuteLoopPropsSchema, defaultAcuteLoopProps, type AcuteLoopProps } from './schema.ts';
import { templateLoopStations } from './template.ts';

/**
 * Akuttloopen: a day in the patient's life as a loop of stations (seed 003, domain.md). Its data
 * is in the board's props (schema.ts); its edits are in ops.ts; its layouts (loop, swimlanes,
 * clock, histogram) are pure functions beside them.
 */
export const acuteLoopKind: BoardKind<AcuteLoopProps, typeof messages> = defineBoardKind({
  kind: acuteLoopKindName,
  labelKey: 'acuteLoop.kind',
  descriptionKey: 'acuteLoop.kind.description',
  propsSchema: AcuteLoopPropsSchema,
  defaultProps: defaultAcuteLoopProps,
  applyTemplate(draft, board) {
    const props = { ...defaultAcuteLoopProps(), stations: templateLoopStations(draft) };
    board.props = props;
  },
  messages,
  example: { place: 4, add: addAcuteLoopExample },
  tables: acuteLoopTables,
  report: { place: 3, section: acuteLoopReportSection },
});

import { defineBoardKind } from '../boardKind.ts';
import { acuteLoopKindName } from './kindName.ts';
import { AcuteLoopPropsSchema, defaultAcuteLoopProps, type AcuteLoopProps } from './schema.ts';
import { templateLoopStations } from './template.ts';

/**
 * Akuttloopen: a day in the patient's life as a loop of stations (seed 003, domain.md). Its data
 * is in the board's props (schema.ts); its edits are in ops.ts; its layouts (loop, swimlanes,
 * clock, histogram) are pure functions beside them.
 */
export const acuteLoopKind = defineBoardKind<AcuteLoopProps>({
  kind: acuteLoopKindName,
  labelKey: 'acuteLoop.kind',
  descriptionKey: 'acuteLoop.kind.description',
  propsSchema: AcuteLoopPropsSchema,
  defaultProps: defaultAcuteLoopProps,
  applyTemplate(draft, board) {
    const props = { ...defaultAcuteLoopProps(), stations: templateLoopStations(draft) };
    board.props = props;
  },
});

import { defineBoardKind, type BoardKind } from '../boardKind.ts';
import { addHukiExample } from './example.ts';
import { hukiTables } from './tables.ts';
import { hukiReportSection } from './reportSection.ts';
import { huki as messages } from './messages.ts';
import { HukiBoardPropsSchema, defaultOverloadThreshold, hukiKindName, hukiMatrixItemType, type HukiBoardProps } from './model.ts';
import { applyHukiTemplate } from './template.ts';

/**
 * HUKI-matrise: who is Hovedansvarlig, Utførende, Konsulteres and Informeres for each task, checked
 * as you go. The matrix itself is an item (see model.ts); the board holds the display settings.
 */
export const hukiKind: BoardKind<HukiBoardProps, typeof messages> = defineBoardKind({
  kind: hukiKindName,
  labelKey: 'huki.kind',
  descriptionKey: 'huki.kind.description',
  propsSchema: HukiBoardPropsSchema,
  defaultProps: () => ({ letters: 'huki', overloadThreshold: defaultOverloadThreshold }),
  applyTemplate: applyHukiTemplate,
  itemTypes: [hukiMatrixItemType],
  messages,
  example: { place: 3, add: addHukiExample },
  tables: hukiTables,
  report: { place: 1, section: hukiReportSection },
});

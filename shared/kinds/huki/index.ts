import { defineBoardKind } from '../boardKind.ts';
import { HukiBoardPropsSchema, defaultOverloadThreshold, hukiMatrixItemType, type HukiBoardProps } from './model.ts';
import { applyHukiTemplate } from './template.ts';

/**
 * HUKI-matrise: who is Hovedansvarlig, Utførende, Konsulteres and Informeres for each task, checked
 * as you go. The matrix itself is an item (see model.ts); the board holds the display settings.
 */
export const hukiKind = defineBoardKind<HukiBoardProps>({
  kind: 'huki',
  labelKey: 'huki.kind',
  descriptionKey: 'huki.kind.description',
  propsSchema: HukiBoardPropsSchema,
  defaultProps: () => ({ letters: 'huki', overloadThreshold: defaultOverloadThreshold }),
  applyTemplate: applyHukiTemplate,
  itemTypes: [hukiMatrixItemType],
});

import { z } from 'zod';
import { defineBoardKind } from '../boardKind.ts';

/** Fritt lerret: the plain whiteboard. Every other kind stands on the same canvas and item types. */
export const whiteboardKind = defineBoardKind({
  kind: 'whiteboard',
  labelKey: 'kind.whiteboard',
  descriptionKey: 'kind.whiteboard.description',
  propsSchema: z.object({
    /** Background pattern shown behind the items; purely visual. */
    background: z.enum(['dots', 'grid', 'plain']).default('dots'),
  }),
  defaultProps: () => ({ background: 'dots' as const }),
});

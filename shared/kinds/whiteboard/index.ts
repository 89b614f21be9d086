import { z } from 'zod';
import { defineBoardKind, type BoardKind } from '../boardKind.ts';
import { whiteboard as messages } from './messages.ts';
import { addWhiteboardExample } from './example.ts';

const WhiteboardPropsSchema = z.object({
  /** Background pattern shown behind the items; purely visual. */
  background: z.enum(['dots', 'grid', 'plain']).default('dots'),
});

/** Fritt lerret: the plain whiteboard. Every other kind stands on the same canvas and item types. */
export const whiteboardKind: BoardKind<z.infer<typeof WhiteboardPropsSchema>, typeof messages> = defineBoardKind({
  kind: 'whiteboard',
  labelKey: 'kind.whiteboard',
  descriptionKey: 'kind.whiteboard.description',
  propsSchema: WhiteboardPropsSchema,
  defaultProps: () => ({ background: 'dots' as const }),
  messages,
  example: { place: 0, add: addWhiteboardExample },
});

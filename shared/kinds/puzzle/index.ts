import { defineBoardKind } from '../boardKind.ts';
import { defaultPuzzleProps, PuzzleBoardPropsSchema } from './boardProps.ts';
import { puzzleKindName } from './kindName.ts';
import { pieceItemType } from './piece.ts';
import { applyPuzzleTemplate } from './template.ts';

/**
 * SAMMEN-puslespillet (from Helse Bergen): a grid of levels of need × phases or domains where
 * each service is a jigsaw piece coloured by its provider, and an empty slot is a visible gap in
 * the services. Its pieces are items of type 'puzzle-piece' (piece.ts); its grid and gap notes
 * live in the board's props (boardProps.ts).
 */
export const puzzleKind = defineBoardKind({
  kind: puzzleKindName,
  labelKey: 'puzzle.kind',
  descriptionKey: 'puzzle.kind.description',
  propsSchema: PuzzleBoardPropsSchema,
  defaultProps: defaultPuzzleProps,
  applyTemplate: applyPuzzleTemplate,
  itemTypes: [pieceItemType],
});

import { puzzleKindName } from './kindName.ts';
import { pieceItemType } from './piece.ts';
import { defineBoardKind, type BoardKind } from '../boardKind.ts';
import { addPuzzleExample } from './example.ts';
import { puzzleTables } from './tables.ts';
import { puzzleReportSection } from './reportSection.ts';
import { puzzle as messages } from './messages.ts';
import { defaultPuzzleProps, PuzzleBoardPropsSchema, type PuzzleBoardProps } from './boardProps.ts';
import { applyPuzzleTemplate } from './template.ts';

/**
 * SAMMEN-puslespillet (from Helse Bergen): a grid of levels of need × phases or domains where
 * each service is a jigsaw piece coloured by its provider, and an empty slot is a visible gap in
 * the services. Its pieces are items of type 'puzzle-piece' (piece.ts); its grid and gap notes
 * live in the board's props (boardProps.ts).
 */
export const puzzleKind: BoardKind<PuzzleBoardProps, typeof messages> = defineBoardKind({
  kind: puzzleKindName,
  labelKey: 'puzzle.kind',
  descriptionKey: 'puzzle.kind.description',
  propsSchema: PuzzleBoardPropsSchema,
  defaultProps: defaultPuzzleProps,
  applyTemplate: applyPuzzleTemplate,
  itemTypes: [pieceItemType],
  messages,
  example: { place: 1, add: addPuzzleExample },
  tables: puzzleTables,
  report: { place: 2, section: puzzleReportSection },
});

import { puzzleProps } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { dropPieces } from '../../../../shared/kinds/puzzle/ops.ts';
import { isPiece, PiecePropsSchema, pieceType } from '../../../../shared/kinds/puzzle/piece.ts';
import { newItemId } from '../../../../shared/model/ids.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import type { CanvasExtension, DragCommit } from '../../canvas/extension.ts';
import { describePiece, pieceCapabilities, puzzleContentBounds } from './canvasHooks.ts';
import { PieceNode } from './PieceNode.tsx';
import { PuzzleBackground } from './PuzzleBackground.tsx';
import { PuzzlePanel } from './PuzzlePanel.tsx';
import { runWithGlide } from './snapAnimation.ts';

/** Drops pieces with snapping; leaves drags without pieces to the canvas. */
export function commitPuzzleDrag({ board, store, ids, dx, dy }: DragCommit): boolean {
  const items = store.getState().doc.items;
  if (!ids.some((id) => items[id] && isPiece(items[id]!))) return false;
  runWithGlide(store, board.id, dropPieces, { boardId: board.id, ids: [...ids], dx, dy }, { ids: new Set(ids), dx, dy });
  return true;
}

/** A new, empty piece centred where the user clicked with the piece tool (the canvas stacks it in front). */
export function pieceAt(board: Board, point: { x: number; y: number }): Item[] {
  const grid = puzzleProps(board);
  return [
    {
      id: newItemId(),
      boardId: board.id,
      type: pieceType,
      x: point.x - grid.cellWidth / 2,
      y: point.y - grid.cellHeight / 2,
      w: grid.cellWidth,
      h: grid.cellHeight,
      rotation: 0,
      z: 0,
      parentId: null,
      groupId: null,
      locked: false,
      props: PiecePropsSchema.parse({}),
    },
  ];
}

export const puzzleExtension: CanvasExtension = {
  itemRenderers: { [pieceType]: PieceNode },
  Background: PuzzleBackground,
  Panel: PuzzlePanel,
  tools: [{ id: 'puzzle.piece', labelKey: 'puzzle.tool.piece', createAt: pieceAt }],
  commitDrag: commitPuzzleDrag,
  contentBounds: puzzleContentBounds,
  describeItem: describePiece,
  itemCapabilities: (item) => (isPiece(item) ? pieceCapabilities : undefined),
};

import { puzzleProps } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { puzzleBounds, slotOfBox } from '../../../../shared/kinds/puzzle/grid.ts';
import { isPiece, pieceProps } from '../../../../shared/kinds/puzzle/piece.ts';
import { placementOf } from '../../../../shared/kinds/puzzle/placement.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import type { DescribeContext, ItemCapabilities, Translate } from '../../canvas/extension.ts';
import { providerLabel } from './providerLabel.ts';

/**
 * The puzzle's answers to the shared canvas (see CanvasExtension): what of the board it draws,
 * how its pieces read aloud, and what the selection may do to them. Plain functions, so they are
 * tested without a canvas.
 */

/** Headers, grid and tray, and every piece with its tabs: the whole puzzle, even with no pieces yet. */
export function puzzleContentBounds(board: Board, items: readonly Item[]): Rect {
  const grid = puzzleProps(board);
  const pieces = items.filter(isPiece);
  return puzzleBounds(grid, pieces, placementOf(grid, pieces).loose.length);
}

/** «Brikke: Helsestasjon – Kommunen, i Nivå 1 × Forebygge», or «…, ikke plassert» in the tray. */
export function describePiece(item: Item, t: Translate, { board, actors }: DescribeContext): string {
  const props = pieceProps(item);
  const name = props.text.trim() || t('puzzle.unnamed');
  const provider = providerLabel(props.actorId ? actors[props.actorId] : undefined) || t('puzzle.noProvider');
  const grid = puzzleProps(board);
  const slot = item.rotation % 360 === 0 ? slotOfBox(grid, item) : null;
  const row = slot ? grid.rows[slot.row] : undefined;
  const column = slot ? grid.columns[slot.col] : undefined;
  if (!row || !column) return t('puzzle.item.loose', { name, provider });
  return t('puzzle.item.placed', { name, provider, slot: t('puzzle.slot', { row: row.label, column: column.label }) });
}

/** A piece has the size of a slot and sits square in it: it is moved, never resized or turned. */
export const pieceCapabilities: ItemCapabilities = { resize: false, rotate: false };

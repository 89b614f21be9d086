import { useMemo } from 'react';
import { puzzleProps } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { looseEdges, pieceEdges, type PieceEdges } from '../../../../shared/kinds/puzzle/edges.ts';
import { slotOfBox } from '../../../../shared/kinds/puzzle/grid.ts';
import { evenLabelSize } from '../../../../shared/kinds/puzzle/label.ts';
import { pieceProps } from '../../../../shared/kinds/puzzle/piece.ts';
import { pieceTextBox } from '../../../../shared/kinds/puzzle/piecePath.ts';
import type { Actor, Board, Item } from '../../../../shared/model/records.ts';
import { useFontsVersion } from '../../canvas/fontsReady.ts';
import { measureText } from '../../canvas/textLayout.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { labelPadding } from './drawPiece.ts';
import { providerLabel } from './providerLabel.ts';
import { usePieces } from './usePuzzle.ts';

type Translate = ReturnType<typeof useT>;

/** What a piece says: its service (or "unnamed") and its provider (or "no provider"). */
export function pieceLabelText(item: Item, actor: Actor | undefined, t: Translate): { name: string; provider: string } {
  const props = pieceProps(item);
  return { name: props.text.trim() === '' ? t('puzzle.unnamed') : props.text, provider: actor ? providerLabel(actor) : t('puzzle.noProvider') };
}

/** A piece's edges: from the slot it lies in, the classic shape when loose. */
export function edgesOf(board: Board, item: Item): PieceEdges {
  const grid = puzzleProps(board);
  const slot = item.rotation % 360 === 0 ? slotOfBox(grid, item) : null;
  return slot ? pieceEdges(slot.row, slot.col, grid.rows.length, grid.columns.length) : looseEdges;
}

let cached: { key: string; size: number } | null = null;

/**
 * The one name size every piece of the board is drawn at (shared/kinds/puzzle/label.ts,
 * evenLabelSize), measured with the canvas font. Every piece asks; the answer is computed once per
 * change of the board's labels.
 */
export function useBoardLabelSize(board: Board): number {
  const t = useT();
  const pieces = usePieces(board);
  const actors = useWorkshop((s) => s.doc.actors);
  const fonts = useFontsVersion((s) => s.version);
  return useMemo(() => {
    const requests = pieces.map((item) => {
      const props = pieceProps(item);
      const { name, provider } = pieceLabelText(item, props.actorId ? actors[props.actorId] : undefined, t);
      const box = pieceTextBox(item.w, item.h, edgesOf(board, item), labelPadding);
      return { name, provider, width: box.w, height: box.h };
    });
    const key = `${fonts}\u0001${requests.map((r) => `${r.name}\u0000${r.provider}\u0000${r.width}\u0000${r.height}`).join('\u0001')}`;
    if (cached?.key !== key) {
      const size = evenLabelSize(requests.map((r) => ({ ...r, measureName: (s: string, size: number) => measureText(s, size, 700), measureProvider: (s: string, size: number) => measureText(s, size, 400) })));
      cached = { key, size };
    }
    return cached.size;
  }, [pieces, actors, fonts, t, board]);
}

import { useMemo } from 'react';
import { checkMatrix, type Finding } from '../../../../shared/kinds/huki/checks.ts';
import { matrixItemOf, readBoardSettings, readMatrix, visibleActorIds, type HukiBoardProps, type HukiMatrixProps } from '../../../../shared/kinds/huki/model.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import type { Actor, Board, Item } from '../../../../shared/model/records.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';

/** Everything the HUKI views read, derived once per change of the records it comes from. */
export interface HukiMatrixView {
  item: Item;
  matrix: HukiMatrixProps;
  /** The visible columns' actors, in order. */
  columns: Actor[];
  settings: HukiBoardProps;
  findings: Finding[];
}

/** The view of a matrix item; memoised on the identity of the item, the registry and the board. */
export function deriveMatrixView(item: Item, actors: Readonly<Record<string, Actor>>, board: Board): HukiMatrixView {
  const matrix = readMatrix(item.props);
  const ids: ActorId[] = visibleActorIds(matrix, actors);
  const settings = readBoardSettings(board.props);
  return {
    item,
    matrix,
    columns: ids.map((id) => actors[id]!),
    settings,
    findings: checkMatrix(matrix, ids, settings.overloadThreshold),
  };
}

/** The board's matrix (its first `hukiMatrix` item), or null when the board has none. */
export function useHukiMatrix(board: Board): HukiMatrixView | null {
  const item = useWorkshop((s) => matrixItemOf(s.doc.items, board.id));
  const actors = useWorkshop((s) => s.doc.actors);
  return useMemo(() => (item ? deriveMatrixView(item, actors, board) : null), [item, actors, board]);
}

import { getBoardKind } from '../../../shared/kinds/registry.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { rendererKind } from '../kinds/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshop } from '../state/WorkshopContext.ts';

/** Shows the chosen board with its kind's view; a kind this version doesn't know is left untouched. */
export function BoardArea({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const board = useWorkshop((s) => s.doc.boards[boardId]);
  if (!board) return null;
  const view = getBoardKind(board.kind) ? rendererKind(board.kind) : undefined;
  if (!view) return <p className="page-panel" role="alert">{t('kind.unknown', { kind: board.kind })}</p>;
  return <view.BoardView key={board.id} board={board} />;
}

import type { ActorUse } from '../../../../shared/actors/references.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import { getBoardKind } from '../../../../shared/kinds/registry.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import type { BoardId } from '../../../../shared/model/ids.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

export interface BoardUses {
  boardId: BoardId;
  /** «Aktørkart – Værnesregionen» (Aktørkart) */
  title: string;
  /** "på kartet, 3 relasjoner" */
  detail: string;
}

/**
 * Where an actor is used, as a reader wants it: one line per board, in the board list's order,
 * saying what on that board refers to the actor. A kind with `actorHooks.describeUses` words its
 * own (the actor map: "on the map, 3 relations"); other kinds' references are counted ("2 places").
 */
export function summariseUses(doc: Pick<WorkshopDoc, 'boards'>, uses: readonly ActorUse[], t: T): BoardUses[] {
  const byBoard = new Map<BoardId, ActorUse[]>();
  for (const use of uses) {
    const list = byBoard.get(use.boardId);
    if (list) list.push(use);
    else byBoard.set(use.boardId, [use]);
  }
  const result: BoardUses[] = [];
  for (const board of boardsInOrder(doc as WorkshopDoc)) {
    const list = byBoard.get(board.id);
    if (!list) continue;
    const kind = getBoardKind(board.kind);
    const title = t('actorMap.use.board', { board: board.name, kind: kind ? t(kind.labelKey) : board.kind });
    // The kind says what its references mean (the actor map: "on the map, 3 relations"); others are counted.
    const parts = kind?.actorHooks?.describeUses?.(list, t) ?? [list.length === 1 ? t('actorMap.use.once') : t('actorMap.use.other', { n: list.length })];
    result.push({ boardId: board.id, title, detail: parts.join(', ') });
  }
  return result;
}

import { useEffect, useRef } from 'react';
import { itemLabel, isVotable } from '../../../shared/present/itemLabel.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { placeParticipantInput } from '../../../shared/participants/placeInput.ts';
import type { RoomEvent, RoomVote } from '../../../shared/participants/room.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { roomAction, useRoom, watchRoom } from './roomStore.ts';

/** What participants may vote on: the votable items of the board, with their words. */
function roomVote(doc: WorkshopDoc, boardId: BoardId): RoomVote | null {
  const board = doc.boards[boardId];
  const vote = board ? boardVote(board) : null;
  if (!board || !vote || vote.closed) return null;
  const candidates = Object.values(doc.items)
    .filter((item) => item.boardId === boardId && isVotable(item))
    .map((item) => ({ itemId: item.id, text: itemLabel(doc, item) }))
    .filter((c) => c.text !== '')
    .slice(0, 500);
  return { question: vote.question, dotsPerParticipant: vote.dotsPerParticipant, candidates };
}

/**
 * Mounted in the workshop window: when the open room is this workshop's, puts what participants
 * sent onto the board as one undoable operation per batch and tells the room it is done; and keeps
 * the room's view of the board (its name, the open vote) in step with the document.
 */
export function RoomSync() {
  const store = useWorkshopStore();
  const handle = useWorkshop((s) => s.handle);
  const view = useRoom((s) => s.view);
  const ours = view.open && view.settings?.handle === handle;
  const applying = useRef(0);

  useEffect(() => watchRoom(), []);

  // Events: notes and dots to put on the board.
  useEffect(() => {
    if (!ours || !view.settings) return;
    const fresh = view.events.filter((e) => e.seq > applying.current);
    if (fresh.length === 0) return;
    const upTo = fresh[fresh.length - 1]!.seq;
    applying.current = upTo;
    const pick = <K extends RoomEvent['kind']>(kind: K) => fresh.filter((e): e is Extract<RoomEvent, { kind: K }> => e.kind === kind);
    const ok = store.getState().run(placeParticipantInput, {
      boardId: view.settings.boardId,
      frameId: view.settings.frameId,
      notes: pick('note').map((e) => ({ itemId: e.itemId as ItemId, author: e.author, text: e.text, colour: e.colour })),
      dots: pick('dot').map((e) => ({ voterId: e.voterId, voterName: e.voterName, itemId: e.itemId as ItemId })),
      undots: pick('undot').map((e) => ({ voterId: e.voterId, itemId: e.itemId as ItemId })),
    });
    // A refused batch (the frame was deleted) stays with the room, so nothing a participant sent is lost.
    if (ok) void roomAction({ kind: 'applied', upTo });
    else applying.current = 0;
  }, [ours, view, store]);

  // The board's name and its open vote, as participants may see them.
  const boardId = view.settings?.boardId;
  const boardName = useWorkshop((s) => (boardId ? (s.doc.boards[boardId]?.name ?? '') : ''));
  const voteKey = useWorkshop((s) => (boardId ? JSON.stringify(roomVote(s.doc, boardId)) : 'null'));
  useEffect(() => {
    if (!ours || !view.settings) return;
    void roomAction({ kind: 'prompt', prompt: view.settings.prompt, boardName });
  }, [ours, boardName]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the name changes or the room opens
  useEffect(() => {
    if (!ours || !view.settings?.allowDots) return;
    void roomAction({ kind: 'vote', vote: JSON.parse(voteKey) as RoomVote | null });
  }, [ours, voteKey]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the vote changes or the room opens

  return null;
}

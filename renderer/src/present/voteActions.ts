import type { BoardId } from '../../../shared/model/ids.ts';
import { addVoter, startVote } from '../../../shared/ops/presentOps.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { newVoteId, newVoterId, voterColour } from '../../../shared/present/vote.ts';
import type { WorkshopStore } from '../state/workshopStore.ts';
import { setTurnVoter } from './presentingWindow.ts';

/** Starts a vote; nobody's turn yet. */
export function beginVote(store: WorkshopStore, boardId: BoardId, options: { question: string; dotsPerParticipant: number; hidden: boolean }): void {
  setTurnVoter(null);
  store.getState().run(startVote, { boardId, voteId: newVoteId(), startedAt: new Date().toISOString(), ...options });
}

/** The next participant steps up: they join the vote with the next colour, and it is their turn. */
export function nextVoter(store: WorkshopStore, boardId: BoardId, name = ''): void {
  const board = store.getState().doc.boards[boardId];
  const vote = board ? boardVote(board) : null;
  if (!vote || vote.closed) return;
  const voterId = newVoterId();
  if (store.getState().run(addVoter, { boardId, voterId, name: name.trim(), colour: voterColour(vote.voters.length) })) setTurnVoter(voterId);
}

import { z } from 'zod';
import { isDraft, original, type Draft } from 'immer';
import type { WorkshopDoc } from '../model/document.ts';
import { BoardIdSchema, ItemIdSchema, type BoardId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { Board, Item } from '../model/records.ts';
import { isVotable } from '../present/itemLabel.ts';
import { canPlaceDot } from '../present/tally.ts';
import { maxDotsPerParticipant, VoteIdSchema, VoterIdSchema, type Vote } from '../present/vote.ts';
import { defineOperation, OperationError } from './operation.ts';

/**
 * Edits for running the room: the facilitator's notes on a board, locking a board's prepared
 * material, and dot votes. Each is one operation (one undo step, the touched rows saved). The
 * presentation itself (slide, pointer, timer) is session data and never passes through here.
 */

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

function boardOf(draft: Draft<WorkshopDoc>, id: BoardId): Draft<Board> {
  const board = draft.boards[id];
  if (!board) throw new OperationError('error.notFound', `board ${id}`);
  return board;
}

function voteOf(draft: Draft<WorkshopDoc>, boardId: BoardId): Draft<Vote> {
  const vote = boardOf(draft, boardId).vote;
  if (!vote) throw new OperationError('error.invalidEdit', `board ${boardId} has no vote`);
  return vote;
}

/** Items as they were before the operation: reading them costs no proxies on a 10,000-note board. */
function baseItems(draft: Draft<WorkshopDoc>): Readonly<Record<string, Item>> {
  const items = draft.items;
  return isDraft(items) ? original(items)! : items;
}

export const setBoardNotes = defineOperation({
  id: 'present.setNotes',
  labelKey: 'op.present.notes',
  args: z.object({ boardId: BoardIdSchema, notes: z.string().max(limits.text) }),
  apply(draft, { boardId, notes }) {
    const board = boardOf(draft, boardId);
    if ((board.notes ?? '') !== notes) board.notes = notes;
  },
});

/**
 * Locks a board before the workshop: every item on it now (the prepared material) is locked, so a
 * live edit can't move, resize or delete it; notes the room adds afterwards stay free to move.
 */
export const lockBoard = defineOperation({
  id: 'present.lockBoard',
  labelKey: 'op.present.lockBoard',
  args: z.object({ boardId: BoardIdSchema }),
  apply(draft, { boardId }) {
    const board = boardOf(draft, boardId);
    board.locked = true;
    for (const item of Object.values(baseItems(draft))) {
      if (item.boardId === boardId && !item.locked) draft.items[item.id]!.locked = true;
    }
  },
});

/** Unlocks a board and everything on it (items locked one by one are unlocked too). */
export const unlockBoard = defineOperation({
  id: 'present.unlockBoard',
  labelKey: 'op.present.unlockBoard',
  args: z.object({ boardId: BoardIdSchema }),
  apply(draft, { boardId }) {
    const board = boardOf(draft, boardId);
    if (board.locked) board.locked = false;
    for (const item of Object.values(baseItems(draft))) {
      if (item.boardId === boardId && item.locked) draft.items[item.id]!.locked = false;
    }
  },
});

/** Starts a vote on a board, replacing an earlier one there (undo brings that one back). */
export const startVote = defineOperation({
  id: 'vote.start',
  labelKey: 'op.present.vote.start',
  args: z.object({
    boardId: BoardIdSchema,
    voteId: VoteIdSchema,
    question: z.string().max(limits.name).default(''),
    dotsPerParticipant: z.number().int().min(1).max(maxDotsPerParticipant),
    hidden: z.boolean(),
    startedAt: z.string().max(40),
  }),
  apply(draft, { boardId, voteId, question, dotsPerParticipant, hidden, startedAt }) {
    boardOf(draft, boardId).vote = { id: voteId, question, dotsPerParticipant, hidden, closed: false, startedAt, voters: [], dots: [] };
  },
});

/** The next participant steps up to the machine: they get a colour of their own. */
export const addVoter = defineOperation({
  id: 'vote.addVoter',
  labelKey: 'op.present.vote.addVoter',
  args: z.object({ boardId: BoardIdSchema, voterId: VoterIdSchema, name: z.string().max(limits.name), colour }),
  apply(draft, { boardId, voterId, name, colour: c }) {
    const vote = voteOf(draft, boardId);
    if (vote.closed) throw new OperationError('error.invalidEdit', 'the vote is closed');
    if (vote.voters.some((v) => v.id === voterId)) throw new OperationError('error.invalidEdit', `voter ${voterId} exists`);
    if (vote.voters.length >= 500) throw new OperationError('error.invalidEdit', 'too many voters');
    vote.voters.push({ id: voterId, name, colour: c });
  },
});

export const renameVoter = defineOperation({
  id: 'vote.renameVoter',
  labelKey: 'op.present.vote.renameVoter',
  args: z.object({ boardId: BoardIdSchema, voterId: VoterIdSchema, name: z.string().max(limits.name) }),
  apply(draft, { boardId, voterId, name }) {
    const voter = voteOf(draft, boardId).voters.find((v) => v.id === voterId);
    if (!voter) throw new OperationError('error.invalidEdit', `voter ${voterId} not found`);
    voter.name = name;
  },
});

/** Takes a voter out of the vote together with their dots. */
export const removeVoter = defineOperation({
  id: 'vote.removeVoter',
  labelKey: 'op.present.vote.removeVoter',
  args: z.object({ boardId: BoardIdSchema, voterId: VoterIdSchema }),
  apply(draft, { boardId, voterId }) {
    const vote = voteOf(draft, boardId);
    const index = vote.voters.findIndex((v) => v.id === voterId);
    if (index < 0) throw new OperationError('error.invalidEdit', `voter ${voterId} not found`);
    vote.voters.splice(index, 1);
    vote.dots = vote.dots.filter((d) => d.voterId !== voterId);
  },
});

/** One dot from a voter on an item; a voter may put several on the same item, up to their allowance. */
export const placeDot = defineOperation({
  id: 'vote.placeDot',
  labelKey: 'op.present.vote.placeDot',
  args: z.object({ boardId: BoardIdSchema, voterId: VoterIdSchema, itemId: ItemIdSchema }),
  apply(draft, { boardId, voterId, itemId }) {
    const vote = voteOf(draft, boardId);
    const item = baseItems(draft)[itemId];
    if (!item || item.boardId !== boardId || !isVotable(item)) throw new OperationError('error.invalidEdit', `item ${itemId} can't take a dot`);
    if (!canPlaceDot(vote as Vote, voterId)) throw new OperationError('present.vote.error.noDotsLeft', `voter ${voterId} has no dots left`);
    vote.dots.push({ voterId, itemId });
  },
});

/** Takes back one of a voter's dots from an item (the most recent one there). */
export const removeDot = defineOperation({
  id: 'vote.removeDot',
  labelKey: 'op.present.vote.removeDot',
  args: z.object({ boardId: BoardIdSchema, voterId: VoterIdSchema, itemId: ItemIdSchema }),
  apply(draft, { boardId, voterId, itemId }) {
    const vote = voteOf(draft, boardId);
    if (vote.closed) throw new OperationError('error.invalidEdit', 'the vote is closed');
    const index = vote.dots.findLastIndex((d) => d.voterId === voterId && d.itemId === itemId);
    if (index < 0) throw new OperationError('error.invalidEdit', 'no such dot');
    vote.dots.splice(index, 1);
  },
});

function voteFlagOperation(id: string, labelKey: 'op.present.vote.reveal' | 'op.present.vote.hide' | 'op.present.vote.close' | 'op.present.vote.reopen', flag: 'hidden' | 'closed', value: boolean) {
  return defineOperation({
    id,
    labelKey,
    args: z.object({ boardId: BoardIdSchema }),
    apply(draft, { boardId }) {
      const vote = voteOf(draft, boardId);
      if (vote[flag] !== value) vote[flag] = value;
    },
  });
}

/** Shows the counts to the room, after everyone has voted. */
export const revealVote = voteFlagOperation('vote.reveal', 'op.present.vote.reveal', 'hidden', false);
/** Hides the counts again (or from the start, so early dots don't steer later voters). */
export const hideVote = voteFlagOperation('vote.hide', 'op.present.vote.hide', 'hidden', true);
/** Ends voting: no more dots. The result stays on the board for the report. */
export const closeVote = voteFlagOperation('vote.close', 'op.present.vote.close', 'closed', true);
export const reopenVote = voteFlagOperation('vote.reopen', 'op.present.vote.reopen', 'closed', false);

export const setVoteQuestion = defineOperation({
  id: 'vote.setQuestion',
  labelKey: 'op.present.vote.question',
  args: z.object({ boardId: BoardIdSchema, question: z.string().max(limits.name) }),
  apply(draft, { boardId, question }) {
    const vote = voteOf(draft, boardId);
    if (vote.question !== question) vote.question = question;
  },
});

/** Removes the vote and its result from the board. */
export const clearVote = defineOperation({
  id: 'vote.clear',
  labelKey: 'op.present.vote.clear',
  args: z.object({ boardId: BoardIdSchema }),
  apply(draft, { boardId }) {
    const board = boardOf(draft, boardId);
    if (board.vote) board.vote = null;
  },
});

export const presentOperations = [
  setBoardNotes,
  lockBoard,
  unlockBoard,
  startVote,
  addVoter,
  renameVoter,
  removeVoter,
  placeDot,
  removeDot,
  revealVote,
  hideVote,
  closeVote,
  reopenVote,
  setVoteQuestion,
  clearVote,
] as const;

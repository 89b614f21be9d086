import { describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import { OperationError, perform, type Operation } from '../../../shared/ops/operation.ts';
import {
  addVoter,
  clearVote,
  closeVote,
  hideVote,
  placeDot,
  removeDot,
  removeVoter,
  reopenVote,
  revealVote,
  startVote,
} from '../../../shared/ops/presentOps.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { itemLabel } from '../../../shared/present/itemLabel.ts';
import { canPlaceDot, countsVisible, dotsLeft, tallyVotes, visibleDots, voteSummary } from '../../../shared/present/tally.ts';
import { newVoteId, voterColour, type Vote } from '../../../shared/present/vote.ts';
import { add, frame, note, workshopOfBoards } from './fixtures.ts';

function run<A>(doc: WorkshopDoc, op: Operation<A>, args: A): WorkshopDoc {
  return perform(doc, op, args).doc;
}

/** A board with three notes and a started vote of `dots` dots each. */
function votingBoard(options: { dots?: number; hidden?: boolean } = {}) {
  const { doc: start, boards } = workshopOfBoards(2);
  const boardId = boards[0]!.id;
  const [bup, legevakt, bolig] = add(start, note(boardId, 'Ventetid BUP'), note(boardId, 'Legevakt om natta'), note(boardId, 'Bolig først'));
  const [box] = add(start, frame(boardId, 'Ramme', { x: 0, y: 0 }));
  const doc = run(start, startVote, { boardId, voteId: newVoteId(), question: 'Hva er viktigst?', dotsPerParticipant: options.dots ?? 3, hidden: options.hidden ?? true, startedAt: '2025-09-17T09:00:00Z' });
  return { doc, boardId, other: boards[1]!.id, items: { bup: bup!.id, legevakt: legevakt!.id, bolig: bolig!.id, frame: box!.id } };
}

const voteOf = (doc: WorkshopDoc, boardId: BoardId): Vote => boardVote(doc.boards[boardId]!)!;

function vote(doc: WorkshopDoc, boardId: BoardId, voterId: string, ...itemIds: ItemId[]): WorkshopDoc {
  for (const itemId of itemIds) doc = run(doc, placeDot, { boardId, voterId, itemId });
  return doc;
}

describe('dot voting', () => {
  it('counts the dots of participants voting in turn, each in their own colour', () => {
    const setup = votingBoard({ hidden: false });
    let doc = setup.doc;
    const { boardId, items } = setup;
    doc = run(doc, addVoter, { boardId, voterId: 'voter_kari', name: 'Kari', colour: voterColour(0) });
    doc = vote(doc, boardId, 'voter_kari', items.bup, items.bup, items.legevakt);
    doc = run(doc, addVoter, { boardId, voterId: 'voter_ola', name: '', colour: voterColour(1) });
    doc = vote(doc, boardId, 'voter_ola', items.bup, items.bolig);

    const v = voteOf(doc, boardId);
    expect(v.voters.map((x) => x.colour)).toEqual([voterColour(0), voterColour(1)]);
    expect(Object.fromEntries(tallyVotes(v))).toEqual({ [items.bup]: 3, [items.legevakt]: 1, [items.bolig]: 1 });
    expect(dotsLeft(v, 'voter_kari')).toBe(0);
    expect(dotsLeft(v, 'voter_ola')).toBe(1);

    const list = Object.values(doc.items).filter((i) => i.boardId === boardId && i.type === 'note').map((i) => ({ id: i.id, label: itemLabel(doc, i) }));
    const summary = voteSummary(v, list, { voterName: (voter, i) => voter.name || `Deltaker ${i + 1}` });
    expect(summary.map((r) => [r.label, r.count, r.rank])).toEqual([
      ['Ventetid BUP', 3, 1],
      ['Bolig først', 1, 2],
      ['Legevakt om natta', 1, 2],
    ]);
    expect(summary[0]!.byVoter).toEqual([
      { voterId: 'voter_kari', name: 'Kari', colour: voterColour(0), count: 2, number: 1 },
      { voterId: 'voter_ola', name: 'Deltaker 2', colour: voterColour(1), count: 1, number: 2 },
    ]);
    // Sortable: by label (Norwegian order) and in either direction.
    expect(voteSummary(v, list, { sort: 'label' }).map((r) => r.label)).toEqual(['Bolig først', 'Legevakt om natta', 'Ventetid BUP']);
    expect(voteSummary(v, list, { sort: 'label', direction: 'desc' }).map((r) => r.label)).toEqual(['Ventetid BUP', 'Legevakt om natta', 'Bolig først']);
    expect(voteSummary(v, list, { sort: 'count', direction: 'asc' }).map((r) => r.count)).toEqual([1, 1, 3]);
  });

  it('a hidden vote shows no counts; each voter sees only their own dots in their turn; reveal shows all', () => {
    const setup = votingBoard({ hidden: true });
    let doc = setup.doc;
    const { boardId, items } = setup;
    doc = run(doc, addVoter, { boardId, voterId: 'voter_a', name: 'A', colour: voterColour(0) });
    doc = vote(doc, boardId, 'voter_a', items.bup, items.legevakt);
    doc = run(doc, addVoter, { boardId, voterId: 'voter_b', name: 'B', colour: voterColour(1) });
    doc = vote(doc, boardId, 'voter_b', items.bolig);

    let v = voteOf(doc, boardId);
    expect(countsVisible(v)).toBe(false);
    expect(visibleDots(v, 'voter_b')).toEqual([{ voterId: 'voter_b', itemId: items.bolig }]);
    expect(visibleDots(v, null)).toEqual([]);
    // The facilitator's private look (the presenter view) sees everything.
    expect(countsVisible(v, true)).toBe(true);
    expect(visibleDots(v, null, true)).toHaveLength(3);
    // The dots are counted all along, whether shown or not.
    expect(tallyVotes(v).get(items.bup)).toBe(1);

    doc = run(doc, revealVote, { boardId });
    v = voteOf(doc, boardId);
    expect(countsVisible(v)).toBe(true);
    expect(visibleDots(v, null)).toHaveLength(3);

    doc = run(doc, hideVote, { boardId });
    expect(countsVisible(voteOf(doc, boardId))).toBe(false);
  });

  it('refuses a dot beyond the allowance, on a frame or arrow, on another board, or after closing', () => {
    const setup = votingBoard({ dots: 1 });
    let doc = setup.doc;
    const { boardId, other, items } = setup;
    doc = run(doc, addVoter, { boardId, voterId: 'voter_a', name: 'A', colour: voterColour(0) });
    expect(() => run(doc, placeDot, { boardId, voterId: 'voter_a', itemId: items.frame })).toThrow(OperationError);
    const [elsewhere] = add(doc = structuredClone(doc), note(other, 'annen tavle'));
    expect(() => run(doc, placeDot, { boardId, voterId: 'voter_a', itemId: elsewhere!.id })).toThrow(OperationError);
    expect(() => run(doc, placeDot, { boardId, voterId: 'voter_nobody', itemId: items.bup })).toThrow(OperationError);
    doc = vote(doc, boardId, 'voter_a', items.bup);
    try {
      run(doc, placeDot, { boardId, voterId: 'voter_a', itemId: items.bolig });
      expect.unreachable();
    } catch (error) {
      expect((error as OperationError).key).toBe('present.vote.error.noDotsLeft');
    }
    // Taking a dot back gives it back.
    doc = run(doc, removeDot, { boardId, voterId: 'voter_a', itemId: items.bup });
    expect(canPlaceDot(voteOf(doc, boardId), 'voter_a')).toBe(true);
    doc = run(doc, closeVote, { boardId });
    expect(canPlaceDot(voteOf(doc, boardId), 'voter_a')).toBe(false);
    expect(() => run(doc, placeDot, { boardId, voterId: 'voter_a', itemId: items.bup })).toThrow(OperationError);
    expect(() => run(doc, addVoter, { boardId, voterId: 'voter_b', name: '', colour: voterColour(1) })).toThrow(OperationError);
    doc = run(doc, reopenVote, { boardId });
    expect(canPlaceDot(voteOf(doc, boardId), 'voter_a')).toBe(true);
  });

  it('keeps the result on the board after closing; removing a voter takes their dots; clearing needs undo to come back', () => {
    const setup = votingBoard({ hidden: false });
    let doc = setup.doc;
    const { boardId, items } = setup;
    doc = run(doc, addVoter, { boardId, voterId: 'voter_a', name: 'A', colour: voterColour(0) });
    doc = run(doc, addVoter, { boardId, voterId: 'voter_b', name: 'B', colour: voterColour(1) });
    doc = vote(doc, boardId, 'voter_a', items.bup, items.bup);
    doc = vote(doc, boardId, 'voter_b', items.bup);
    doc = run(doc, closeVote, { boardId });
    expect(tallyVotes(voteOf(doc, boardId)).get(items.bup)).toBe(3);
    doc = run(doc, removeVoter, { boardId, voterId: 'voter_a' });
    expect(tallyVotes(voteOf(doc, boardId)).get(items.bup)).toBe(1);
    const cleared = perform(doc, clearVote, { boardId });
    expect(boardVote(cleared.doc.boards[boardId]!)).toBeNull();
    expect(cleared.inverse.length).toBeGreaterThan(0);
  });

  it('does not count dots on items deleted after the vote', () => {
    const setup = votingBoard({ hidden: false });
    let doc = setup.doc;
    const { boardId, items } = setup;
    doc = run(doc, addVoter, { boardId, voterId: 'voter_a', name: 'A', colour: voterColour(0) });
    doc = vote(doc, boardId, 'voter_a', items.bup, items.bolig);
    const exists = (id: ItemId) => id !== items.bolig;
    expect(Object.fromEntries(tallyVotes(voteOf(doc, boardId), exists))).toEqual({ [items.bup]: 1 });
  });
});

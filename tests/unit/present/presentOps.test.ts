import { describe, expect, it } from 'vitest';
import { patchesToChanges, RowChangeSchema } from '../../../shared/model/changes.ts';
import { BoardSchema } from '../../../shared/model/records.ts';
import { History } from '../../../shared/ops/history.ts';
import { moveItems } from '../../../shared/ops/itemOps.ts';
import { perform } from '../../../shared/ops/operation.ts';
import { addVoter, lockBoard, placeDot, setBoardNotes, startVote, unlockBoard } from '../../../shared/ops/presentOps.ts';
import { boardNotes, boardVote, isBoardLocked } from '../../../shared/present/boardFields.ts';
import { newVoteId, voterColour } from '../../../shared/present/vote.ts';
import { add, note, workshopOfBoards } from './fixtures.ts';

describe('facilitator notes and board locks', () => {
  it('a board from a file written before these fields reads as no notes, unlocked, no vote', () => {
    const old = BoardSchema.parse({ id: 'b_old1', kind: 'whiteboard', name: 'Forbedringsområder', order: 1, props: { background: 'dots' } });
    expect(old).toEqual({ id: 'b_old1', kind: 'whiteboard', name: 'Forbedringsområder', order: 1, props: { background: 'dots' } });
    expect([boardNotes(old), isBoardLocked(old), boardVote(old)]).toEqual(['', false, null]);
  });

  it('notes are one undoable edit and one board row written, valid for the store', () => {
    const { doc, boards } = workshopOfBoards(2);
    const boardId = boards[0]!.id;
    const text = 'Husk: spør Stjørdal DPS om ventetid. Snåase – Snåsa deltar digitalt.';
    const result = perform(doc, setBoardNotes, { boardId, notes: text });
    expect(boardNotes(result.doc.boards[boardId]!)).toBe(text);
    const changes = patchesToChanges(result.patches, result.doc);
    expect(changes).toHaveLength(1);
    expect(RowChangeSchema.safeParse(changes[0]).success).toBe(true);
    const history = new History();
    history.record({ labelKey: setBoardNotes.labelKey, patches: result.patches, inverse: result.inverse });
    expect(boardNotes(history.undo(result.doc)!.doc.boards[boardId]!)).toBe('');
    // Writing the same notes again changes nothing (no empty undo step).
    expect(perform(result.doc, setBoardNotes, { boardId, notes: text }).patches).toEqual([]);
  });

  it('locking a board locks what is on it now, so a move leaves it in place; notes added later still move', () => {
    const { doc: start, boards } = workshopOfBoards(2);
    const boardId = boards[0]!.id;
    const [prepared] = add(start, note(boardId, 'Forberedt', { x: 10, y: 10 }));
    const [elsewhere] = add(start, note(boards[1]!.id, 'Annen tavle', { x: 10, y: 10 }));
    let doc = perform(start, lockBoard, { boardId }).doc;
    expect(isBoardLocked(doc.boards[boardId]!)).toBe(true);
    expect(doc.items[prepared!.id]!.locked).toBe(true);
    expect(doc.items[elsewhere!.id]!.locked).toBe(false);

    doc = perform(doc, moveItems, { ids: [prepared!.id], dx: 100, dy: 0 }).doc;
    expect(doc.items[prepared!.id]!.x).toBe(10);

    const live = note(boardId, 'Ny lapp fra salen', { x: 500, y: 0 });
    doc = { ...doc, items: { ...doc.items, [live.id]: live } };
    doc = perform(doc, moveItems, { ids: [live.id], dx: 100, dy: 0 }).doc;
    expect(doc.items[live.id]!.x).toBe(600);

    doc = perform(doc, unlockBoard, { boardId }).doc;
    expect(isBoardLocked(doc.boards[boardId]!)).toBe(false);
    expect(doc.items[prepared!.id]!.locked).toBe(false);
  });

  it('a vote is stored on the board and every row it writes passes the store validation', () => {
    const { doc: start, boards } = workshopOfBoards(1);
    const boardId = boards[0]!.id;
    const [n] = add(start, note(boardId, 'Ventetid'));
    let doc = start;
    const steps = [
      perform(doc, startVote, { boardId, voteId: newVoteId(), question: 'Hva haster mest?', dotsPerParticipant: 3, hidden: true, startedAt: new Date(0).toISOString() }),
    ];
    doc = steps[0]!.doc;
    steps.push(perform(doc, addVoter, { boardId, voterId: 'voter_1', name: 'Åse Ødegård', colour: voterColour(0) }));
    doc = steps[1]!.doc;
    steps.push(perform(doc, placeDot, { boardId, voterId: 'voter_1', itemId: n!.id }));
    for (const step of steps) {
      for (const change of patchesToChanges(step.patches, step.doc)) expect(RowChangeSchema.safeParse(change).success).toBe(true);
    }
    const stored = BoardSchema.parse(JSON.parse(JSON.stringify(steps[2]!.doc.boards[boardId])));
    expect(boardVote(stored)?.dots).toEqual([{ voterId: 'voter_1', itemId: n!.id }]);
  });
});

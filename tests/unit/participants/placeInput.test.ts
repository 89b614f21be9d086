import { describe, expect, it } from 'vitest';
import { applyPatches } from 'immer';
import { defaultItem } from '../../../shared/items/itemTypes.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import { perform } from '../../../shared/ops/operation.ts';
import { noteLayout, placeParticipantInput } from '../../../shared/participants/placeInput.ts';
import { startVote } from '../../../shared/ops/presentOps.ts';
import { workshopWith } from '../../helpers/workshop.ts';

function setup() {
  let doc = workshopWith({ notesPerBoard: 1 });
  const boardId = Object.keys(doc.boards)[0] as BoardId;
  const frame = defaultItem('frame', boardId, { x: 1000, y: 0, w: 560, h: 300, props: { title: 'Innspill' } });
  doc = { ...doc, items: { ...doc.items, [frame.id]: frame } };
  return { doc, boardId, frameId: frame.id };
}

const input = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ itemId: `i_p${from + i}` as ItemId, author: 'Åse', text: `<b>Lapp ${from + i}</b>`, colour: 'lime' as const }));

describe('placing participants’ input', () => {
  it('lays notes out in the frame row by row, with the author, and grows the frame when it is full', () => {
    const { doc, boardId, frameId } = setup();
    const { doc: next } = perform(doc, placeParticipantInput, { boardId, frameId, notes: input(7), dots: [], undots: [] });
    const placed = Object.values(next.items).filter((i) => i.props['author'] === 'Åse');
    expect(placed).toHaveLength(7);
    // 560 wide: three 160-wide notes per row.
    expect(placed.map((i) => [i.x - 1000, i.y]).slice(0, 4)).toEqual([
      [noteLayout.padding, noteLayout.header],
      [noteLayout.padding + 176, noteLayout.header],
      [noteLayout.padding + 352, noteLayout.header],
      [noteLayout.padding, noteLayout.header + 116],
    ]);
    expect(placed.every((i) => i.parentId === frameId && i.type === 'note')).toBe(true);
    expect(placed[0]!.props['text']).toBe('<b>Lapp 0</b>');
    expect(next.items[frameId]!.h).toBe(noteLayout.header + 2 * 116 + 100 + noteLayout.padding);
  });

  it('is one undo step that takes every note of the batch back', () => {
    const { doc, boardId, frameId } = setup();
    const performed = perform(doc, placeParticipantInput, { boardId, frameId, notes: input(5), dots: [], undots: [] });
    expect(applyPatches(performed.doc, performed.inverse)).toEqual(doc);
  });

  it('skips notes already on the board (a window that reloaded before it acknowledged)', () => {
    const { doc, boardId, frameId } = setup();
    const once = perform(doc, placeParticipantInput, { boardId, frameId, notes: input(3), dots: [], undots: [] }).doc;
    const twice = perform(once, placeParticipantInput, { boardId, frameId, notes: input(4), dots: [], undots: [] });
    expect(Object.values(twice.doc.items).filter((i) => i.props['author'] === 'Åse')).toHaveLength(4);
  });

  it('adds each participant as a voter on their first dot, within their allowance, and takes dots back', () => {
    const { doc, boardId, frameId } = setup();
    const noteId = Object.values(doc.items).find((i) => i.type === 'note')!.id;
    const voting = perform(doc, startVote, { boardId, voteId: 'vote_1', question: 'Viktigst?', dotsPerParticipant: 2, hidden: false, startedAt: '' }).doc;
    const dot = { voterId: 'voter_pp_a', voterName: 'Åse', itemId: noteId };
    const after = perform(voting, placeParticipantInput, { boardId, frameId, notes: [], dots: [dot, dot, dot, { ...dot, itemId: frameId }], undots: [] }).doc;
    const vote = after.boards[boardId]!.vote!;
    expect(vote.voters).toEqual([expect.objectContaining({ id: 'voter_pp_a', name: 'Åse' })]);
    expect(vote.dots).toHaveLength(2);
    const undone = perform(after, placeParticipantInput, { boardId, frameId, notes: [], dots: [], undots: [{ voterId: 'voter_pp_a', itemId: noteId }] }).doc;
    expect(undone.boards[boardId]!.vote!.dots).toHaveLength(1);
  });
});

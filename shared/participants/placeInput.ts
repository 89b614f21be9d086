import { z } from 'zod';
import { isDraft, original, type Draft } from 'immer';
import { paletteKeys } from '../items/palette.ts';
import { itemTypes } from '../items/itemTypes.ts';
import type { WorkshopDoc } from '../model/document.ts';
import { BoardIdSchema, ItemIdSchema, type ItemId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { Item } from '../model/records.ts';
import { defineOperation, OperationError } from '../ops/operation.ts';
import { isVotable } from '../present/itemLabel.ts';
import { canPlaceDot } from '../present/tally.ts';
import { VoterIdSchema, voterColour, type Vote } from '../present/vote.ts';
import { maxNoteText } from './contract.ts';

/**
 * Puts what participants sent into the workshop: their notes as ordinary notes (their name as
 * author) laid out in the room's frame, and their dots into the board's vote. One operation per
 * batch the facilitator's window receives, so it is one undo step and one transaction however many
 * phones sent at once. It skips what is already there (a window reloaded before it acknowledged),
 * and what no longer fits (a vote closed meanwhile), rather than refusing the whole batch.
 */

export const noteLayout = { padding: 20, header: 64, gap: 16 } as const;

const NoteInputSchema = z.object({
  itemId: ItemIdSchema,
  author: z.string().max(limits.name),
  text: z.string().max(maxNoteText),
  colour: z.enum(paletteKeys),
});

export const placeParticipantInput = defineOperation({
  id: 'participants.place',
  labelKey: 'participants.op.place',
  args: z.object({
    boardId: BoardIdSchema,
    frameId: ItemIdSchema,
    notes: z.array(NoteInputSchema).max(limits.changesPerCall),
    dots: z.array(z.object({ voterId: VoterIdSchema, voterName: z.string().max(limits.name), itemId: ItemIdSchema })).max(limits.changesPerCall),
    undots: z.array(z.object({ voterId: VoterIdSchema, itemId: ItemIdSchema })).max(limits.changesPerCall),
  }),
  apply(draft, { boardId, frameId, notes, dots, undots }) {
    if (!draft.boards[boardId]) throw new OperationError('error.notFound', `board ${boardId}`);
    const base = baseItems(draft);
    const frame = draft.items[frameId];
    if (notes.length > 0 && (!frame || frame.boardId !== boardId || frame.type !== 'frame')) throw new OperationError('error.invalidEdit', `frame ${frameId}`);
    if (frame && notes.length > 0) placeNotes(draft, frame as Item, base, notes);
    const vote = draft.boards[boardId]!.vote;
    if (vote) applyDots(vote as Vote, base, boardId, dots, undots);
  },
});

type NoteInput = z.infer<typeof NoteInputSchema>;

function baseItems(draft: Draft<WorkshopDoc>): Readonly<Record<string, Item>> {
  const items = draft.items;
  return isDraft(items) ? original(items)! : items;
}

/** Notes go into the frame in reading order, row after row; the frame grows downwards when full. */
function placeNotes(draft: Draft<WorkshopDoc>, frame: Item, base: Readonly<Record<string, Item>>, notes: readonly NoteInput[]): void {
  const { w: noteW, h: noteH } = itemTypes.note.defaultSize;
  const { padding, header, gap } = noteLayout;
  const columns = Math.max(1, Math.floor((frame.w - 2 * padding + gap) / (noteW + gap)));
  let index = 0;
  let topZ = frame.z;
  for (const item of Object.values(base)) {
    if (item.boardId !== frame.boardId) continue;
    if (item.parentId === frame.id) index += 1;
    if (item.z > topZ) topZ = item.z;
  }
  for (const note of notes) {
    if (base[note.itemId] || draft.items[note.itemId]) continue;
    const row = Math.floor(index / columns);
    const col = index % columns;
    const x = frame.x + padding + col * (noteW + gap);
    const y = frame.y + header + row * (noteH + gap);
    const bottom = y + noteH + padding;
    if (bottom > frame.y + frame.h) draft.items[frame.id]!.h = bottom - frame.y;
    topZ += 1;
    draft.items[note.itemId as ItemId] = {
      id: note.itemId as ItemId,
      boardId: frame.boardId,
      type: 'note',
      x,
      y,
      w: noteW,
      h: noteH,
      rotation: 0,
      z: topZ,
      parentId: frame.id,
      groupId: null,
      locked: false,
      props: { text: note.text, color: note.colour, fontSize: 20, fit: 'shrink', author: note.author },
    };
    index += 1;
  }
}

function applyDots(vote: Vote, base: Readonly<Record<string, Item>>, boardId: string, dots: readonly { voterId: string; voterName: string; itemId: string }[], undots: readonly { voterId: string; itemId: string }[]): void {
  if (vote.closed) return;
  for (const dot of dots) {
    const item = base[dot.itemId];
    if (!item || item.boardId !== boardId || !isVotable(item)) continue;
    if (!vote.voters.some((v) => v.id === dot.voterId)) {
      if (vote.voters.length >= 500) continue;
      vote.voters.push({ id: dot.voterId, name: dot.voterName, colour: voterColour(vote.voters.length) });
    }
    if (canPlaceDot(vote, dot.voterId)) vote.dots.push({ voterId: dot.voterId, itemId: dot.itemId as ItemId });
  }
  for (const undot of undots) {
    const index = vote.dots.findLastIndex((d) => d.voterId === undot.voterId && d.itemId === undot.itemId);
    if (index >= 0) vote.dots.splice(index, 1);
  }
}

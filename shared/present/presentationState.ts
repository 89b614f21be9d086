import { z } from 'zod';
import { BoardIdSchema, ItemIdSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { MiniatureSchema } from './miniature.ts';
import { createTimer, TimerStateSchema } from './timer.ts';

/**
 * The presentation as the projection and the presenter view share it: SESSION data, never saved
 * in the workshop file and never undone. Either window may change it (the laptop's presenter view
 * steps the slides, the projection moves the laser pointer); the host keeps the newest by
 * `revision` and hands it to the other window by long-poll (publishPresentation /
 * awaitPresentation in the API contract).
 */

const finite = z.number().finite();
const name = z.string().max(limits.name);

/**
 * What the presenter view shows that only the workshop's window can work out (it alone has the
 * document open): the slide list with titles, this board's private notes, outlines of the current
 * and next slide, and the vote in brief. The presenting window writes it; the presenter reads it.
 */
export const DeckSlideSchema = z.object({
  boardId: BoardIdSchema,
  frameId: ItemIdSchema.nullable(),
  boardName: name,
  frameTitle: name,
  frameNumber: z.number().int().min(0),
});
export type DeckSlide = z.infer<typeof DeckSlideSchema>;

export const DeckVoteSchema = z.object({
  question: name,
  hidden: z.boolean(),
  closed: z.boolean(),
  dotsPerParticipant: z.number().int().min(1),
  voters: z.number().int().min(0),
  dots: z.number().int().min(0),
  /** The leading items with their counts: the facilitator's private look while the vote is hidden. */
  top: z.array(z.object({ label: name, count: z.number().int().min(0) })).max(20),
});
export type DeckVote = z.infer<typeof DeckVoteSchema>;

export const DeckSchema = z.object({
  title: name,
  slides: z.array(DeckSlideSchema).max(5000),
  /** The current board's facilitator notes. Never drawn on the projection. */
  notes: z.string().max(limits.text),
  boardLocked: z.boolean(),
  current: MiniatureSchema.nullable(),
  next: MiniatureSchema.nullable(),
  vote: DeckVoteSchema.nullable(),
});
export type Deck = z.infer<typeof DeckSchema>;

export const PresentationStateSchema = z.object({
  /** Grows by one with every change; the host keeps a state only if it is newer than the one it has. */
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** The projection is showing. */
  active: z.boolean(),
  boardId: BoardIdSchema.nullable(),
  frameId: ItemIdSchema.nullable(),
  timer: TimerStateSchema,
  /** The laser pointer in board units; null when hidden. */
  pointer: z.object({ x: finite, y: finite }).nullable(),
  /** The vote's result table is shown over the board on the projection. */
  showSummary: z.boolean(),
  /** The facilitator asked for a presenter view (Electron opens a second window for it). */
  presenterWanted: z.boolean(),
  deck: DeckSchema.nullable(),
});
export type PresentationState = z.infer<typeof PresentationStateSchema>;

export function initialPresentationState(): PresentationState {
  return { revision: 0, active: false, boardId: null, frameId: null, timer: createTimer(), pointer: null, showSummary: false, presenterWanted: false, deck: null };
}

/** What publishPresentation answers: whether the state was kept, and the newest state either way. */
export interface PublishResult {
  accepted: boolean;
  state: PresentationState;
}

/**
 * A change applied on top of the newest state, one revision later. Windows express every change
 * as such a function, so one that lost a race (the other window published first) re-applies its
 * change to the winner's state instead of overwriting it.
 */
export type PresentationChange = (state: PresentationState) => PresentationState;

export function applyChange(state: PresentationState, change: PresentationChange): PresentationState {
  return { ...change(state), revision: state.revision + 1 };
}

import { z } from 'zod';
import { paletteKeys } from '../items/palette.ts';
import { ItemIdSchema } from '../model/ids.ts';

/**
 * The participant API: what a phone in the room may ask of the participant server, and nothing
 * else. It is a different list from the facilitator's contract (shared/api/contract.ts) on
 * purpose: no method here reads files, settings or other boards, and none of the facilitator's
 * names exists here, so a participant token can never reach them.
 */

/** A note is a thought on a sticky note, not an essay; short enough to read from the back of the room. */
export const maxNoteText = 280;
export const maxParticipantName = 40;
/** The largest request body the participant server reads; every valid call is far below it. */
export const maxParticipantBody = 4096;

export const NoteIdSchema = z.string().regex(/^n_[0-9A-Za-z]{8,32}$/);
export const ParticipantTokenSchema = z.string().regex(/^[0-9A-Za-z]{32}$/);

/** Text as typed, trimmed; control characters (other than line breaks) removed so nothing odd reaches the canvas. */
const noteText = z
  .string()
  .max(maxNoteText * 2)
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  .transform((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim())
  .pipe(z.string().min(1).max(maxNoteText));

export const participantContract = {
  /** Join with the room code; an empty name is anonymous where the facilitator allows it. */
  join: z.tuple([z.strictObject({ code: z.string().min(1).max(32), name: z.string().max(maxParticipantName * 2).transform((s) => s.trim()).pipe(z.string().max(maxParticipantName)) })]),
  /** The prompt, the participant's own notes and dots, the vote if one is open. */
  state: z.tuple([]),
  addNote: z.tuple([z.strictObject({ text: noteText, colour: z.enum(paletteKeys) })]),
  /** Only while the note waits in the facilitator's inbox. */
  editNote: z.tuple([z.strictObject({ id: NoteIdSchema, text: noteText, colour: z.enum(paletteKeys) })]),
  withdrawNote: z.tuple([z.strictObject({ id: NoteIdSchema })]),
  placeDot: z.tuple([z.strictObject({ itemId: ItemIdSchema })]),
  removeDot: z.tuple([z.strictObject({ itemId: ItemIdSchema })]),
} as const;

export type ParticipantContract = typeof participantContract;
export type ParticipantMethod = keyof ParticipantContract;
export type ParticipantArgs<M extends ParticipantMethod> = z.infer<ParticipantContract[M]>;

export function isParticipantMethod(value: unknown): value is ParticipantMethod {
  return typeof value === 'string' && Object.hasOwn(participantContract, value);
}

/** Where a participant's note is: waiting for the facilitator, on the board, or turned down. */
export type ParticipantNoteStatus = 'pending' | 'placed' | 'rejected';

export interface ParticipantNoteView {
  id: string;
  text: string;
  colour: (typeof paletteKeys)[number];
  status: ParticipantNoteStatus;
}

/** What a participant's page sees: the prompt and their own things, never anyone else's. */
export interface ParticipantStateView {
  open: boolean;
  paused: boolean;
  /** The board's name and the facilitator's question. */
  boardName: string;
  prompt: string;
  /** Notes go to the facilitator's inbox first. */
  review: boolean;
  me: { name: string; anonymous: boolean };
  notes: ParticipantNoteView[];
  /** The open dot vote, if the facilitator lets participants vote from their devices. */
  vote: null | {
    question: string;
    dotsPerParticipant: number;
    candidates: { itemId: string; text: string }[];
    /** One entry per dot (an item twice = two dots on it). */
    myDots: string[];
  };
}

export interface JoinResult {
  token: string;
  name: string;
}

/** A participant API answer: a value, or a translatable error key (the participant area's keys). */
export type ParticipantEnvelope<T> = { ok: true; value: T } | { ok: false, error: ParticipantErrorKey };

export const participantErrorKeys = [
  'wrongCode',
  'lockedOut',
  'nameNeeded',
  'roomFull',
  'closed',
  'paused',
  'removed',
  'rateLimited',
  'invalid',
  'notFound',
  'noDotsLeft',
  'notEditable',
  'tooManyNotes',
] as const;
export type ParticipantErrorKey = (typeof participantErrorKeys)[number];

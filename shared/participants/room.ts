import { z } from 'zod';
import type { paletteKeys } from '../items/palette.ts';
import { BoardIdSchema, ItemIdSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { maxNoteText, NoteIdSchema } from './contract.ts';

/**
 * The facilitator's side of a participant room: the settings a room opens with, what the
 * facilitator's windows see of it, and the actions they take. These travel over the facilitator's
 * own API (shared/api/contract.ts), never over the participant server.
 */

/** An IPv4 address of this machine's own interfaces; never a wildcard (checked again on the Node side). */
export const ListenAddressSchema = z
  .string()
  .regex(/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/)
  .refine((a) => a !== '0.0.0.0' && !a.startsWith('255.'), 'a single interface, not a wildcard');

export const RoomSettingsSchema = z.strictObject({
  /** The workshop the notes go into; only the window holding this handle places them. */
  handle: z.string().regex(/^w_[0-9A-Za-z]{8,64}$/),
  boardId: BoardIdSchema,
  /** The frame notes go into (the start dialog makes a new "Innspill" frame when asked). */
  frameId: ItemIdSchema,
  /** Notes wait in the facilitator's inbox until approved. */
  review: z.boolean(),
  allowAnonymous: z.boolean(),
  /** Participants place their own dots when the board has an open vote. */
  allowDots: z.boolean(),
  prompt: z.string().max(limits.name),
  address: ListenAddressSchema,
});
export type RoomSettings = z.infer<typeof RoomSettingsSchema>;

/** What a participant may vote on, as the facilitator's window sees the board right now. */
export const RoomVoteSchema = z.strictObject({
  question: z.string().max(limits.name),
  dotsPerParticipant: z.number().int().min(1).max(20),
  candidates: z.array(z.strictObject({ itemId: ItemIdSchema, text: z.string().max(limits.text) })).max(500),
});
export type RoomVote = z.infer<typeof RoomVoteSchema>;

export const RoomActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('approve'), noteId: NoteIdSchema }),
  z.strictObject({ kind: z.literal('reject'), noteId: NoteIdSchema }),
  /** Every note waiting in the inbox, in the order they came. */
  z.strictObject({ kind: z.literal('approveAll') }),
  z.strictObject({ kind: z.literal('pause'), paused: z.boolean() }),
  z.strictObject({ kind: z.literal('remove'), participantId: z.string().regex(/^pp_[0-9A-Za-z]{8,32}$/) }),
  /** The facilitator's window has put every event up to this one on the board. */
  z.strictObject({ kind: z.literal('applied'), upTo: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  /** The board's open vote as participants may see it, or null when there is none. */
  z.strictObject({ kind: z.literal('vote'), vote: RoomVoteSchema.nullable() }),
  z.strictObject({ kind: z.literal('prompt'), prompt: z.string().max(limits.name), boardName: z.string().max(limits.name) }),
]);
export type RoomAction = z.infer<typeof RoomActionSchema>;

export type NoteColour = (typeof paletteKeys)[number];

/**
 * Something a participant did that the facilitator's window must put into the document (as an
 * ordinary, undoable operation). The server keeps each until the window says it is applied, so a
 * reload of the window loses none.
 */
export type RoomEvent =
  | { seq: number; kind: 'note'; itemId: string; author: string; text: string; colour: NoteColour }
  | { seq: number; kind: 'dot'; voterId: string; voterName: string; itemId: string }
  | { seq: number; kind: 'undot'; voterId: string; itemId: string };

export interface RoomParticipantView {
  id: string;
  name: string;
  joinedAt: string;
  notes: number;
  dots: number;
}

export interface RoomInboxNote {
  id: string;
  author: string;
  text: string;
  colour: NoteColour;
}

/** What the facilitator's windows see of the room (projection, presenter view, workshop window). */
export interface RoomView {
  revision: number;
  open: boolean;
  /** e.g. http://192.168.1.23:41873 */
  url: string;
  /** Six characters, shown as K7P-Q2M. */
  code: string;
  /** The QR code of the address, as an SVG document (drawn on the Node side with the qrcode package). */
  qrSvg: string;
  paused: boolean;
  /** With the workshop's handle, so the window holding that workshop knows the room is its own to fill. */
  settings: RoomSettings | null;
  participants: RoomParticipantView[];
  inbox: RoomInboxNote[];
  /** Not yet applied by the workshop window, oldest first. */
  events: RoomEvent[];
  /** Requests that reached the participant server at all: 0 after a while means the network keeps phones out. */
  contacts: number;
  /** ISO time the room opened, to tell "nobody has reached us yet" from "just opened". */
  openedAt: string;
}

export const closedRoomView = (revision: number): RoomView => ({
  revision,
  open: false,
  url: '',
  code: '',
  qrSvg: '',
  paused: false,
  settings: null,
  participants: [],
  inbox: [],
  events: [],
  contacts: 0,
  openedAt: '',
});

/** A network interface the facilitator may open the room on. */
export interface ListenAddress {
  address: string;
  /** The interface's name (wlan0, Wi-Fi, en0). */
  name: string;
  loopback: boolean;
}

export { maxNoteText };

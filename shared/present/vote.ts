import { z } from 'zod';
import { ItemIdSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { randomToken } from '../util/random.ts';

/**
 * A dot vote on one board: the facilitator starts it with N dots per participant; participants
 * vote in turn on the facilitator's machine, each with a colour of their own. The vote is document
 * data (stored on the board), so its result is in the file for the report long after the room left.
 * This module holds only the record's shape; counting is in tally.ts.
 */

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const localId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Za-z_-]{1,64}$`));

export const VoteIdSchema = localId('vote');
export const VoterIdSchema = localId('voter');

export const newVoteId = (): string => `vote_${randomToken()}`;
export const newVoterId = (): string => `voter_${randomToken()}`;

/** Most dot votes hand out 3–5 dots; 20 leaves room for "one per item" on a small board. */
export const maxDotsPerParticipant = 20;

export const VoterSchema = z.object({
  id: VoterIdSchema,
  /** Optional: "Deltaker 3" is shown when empty, so a quick vote needs no typing. */
  name: z.string().max(limits.name),
  /** The voter's dot colour (`#rrggbb`), one of voterColours. */
  colour,
});
export type Voter = z.infer<typeof VoterSchema>;

/** One dot: a voter put it on an item. A voter may put several dots on one item. */
export const DotSchema = z.object({
  voterId: VoterIdSchema,
  itemId: ItemIdSchema,
});
export type Dot = z.infer<typeof DotSchema>;

export const VoteSchema = z.object({
  id: VoteIdSchema,
  /** What the room votes on ("Hva bør vi jobbe videre med?"); shown on the projection and in reports. */
  question: z.string().max(limits.name).default(''),
  dotsPerParticipant: z.number().int().min(1).max(maxDotsPerParticipant),
  /** While hidden, nobody sees counts; a voter sees only their own dots during their turn. */
  hidden: z.boolean(),
  /** A closed vote takes no more dots; its result stays on the board. */
  closed: z.boolean().default(false),
  /** ISO time the vote started, for the report. */
  startedAt: z.string().max(40).default(''),
  voters: z.array(VoterSchema).max(500),
  dots: z.array(DotSchema).max(10_000),
});
export type Vote = z.infer<typeof VoteSchema>;

/**
 * Dot colours, one per voter in turn (the 11th voter gets the first colour again, and the dot's
 * number tells them apart). Each is dark enough for a white number on it at 7:1 or better, and
 * every dot is drawn with a white ring, so it stands out on any note colour and in greyscale.
 */
export const voterColours = ['#1d3f8f', '#9b1c1c', '#14532d', '#5b21b6', '#7c2d12', '#0f5257', '#86198f', '#1f2937', '#713f12', '#831843'] as const;

/** The colour for the n-th voter (0-based). */
export function voterColour(index: number): string {
  const n = voterColours.length;
  return voterColours[((index % n) + n) % n]!;
}

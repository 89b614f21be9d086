import { z } from 'zod';
import { limits } from './limits.ts';
import { ActorIdSchema, BoardIdSchema, GatheringIdSchema, ItemIdSchema, ParticipantIdSchema } from './ids.ts';
import { VoteSchema } from '../present/vote.ts';

const name = z.string().max(limits.name);
const text = z.string().max(limits.text);
const finite = z.number().finite();

/** The workshop's own details: one per file. */
export const WorkshopMetaSchema = z.object({
  title: name,
  /** Region or health community (helsefellesskap), e.g. "Værnesregionen". */
  region: name,
  facilitator: name,
  description: text,
  createdAt: z.string().max(40),
});
export type WorkshopMeta = z.infer<typeof WorkshopMetaSchema>;

/** One gathering (samling) of the learning network; a workshop usually has 3–4. */
export const GatheringSchema = z.object({
  id: GatheringIdSchema,
  title: name,
  /** ISO date (YYYY-MM-DD) or empty while unknown. */
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  place: name,
  order: finite,
});
export type Gathering = z.infer<typeof GatheringSchema>;

export const ParticipantSchema = z.object({
  id: ParticipantIdSchema,
  name,
  organisation: name,
  role: name,
  order: finite,
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** The categories of domain.md; each has a fixed colour (see actorCategories.ts). */
export const actorCategoryValues = ['user', 'municipality', 'specialist', 'userOrg', 'premise', 'competence', 'other'] as const;
export const ActorCategorySchema = z.enum(actorCategoryValues);
export type ActorCategory = z.infer<typeof ActorCategorySchema>;

/**
 * An organisation, service or role. Every board refers to actors by id, so renaming one here
 * renames it on every map, matrix column, loop station and puzzle piece.
 */
export const ActorSchema = z.object({
  id: ActorIdSchema,
  name,
  shortName: name,
  category: ActorCategorySchema,
  organisation: name,
  /** Stakeholder analysis (interessentanalyse, seed 004). Empty string = not assessed yet. */
  interest: text,
  importance: z.enum(['', 'A', 'B', 'C']),
  influence: z.enum(['', 'H', 'M', 'L']),
  /**
   * Interest as a level for the power/interest grid (Mendelow): the free-text `interest` says what
   * the interest is, this says how strong it is. Optional, not defaulted, so files written before it
   * existed load unchanged (and read back equal); missing means not assessed, like ''.
   */
  interestLevel: z.enum(['', 'H', 'M', 'L']).optional(),
  attitude: name,
  informationNeeds: text,
  strategy: text,
  notes: text,
  order: finite,
});
export type Actor = z.infer<typeof ActorSchema>;

/** Kind-specific settings live in props, validated by the kind's own schema. */
const PropsSchema = z.record(z.string(), z.unknown());

export const BoardSchema = z.object({
  id: BoardIdSchema,
  kind: z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,40}$/),
  name,
  order: finite,
  props: PropsSchema,
  /*
   * Added after file version 1 for the presentation and voting features. Optional, not defaulted,
   * so a file written before them loads unchanged and reads back equal (the frozen fixtures check
   * exactly that); a missing field means '', false and null. Read them with boardNotes/isBoardLocked/
   * boardVote (shared/present/boardFields.ts).
   */
  /** The facilitator's private notes for this board: shown in the presenter view, never on the projection. */
  notes: text.optional(),
  /** A locked board's prepared items are locked too, so a live edit can't move them (see presentOps). */
  locked: z.boolean().optional(),
  /** The board's dot vote, if one was held; kept after it closes so the result is in the report. */
  vote: VoteSchema.nullable().optional(),
});
export type Board = z.infer<typeof BoardSchema>;

/**
 * Anything placed on a board. Geometry is common to all items so that selection, snapping,
 * culling and export work for every type; what differs lives in props.
 */
export const ItemSchema = z.object({
  id: ItemIdSchema,
  boardId: BoardIdSchema,
  type: z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,40}$/),
  x: finite,
  y: finite,
  w: finite.min(0),
  h: finite.min(0),
  rotation: finite,
  /** Stacking order within the board; higher is in front. */
  z: finite,
  /** The frame that carries this item when it moves. */
  parentId: ItemIdSchema.nullable(),
  /** Items sharing a group id select and move together. */
  groupId: z.string().max(80).nullable(),
  locked: z.boolean(),
  props: PropsSchema,
});
export type Item = z.infer<typeof ItemSchema>;

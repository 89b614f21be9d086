import { z } from 'zod';
import { randomToken } from '../util/random.ts';

declare const brand: unique symbol;
/** A string that the type checker keeps apart from other strings, so a BoardId can't be passed as an ItemId. */
export type Brand<B extends string> = string & { readonly [brand]: B };

export type BoardId = Brand<'BoardId'>;
export type ItemId = Brand<'ItemId'>;
export type ActorId = Brand<'ActorId'>;
export type ParticipantId = Brand<'ParticipantId'>;
export type GatheringId = Brand<'GatheringId'>;

// Prefixes make ids readable in the file and in bug reports.
export const newBoardId = (): BoardId => `b_${randomToken()}` as BoardId;
export const newItemId = (): ItemId => `i_${randomToken()}` as ItemId;
export const newActorId = (): ActorId => `a_${randomToken()}` as ActorId;
export const newParticipantId = (): ParticipantId => `p_${randomToken()}` as ParticipantId;
export const newGatheringId = (): GatheringId => `g_${randomToken()}` as GatheringId;

const idPattern = /^[a-z]_[0-9A-Za-z_-]{1,64}$/;
const idSchema = <B extends string>() => z.string().regex(idPattern) as unknown as z.ZodType<Brand<B>>;
export const BoardIdSchema = idSchema<'BoardId'>();
export const ItemIdSchema = idSchema<'ItemId'>();
export const ActorIdSchema = idSchema<'ActorId'>();
export const ParticipantIdSchema = idSchema<'ParticipantId'>();
export const GatheringIdSchema = idSchema<'GatheringId'>();

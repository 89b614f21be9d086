import { z } from 'zod';
import type { Draft } from 'immer';
import type { WorkshopDoc } from '../model/document.ts';
import { ActorIdSchema, type ActorId, type BoardId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { ActorSchema, type Actor } from '../model/records.ts';
import { defineOperation, OperationError } from '../ops/operation.ts';
import { boardKinds } from '../kinds/registry.ts';
import { catalogueEntryNamed, ensureCatalogueActor, foldName } from './findActor.ts';
import { rewriteActorReferences, type ActorRewrite } from './references.ts';
import { derivedShortName, isDerivedShortName } from './shortName.ts';

/**
 * The registry's own edits: add (blank or from the catalogue), edit, merge two duplicates into one,
 * delete. Merge and delete reach every board through the `actorId`/`actorIds` convention
 * (references.ts), and each is one operation: one undo step brings everything back.
 */

const actors = (draft: Draft<WorkshopDoc>) => draft.actors as unknown as Record<string, Actor>;

function actorOf(draft: Draft<WorkshopDoc>, id: ActorId): Actor {
  const actor = actors(draft)[id];
  if (!actor) throw new OperationError('error.notFound', `actor ${id}`);
  return actor;
}

const actorName = z.string().trim().min(1).max(limits.name);

/** Adds a new actor typed by the user. The name must not be blank. */
export const addActor = defineOperation({
  id: 'actors.addNew',
  labelKey: 'actorMap.op.actorAdd',
  args: z.object({ record: ActorSchema.extend({ name: actorName }) }),
  apply(draft, { record }) {
    if (actors(draft)[record.id]) throw new OperationError('error.invalidEdit', `actor ${record.id} exists`);
    actors(draft)[record.id] = record;
  },
});

/**
 * Adds catalogue entries (by their name) to the registry; an entry already in the registry is not
 * added twice. The ids are the caller's, so it can select or place the new actors afterwards.
 */
export const addActorsFromCatalogue = defineOperation({
  id: 'actors.addFromCatalogue',
  labelKey: 'actorMap.op.actorsFromCatalogue',
  args: z.object({ entries: z.array(z.object({ id: ActorIdSchema, name: z.string().max(limits.name) })).min(1).max(500) }),
  apply(draft, { entries }) {
    for (const { id, name } of entries) {
      const entry = catalogueEntryNamed(name);
      if (!entry) throw new OperationError('error.invalidEdit', `not in the catalogue: ${name}`);
      ensureCatalogueActor(draft, entry, { id });
    }
  },
});

const ActorPatchSchema = ActorSchema.omit({ id: true }).partial().extend({ name: actorName.optional() });
export type ActorPatch = z.infer<typeof ActorPatchSchema>;

/** Edits any of an actor's fields; one call is one undo step (the table commits a cell at a time). */
export const editActor = defineOperation({
  id: 'actors.edit',
  labelKey: 'actorMap.op.actorEdit',
  args: z.object({ id: ActorIdSchema, patch: ActorPatchSchema }),
  apply(draft, { id, patch }) {
    const actor = actorOf(draft, id);
    // A rename carries a short name that came from the old name along; a chosen one stays.
    const rederive = patch.name !== undefined && patch.name !== actor.name && patch.shortName === undefined && isDerivedShortName(actor.shortName, actor.name);
    for (const [key, value] of Object.entries(patch) as [keyof ActorPatch, unknown][]) {
      if (value !== undefined && actor[key] !== value) (actor as Record<string, unknown>)[key] = value;
    }
    if (rederive) actor.shortName = derivedShortName(actor.name);
  },
});

/** Rewrites references and returns the boards whose props or items changed. */
function rewrite(draft: Draft<WorkshopDoc>, by: ActorRewrite): Set<BoardId> {
  const changed = rewriteActorReferences(draft, by);
  const boards = new Set<BoardId>(changed.boards);
  for (const itemId of changed.items) {
    const item = draft.items[itemId];
    if (item) boards.add(item.boardId);
  }
  return boards;
}

/** Text fields where both actors' words are worth keeping after a merge. */
const joinedFields = ['interest', 'informationNeeds', 'strategy', 'notes'] as const;
/** Fields where the kept actor's value wins unless it has none. */
const filledFields = ['shortName', 'organisation', 'importance', 'influence', 'interestLevel', 'attitude'] as const;

/**
 * The record two duplicates become: the kept actor's name, category and values, with any field it
 * left empty taken from the other, and free text from both where they differ.
 */
export function mergedRecord(keep: Actor, merged: Actor): Actor {
  const result: Actor = { ...keep };
  for (const key of filledFields) {
    if (!result[key] && merged[key]) (result as Record<string, unknown>)[key] = merged[key];
  }
  for (const key of joinedFields) {
    const a = keep[key].trim();
    const b = merged[key].trim();
    if (b && foldName(a) !== foldName(b) && !a.includes(b)) result[key] = a ? `${a}\n${b}`.slice(0, limits.text) : b;
  }
  return result;
}

/** Lets each kind tidy its boards after a merge or delete rewrote their references (BoardKind.actorHooks), in the same operation. */
function afterRewrite(draft: Draft<WorkshopDoc>, boardIds: ReadonlySet<BoardId>, mergedInto: ActorId | null): void {
  if (boardIds.size === 0) return;
  for (const kind of boardKinds()) kind.actorHooks?.afterActorsRewritten?.(draft, boardIds, mergedInto);
}

/**
 * Merges `mergeId` into `keepId`: every use of the merged actor on every board now names the kept
 * one, the kept actor's empty fields are filled from the other, and the merged actor leaves the
 * registry. Maps that had both keep one chip; relations that became duplicates or self-loops go.
 */
export const mergeActors = defineOperation({
  id: 'actors.merge',
  labelKey: 'actorMap.op.actorMerge',
  args: z.object({ keepId: ActorIdSchema, mergeId: ActorIdSchema }),
  apply(draft, { keepId, mergeId }) {
    if (keepId === mergeId) throw new OperationError('error.invalidEdit', 'an actor cannot be merged with itself');
    const keep = actorOf(draft, keepId);
    const merged = actorOf(draft, mergeId);
    const result = mergedRecord({ ...keep }, { ...merged });
    for (const [key, value] of Object.entries(result)) {
      if ((keep as Record<string, unknown>)[key] !== value) (keep as Record<string, unknown>)[key] = value;
    }
    delete actors(draft)[mergeId];
    afterRewrite(draft, rewrite(draft, (id) => (id === mergeId ? keepId : id)), keepId);
  },
});

/**
 * Deletes an actor. Its chips leave the maps and its relations go; elsewhere an `actorId` naming it
 * becomes null and it leaves every `actorIds` list. The UI lists the uses first (usesOfActor), and
 * one undo brings the actor and every use back.
 */
export const deleteActor = defineOperation({
  id: 'actors.delete',
  labelKey: 'actorMap.op.actorDelete',
  args: z.object({ id: ActorIdSchema }),
  apply(draft, { id }) {
    actorOf(draft, id);
    delete actors(draft)[id];
    afterRewrite(draft, rewrite(draft, (ref) => (ref === id ? null : ref)), null);
  },
});

import { z } from 'zod';
import { current, isDraft, original, type Draft } from 'immer';
import type { WorkshopDoc } from '../../model/document.ts';
import { ActorIdSchema, BoardIdSchema, type ActorId, type BoardId, type ItemId } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import { ActorSchema, type Board, type Item } from '../../model/records.ts';
import { defineOperation, OperationError } from '../../ops/operation.ts';
import { randomToken } from '../../util/random.ts';
import { catalogueEntryNamed, ensureCatalogueActor } from '../../actors/findActor.ts';
import { chipSize, chipsOfBoard, newChip } from './chip.ts';
import { actorMapKindName } from './kindName.ts';
import { arrangeAllChips, placeNewActors } from './placement.ts';
import {
  ActorMapPropsSchema,
  joins,
  maxRings,
  minRings,
  readActorMapProps,
  RelationTypeSchema,
  type ActorMapProps,
  type Relation,
} from './props.ts';

/**
 * The actor map's own operations. Each user gesture is one operation (one undo step, one
 * transaction): dropping three actors from the catalogue onto the map adds them to the registry
 * and places their chips in one go.
 */

const finite = z.number().finite();
const PointSchema = z.object({ x: finite, y: finite });
const actorIdList = z.array(ActorIdSchema).min(1).max(limits.changesPerCall);

export const newRelationId = (): string => `r_${randomToken()}`;

type Items = Record<string, Item>;
const baseOf = <T>(value: T): T => (isDraft(value) ? original(value as Draft<T>) : value) as T;

function boardOf(draft: Draft<WorkshopDoc>, boardId: BoardId): Draft<Board> {
  const board = draft.boards[boardId];
  if (!board) throw new OperationError('error.notFound', `board ${boardId}`);
  if (board.kind !== actorMapKindName) throw new OperationError('error.invalidEdit', `board ${boardId} is not an actor map`);
  return board;
}

/** The board's props as they are now (earlier steps of this operation included), read leniently. */
function readProps(board: Draft<Board>): ActorMapProps {
  return readActorMapProps(isDraft(board) ? current(board).props : board.props);
}

/**
 * The board's props ready for writing: every field present and valid (filled from the lenient
 * read only where it is missing or broken, so an intact board's edit stays small).
 */
function writableProps(board: Draft<Board>): ActorMapProps {
  const read = readActorMapProps(baseOf(board).props);
  for (const key of Object.keys(ActorMapPropsSchema.shape) as (keyof ActorMapProps)[]) {
    if (!ActorMapPropsSchema.shape[key].safeParse(board.props[key]).success) board.props[key] = read[key];
  }
  return board.props as unknown as ActorMapProps;
}

function topZ(items: Readonly<Items>, boardId: BoardId): number {
  let top = 0;
  for (const item of Object.values(items)) if (item.boardId === boardId) top = Math.max(top, item.z);
  return top;
}

/**
 * Puts actors on the map. Without `at`, each actor not yet on the map goes onto its ring by the
 * automatic layout. With `at` (a drop), the actor's chip is centred there; an actor already on the
 * map is moved there instead of getting a second chip.
 */
export function placeActors(draft: Draft<WorkshopDoc>, boardId: BoardId, actorIds: readonly ActorId[], at?: { x: number; y: number }): void {
  const board = boardOf(draft, boardId);
  const base = baseOf(draft.items);
  const doc = { actors: draft.actors, items: base };
  for (const id of actorIds) if (!doc.actors[id]) throw new OperationError('error.notFound', `actor ${id}`);
  const chips = chipsOfBoard(base, boardId);
  const onMap = new Map(chips.map((chip) => [chip.props.actorId, chip]));
  let z = topZ(base, boardId);

  if (at) {
    actorIds.forEach((id, i) => {
      const x = at.x - chipSize.w / 2 + i * 24;
      const y = at.y - chipSize.h / 2 + i * 24;
      const chip = onMap.get(id);
      if (chip) {
        const target = draft.items[chip.id]!;
        target.x = x;
        target.y = y;
      } else {
        const created = newChip(boardId, id, { x, y }, ++z);
        draft.items[created.id] = created;
      }
    });
    return;
  }
  const fresh = [...new Set(actorIds)].filter((id) => !onMap.has(id));
  if (fresh.length === 0) return;
  const positions = placeNewActors(doc, boardId, readProps(board), fresh);
  for (const id of fresh) {
    const created = newChip(boardId, id, positions.get(id)!, ++z);
    draft.items[created.id] = created;
  }
}

export const placeActorsOnMap = defineOperation({
  id: 'actorMap.place',
  labelKey: 'actorMap.op.place',
  args: z.object({ boardId: BoardIdSchema, actorIds: actorIdList, at: PointSchema.optional() }),
  apply(draft, { boardId, actorIds, at }) {
    placeActors(draft, boardId, actorIds, at);
  },
});

/** Picks actors from the catalogue straight onto the map: registry and map in one step. */
export const placeCatalogueActorsOnMap = defineOperation({
  id: 'actorMap.placeFromCatalogue',
  labelKey: 'actorMap.op.place',
  args: z.object({
    boardId: BoardIdSchema,
    entries: z.array(z.object({ id: ActorIdSchema, name: z.string().max(limits.name) })).min(1).max(500),
    at: PointSchema.optional(),
  }),
  apply(draft, { boardId, entries, at }) {
    boardOf(draft, boardId);
    const ids = entries.map(({ id, name }) => {
      const entry = catalogueEntryNamed(name);
      if (!entry) throw new OperationError('error.invalidEdit', `not in the catalogue: ${name}`);
      return ensureCatalogueActor(draft, entry, { id });
    });
    placeActors(draft, boardId, ids, at);
  },
});

/** A new actor typed in the map's picker: into the registry and onto the map in one step. */
export const addNewActorToMap = defineOperation({
  id: 'actorMap.addNew',
  labelKey: 'actorMap.op.place',
  args: z.object({ boardId: BoardIdSchema, record: ActorSchema.extend({ name: z.string().trim().min(1).max(limits.name) }), at: PointSchema.optional() }),
  apply(draft, { boardId, record, at }) {
    boardOf(draft, boardId);
    if (draft.actors[record.id]) throw new OperationError('error.invalidEdit', `actor ${record.id} exists`);
    draft.actors[record.id] = record;
    placeActors(draft, boardId, [record.id], at);
  },
});

/** Removes actors' chips from this map (the registry keeps them), with their relations on it. */
export const removeActorsFromMap = defineOperation({
  id: 'actorMap.remove',
  labelKey: 'actorMap.op.remove',
  args: z.object({ boardId: BoardIdSchema, actorIds: actorIdList }),
  apply(draft, { boardId, actorIds }) {
    const board = boardOf(draft, boardId);
    const gone = new Set<string>(actorIds);
    for (const chip of chipsOfBoard(baseOf(draft.items), boardId)) {
      if (gone.has(chip.props.actorId)) delete draft.items[chip.id];
    }
    const props = readProps(board);
    if (props.relations.some((r) => r.actorIds.some((id) => gone.has(id)))) {
      writableProps(board).relations = props.relations.filter((r) => !r.actorIds.some((id) => gone.has(id)));
    }
  },
});

/** Tidies the whole map: every chip back onto its ring, grouped by category, at the standard size. */
export const arrangeMap = defineOperation({
  id: 'actorMap.arrange',
  labelKey: 'actorMap.op.arrange',
  args: z.object({ boardId: BoardIdSchema }),
  apply(draft, { boardId }) {
    const board = boardOf(draft, boardId);
    const base = baseOf(draft.items);
    const positions = arrangeAllChips({ actors: draft.actors, items: base }, boardId, readProps(board));
    for (const [id, p] of positions) {
      const chip = draft.items[id as ItemId]!;
      if (chip.locked) continue;
      if (chip.x !== p.x) chip.x = p.x;
      if (chip.y !== p.y) chip.y = p.y;
      if (chip.w !== chipSize.w) chip.w = chipSize.w;
      if (chip.h !== chipSize.h) chip.h = chipSize.h;
      if (chip.rotation !== 0) chip.rotation = 0;
    }
  },
});

/** Empties the map (chips and relations); the registry and the rings stay. */
export const clearMap = defineOperation({
  id: 'actorMap.clear',
  labelKey: 'actorMap.op.clear',
  args: z.object({ boardId: BoardIdSchema }),
  apply(draft, { boardId }) {
    const board = boardOf(draft, boardId);
    for (const chip of chipsOfBoard(baseOf(draft.items), boardId)) delete draft.items[chip.id];
    if (readProps(board).relations.length > 0) writableProps(board).relations = [];
  },
});

const RelationInputSchema = z.object({
  id: z.string().regex(/^r_[0-9A-Za-z_-]{1,64}$/),
  actorIds: z.tuple([ActorIdSchema, ActorIdSchema]),
  type: RelationTypeSchema,
  label: z.string().max(limits.name).default(''),
});

/**
 * Relates two actors on this map. A map has one relation per pair of actors: relating a pair
 * again changes the existing relation's type and label (and keeps its id).
 */
export const addRelation = defineOperation({
  id: 'actorMap.relate',
  labelKey: 'actorMap.op.relate',
  args: z.object({ boardId: BoardIdSchema, relation: RelationInputSchema }),
  apply(draft, { boardId, relation }) {
    const board = boardOf(draft, boardId);
    const [a, b] = relation.actorIds;
    if (a === b) throw new OperationError('error.invalidEdit', 'an actor cannot be related to itself');
    for (const id of relation.actorIds) if (!draft.actors[id]) throw new OperationError('error.notFound', `actor ${id}`);
    const props = writableProps(board);
    const existing = props.relations.find((r) => joins(r as Relation, a, b));
    if (existing) {
      if (existing.type !== relation.type) existing.type = relation.type;
      if (existing.label !== relation.label) existing.label = relation.label;
      return;
    }
    if (props.relations.some((r) => r.id === relation.id)) throw new OperationError('error.invalidEdit', `relation ${relation.id} exists`);
    props.relations.push(relation);
  },
});

export const updateRelation = defineOperation({
  id: 'actorMap.updateRelation',
  labelKey: 'actorMap.op.updateRelation',
  args: z.object({
    boardId: BoardIdSchema,
    id: z.string(),
    patch: z.object({ type: RelationTypeSchema.optional(), label: z.string().max(limits.name).optional() }),
  }),
  apply(draft, { boardId, id, patch }) {
    const relation = writableProps(boardOf(draft, boardId)).relations.find((r) => r.id === id);
    if (!relation) throw new OperationError('error.notFound', `relation ${id}`);
    if (patch.type !== undefined && relation.type !== patch.type) relation.type = patch.type;
    if (patch.label !== undefined && relation.label !== patch.label) relation.label = patch.label;
  },
});

export const removeRelation = defineOperation({
  id: 'actorMap.removeRelation',
  labelKey: 'actorMap.op.removeRelation',
  args: z.object({ boardId: BoardIdSchema, id: z.string() }),
  apply(draft, { boardId, id }) {
    const relations = writableProps(boardOf(draft, boardId)).relations;
    const index = relations.findIndex((r) => r.id === id);
    if (index < 0) throw new OperationError('error.notFound', `relation ${id}`);
    relations.splice(index, 1);
  },
});

/** Renames a ring; an empty label brings back the ring's default name. */
export const setRingLabel = defineOperation({
  id: 'actorMap.ringLabel',
  labelKey: 'actorMap.op.rings',
  args: z.object({ boardId: BoardIdSchema, index: z.number().int().min(0).max(maxRings - 1), label: z.string().max(limits.name) }),
  apply(draft, { boardId, index, label }) {
    const rings = writableProps(boardOf(draft, boardId)).rings;
    const ring = rings[index];
    if (!ring) throw new OperationError('error.invalidEdit', `ring ${index}`);
    const trimmed = label.trim();
    if (ring.label !== trimmed) ring.label = trimmed;
  },
});

/** Adds rings outward or removes the outermost ones (their chips stay where they are). */
export const setRingCount = defineOperation({
  id: 'actorMap.ringCount',
  labelKey: 'actorMap.op.rings',
  args: z.object({ boardId: BoardIdSchema, count: z.number().int().min(minRings).max(maxRings) }),
  apply(draft, { boardId, count }) {
    const rings = writableProps(boardOf(draft, boardId)).rings;
    if (rings.length > count) rings.splice(count);
    while (rings.length < count) rings.push({ label: '' });
  },
});

/**
 * Shows or hides the category sectors and the legend. Turning sectors on also tidies the chips
 * into their sectors (`arrange`), in the same step: wedges with the wrong actors in them would
 * say something false.
 */
export const setMapOptions = defineOperation({
  id: 'actorMap.options',
  labelKey: 'actorMap.op.options',
  args: z.object({ boardId: BoardIdSchema, sectors: z.boolean().optional(), legend: z.boolean().optional(), arrange: z.boolean().optional() }),
  apply(draft, { boardId, sectors, legend, arrange }) {
    const props = writableProps(boardOf(draft, boardId));
    if (sectors !== undefined && props.sectors !== sectors) props.sectors = sectors;
    if (legend !== undefined && props.legend !== legend) props.legend = legend;
    if (arrange) arrangeMap.apply(draft, { boardId });
  },
});

const LevelSchema = z.enum(['H', 'M', 'L']);

/**
 * A move on the power/interest grid: it sets the actor's influence and interest level, the same
 * fields the stakeholder table edits, so both views always show one record.
 */
export const placeOnGrid = defineOperation({
  id: 'actorMap.grid',
  labelKey: 'actorMap.op.grid',
  args: z.object({ actorId: ActorIdSchema, influence: LevelSchema, interestLevel: LevelSchema }),
  apply(draft, { actorId, influence, interestLevel }) {
    const actor = draft.actors[actorId];
    if (!actor) throw new OperationError('error.notFound', `actor ${actorId}`);
    if (actor.influence !== influence) actor.influence = influence;
    if (actor.interestLevel !== interestLevel) actor.interestLevel = interestLevel;
  },
});

/** Takes an actor off the grid (back to "not assessed"). */
export const clearGridPosition = defineOperation({
  id: 'actorMap.gridClear',
  labelKey: 'actorMap.op.grid',
  args: z.object({ actorId: ActorIdSchema }),
  apply(draft, { actorId }) {
    const actor = draft.actors[actorId];
    if (!actor) throw new OperationError('error.notFound', `actor ${actorId}`);
    if (actor.influence !== '') actor.influence = '';
    if ((actor.interestLevel ?? '') !== '') actor.interestLevel = '';
  },
});


import { isDraft, original, type Draft } from 'immer';
import type { WorkshopDoc } from '../../model/document.ts';
import type { ActorId, BoardId } from '../../model/ids.ts';
import type { Item } from '../../model/records.ts';
import { actorChipType } from './chip.ts';
import { actorMapKindName } from './kindName.ts';
import { RelationSchema, type Relation } from './props.ts';

/**
 * Keeps actor maps consistent after the registry rewrote actor references (a merge or a delete):
 * - a chip whose actor is gone (its `actorId` became null, or names no actor) leaves the map;
 * - two chips of the same actor on one map (both merged actors were on it) become one: the
 *   front-most stays;
 * - a relation that lost an actor, that now joins an actor to itself, or that joins two actors
 *   already joined (a map has one relation per pair; the first in the list stays) is removed.
 * Runs inside the registry's operation, so the merge or delete and this tidying are one undo step.
 */
export function tidyActorMaps(draft: Draft<WorkshopDoc>, boardIds?: ReadonlySet<BoardId>): void {
  const actors: WorkshopDoc['actors'] = draft.actors;
  const base = (isDraft(draft.items) ? original(draft.items) : draft.items) as Readonly<Record<string, Item>>;
  const boards = Object.values(draft.boards).filter((b) => b.kind === actorMapKindName && (!boardIds || boardIds.has(b.id)));
  if (boards.length === 0) return;
  const mapIds = new Set<string>(boards.map((b) => b.id));

  // Chips: read from the base, but a rewrite earlier in this operation may have changed one, so
  // read the current value of exactly the chips on these maps.
  const seen = new Map<string, { id: string; z: number }>();
  const chips = Object.values(base)
    .filter((item) => item.type === actorChipType && mapIds.has(item.boardId))
    .map((item): Item | undefined => draft.items[item.id])
    .filter((item): item is Item => item !== undefined)
    .sort((a, b) => b.z - a.z || (a.id < b.id ? 1 : -1));
  for (const chip of chips) {
    const actorId = chip.props['actorId'];
    if (typeof actorId !== 'string' || !actors[actorId as ActorId]) {
      delete draft.items[chip.id];
      continue;
    }
    const key = `${chip.boardId}/${actorId}`;
    if (seen.has(key)) delete draft.items[chip.id];
    else seen.set(key, { id: chip.id, z: chip.z });
  }

  for (const board of boards) {
    const list = board.props['relations'];
    if (!Array.isArray(list)) continue;
    const kept: unknown[] = [];
    const keys = new Set<string>();
    let dropped = false;
    for (const raw of list as unknown[]) {
      const parsed = RelationSchema.safeParse(raw);
      const relation: Relation | undefined = parsed.success ? parsed.data : undefined;
      const [a, b] = relation?.actorIds ?? [];
      const key = relation && a && b ? [a, b].sort().join('|') : '';
      if (!relation || a === b || !actors[a!] || !actors[b!] || keys.has(key)) {
        dropped = true;
        continue;
      }
      keys.add(key);
      kept.push(raw);
    }
    if (dropped) board.props['relations'] = kept;
  }
}

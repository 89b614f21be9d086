import type { Point, Rect } from '../../items/geometry.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import type { ActorId, BoardId, ItemId } from '../../model/ids.ts';
import type { Actor, ActorCategory } from '../../model/records.ts';
import { chipsOfBoard, type ActorChip } from './chip.ts';
import { layoutChips, ringCategoryKey, type LayoutActor } from './layout.ts';
import type { ActorMapProps } from './props.ts';
import { ringAt, ringForCategory } from './rings.ts';
import { sectorArcs, type Arc } from './sectors.ts';

/**
 * Where chips go on a particular map: the glue between the document (which actors, which chips
 * are already where) and the pure layout. Used by the operations, the template and the example.
 */

type DocPart = Pick<WorkshopDoc, 'actors' | 'items'>;

/**
 * Whether an actor is "the user" who belongs in the centre: a user-category actor named as such
 * ("Bruker", "Brukeren", "Pasienten", "The user"). Family and network go on the first ring.
 */
export function isCentreActor(actor: Pick<Actor, 'category' | 'name' | 'shortName'>): boolean {
  if (actor.category !== 'user') return false;
  return [actor.name, actor.shortName].some((n) => /^(bruker(en)?|pasient(en)?|innbygger(en)?|(the )?(service )?user|patient)\b/iu.test(n.trim()));
}

const chipRect = (chip: ActorChip): Rect => ({ x: chip.x, y: chip.y, w: chip.w, h: chip.h });
const centreOf = (chip: ActorChip): Point => ({ x: chip.x + chip.w / 2, y: chip.y + chip.h / 2 });

/** Category counts of the map as it will be, for the sectors. */
function countCategories(categories: Iterable<ActorCategory>): Map<ActorCategory, number> {
  const counts = new Map<ActorCategory, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Each ring's own wedges, from the chips already on it and those about to be placed there. */
function sectorsPerRing(existing: ReadonlyMap<string, number>, request: readonly LayoutActor[]): Map<number, Map<ActorCategory, Arc>> {
  const counts = new Map<number, Map<ActorCategory, number>>();
  const add = (ring: number, category: ActorCategory, n: number) => {
    const m = counts.get(ring) ?? new Map<ActorCategory, number>();
    m.set(category, (m.get(category) ?? 0) + n);
    counts.set(ring, m);
  };
  for (const [key, n] of existing) {
    const [ring, category] = key.split(':') as [string, ActorCategory];
    add(Number(ring), category, n);
  }
  for (const a of request) add(a.ring, a.category, 1);
  return new Map([...counts].map(([ring, m]) => [ring, sectorArcs(m)]));
}

/** Positions for chips of `actorIds` (not yet on the map), clear of the chips that are. */
export function placeNewActors(doc: DocPart, boardId: BoardId, props: ActorMapProps, actorIds: readonly ActorId[]): Map<ActorId, Point> {
  const ringCount = props.rings.length;
  const chips = chipsOfBoard(doc.items, boardId);
  const actors = actorIds.map((id) => doc.actors[id]).filter((a): a is Actor => a !== undefined);
  const onMap = chips.map((chip) => doc.actors[chip.props.actorId]).filter((a): a is Actor => a !== undefined);
  const sectors = sectorArcs(countCategories([...onMap, ...actors].map((a) => a.category)));

  const existing = new Map<string, number>();
  let centreTaken = false;
  for (const chip of chips) {
    const actor = doc.actors[chip.props.actorId];
    const ring = ringAt(centreOf(chip), ringCount);
    if (ring === 0) centreTaken = true;
    if (!actor) continue;
    const key = ringCategoryKey(ring, actor.category);
    existing.set(key, (existing.get(key) ?? 0) + 1);
  }

  const request: LayoutActor[] = [];
  for (const actor of actors) {
    let ring = ringForCategory(actor.category, ringCount);
    if (!centreTaken && isCentreActor(actor)) {
      ring = 0;
      centreTaken = true;
    }
    request.push({ key: actor.id, category: actor.category, ring });
  }
  const ringSectors = props.sectors ? undefined : sectorsPerRing(existing, request);
  const positions = layoutChips({ ringCount, occupied: chips.map(chipRect), sectors, ringSectors, existing, actors: request });
  return positions as Map<ActorId, Point>;
}

/**
 * New positions for every chip on the map, in registry order: "tidy up" after a session of
 * dragging. Each chip stays on the ring it is on (the room chose it; tidying must not undo that)
 * and is laid out within that ring by category. The centre holds one chip; a second chip found
 * there goes to its category's ring. A chip whose actor is gone keeps its place (and is avoided).
 */
export function arrangeAllChips(doc: DocPart, boardId: BoardId, props: ActorMapProps): Map<ItemId, Point> {
  const ringCount = props.rings.length;
  const chips = chipsOfBoard(doc.items, boardId);
  const withActor = chips
    .map((chip) => ({ chip, actor: doc.actors[chip.props.actorId] }))
    .filter((c): c is { chip: ActorChip; actor: Actor } => c.actor !== undefined)
    .sort((a, b) => a.actor.order - b.actor.order || a.actor.name.localeCompare(b.actor.name, 'nb'));
  const orphans = chips.filter((chip) => !doc.actors[chip.props.actorId]);
  const sectors = sectorArcs(countCategories(withActor.map((c) => c.actor.category)));
  let centreTaken = false;
  const request: LayoutActor[] = withActor.map(({ chip, actor }) => {
    let ring = ringAt(centreOf(chip), ringCount);
    if (ring === 0) {
      if (centreTaken) ring = ringForCategory(actor.category, ringCount);
      centreTaken = true;
    }
    return { key: chip.id, category: actor.category, ring };
  });
  const ringSectors = props.sectors ? undefined : sectorsPerRing(new Map(), request);
  return layoutChips({ ringCount, occupied: orphans.map(chipRect), sectors, ringSectors, actors: request }) as Map<ItemId, Point>;
}

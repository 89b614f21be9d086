import { z } from 'zod';
import type { WorkshopDoc } from '../../model/document.ts';
import { ActorIdSchema, newItemId, type ActorId, type BoardId } from '../../model/ids.ts';
import type { Item } from '../../model/records.ts';
import { defineItemType } from '../itemType.ts';

/**
 * An actor on a map: a chip that names a registry actor and shows its current name and category
 * colour. It stores nothing but the reference, so renaming the actor in the registry renames every
 * chip, and the same actor can sit on several maps (one chip per map).
 */
export const actorChipType = 'actorChip';

export const ActorChipPropsSchema = z.object({ actorId: ActorIdSchema });
export type ActorChipProps = z.infer<typeof ActorChipPropsSchema>;

/** The chip as an item type of the actor map (declared in index.ts): its schema checks every write. */
export const actorChipItemType = defineItemType(actorChipType, ActorChipPropsSchema);

/** Big enough for "Psykisk helse og rus" in two lines at a size read from the back of the room. */
export const chipSize = { w: 260, h: 96 } as const;

export type ActorChip = Item & { type: typeof actorChipType; props: ActorChipProps };

export function isActorChip(item: Item): item is ActorChip {
  return item.type === actorChipType && typeof item.props['actorId'] === 'string';
}

/** The chips of one board, in stacking order (back to front, ties by id). */
export function chipsOfBoard(items: Readonly<Record<string, Item>>, boardId: BoardId): ActorChip[] {
  const chips: ActorChip[] = [];
  for (const item of Object.values(items)) if (item.boardId === boardId && isActorChip(item)) chips.push(item);
  return chips.sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The chip of an actor on a board (the front-most if an older file has two). */
export function chipOfActor(items: Readonly<Record<string, Item>>, boardId: BoardId, actorId: ActorId): ActorChip | undefined {
  return chipsOfBoard(items, boardId).findLast((chip) => chip.props.actorId === actorId);
}

/** Which actors of the registry are on the board. */
export function actorsOnBoard(doc: Pick<WorkshopDoc, 'items'>, boardId: BoardId): Set<ActorId> {
  return new Set(chipsOfBoard(doc.items, boardId).map((chip) => chip.props.actorId));
}

/** A new chip for an actor with its top-left corner at (x, y). */
export function newChip(boardId: BoardId, actorId: ActorId, at: { x: number; y: number }, z: number): ActorChip {
  return {
    id: newItemId(),
    boardId,
    type: actorChipType,
    x: at.x,
    y: at.y,
    w: chipSize.w,
    h: chipSize.h,
    rotation: 0,
    z,
    parentId: null,
    groupId: null,
    locked: false,
    props: { actorId },
  };
}

import type { ActorId, BoardId, GatheringId, ItemId, ParticipantId } from './ids.ts';
import type { Actor, Board, Gathering, Item, Participant, WorkshopMeta } from './records.ts';

/**
 * Everything a workshop file holds, as plain records keyed by id. This is document data: it is
 * saved, undoable and shared by every view. Session data (selection, camera, hover) is never here.
 */
export interface WorkshopDoc {
  meta: WorkshopMeta;
  gatherings: Record<GatheringId, Gathering>;
  participants: Record<ParticipantId, Participant>;
  actors: Record<ActorId, Actor>;
  boards: Record<BoardId, Board>;
  items: Record<ItemId, Item>;
}

/** The keyed collections; each is one table in the file. */
export const collectionNames = ['gatherings', 'participants', 'actors', 'boards', 'items'] as const;
export type CollectionName = (typeof collectionNames)[number];
export type RecordOf<C extends CollectionName> = WorkshopDoc[C][keyof WorkshopDoc[C]];

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && (collectionNames as readonly string[]).includes(value);
}

export function emptyDoc(meta: Partial<WorkshopMeta> = {}): WorkshopDoc {
  return {
    meta: { title: '', region: '', facilitator: '', description: '', createdAt: new Date().toISOString(), ...meta },
    gatherings: {},
    participants: {},
    actors: {},
    boards: {},
    items: {},
  };
}

/** Records of a collection sorted by their `order` field, ties broken by id so sorting is stable. */
export function sortedByOrder<T extends { order: number; id: string }>(records: Record<string, T>): T[] {
  return Object.values(records).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The boards of a workshop in the user's order. */
export function boardsInOrder(doc: WorkshopDoc): Board[] {
  return sortedByOrder(doc.boards);
}

/** The items on one board, back to front. */
export function itemsOfBoard(doc: WorkshopDoc, boardId: BoardId): Item[] {
  return Object.values(doc.items)
    .filter((item) => item.boardId === boardId)
    .sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : 1));
}

/** An order value after every existing one. */
export function nextOrder(records: Record<string, { order: number }>): number {
  let max = 0;
  for (const r of Object.values(records)) max = Math.max(max, r.order);
  return max + 1;
}

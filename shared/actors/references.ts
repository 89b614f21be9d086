import { isDraft, original, type Draft } from 'immer';
import type { WorkshopDoc } from '../model/document.ts';
import type { ActorId, BoardId, ItemId } from '../model/ids.ts';

/**
 * Where actors are used. Every board kind refers to registry actors only through props named
 * `actorId` (one id) or `actorIds` (a list of ids), at any depth of an item's props or a board's
 * props. That one convention lets the registry find every use of an actor (for the warning before
 * a delete), and rewrite them all (merge two actors, delete one) without knowing any board kind.
 */

export type PropPath = readonly (string | number)[];

export interface ActorUse {
  actorId: ActorId;
  boardId: BoardId;
  /** The item that refers to the actor, or null when the board's own props do. */
  itemId: ItemId | null;
  itemType: string | null;
  /** Where in the props: ['actorId'], ['relations', 3, 'actorIds', 0], ['columns', 1, 'actorId']. */
  path: PropPath;
}

/** Calls `visit` for every actor reference in a props value, with its path. */
function walk(value: unknown, path: (string | number)[], visit: (id: string, path: PropPath) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], visit));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'actorId' && typeof v === 'string') visit(v, [...path, key]);
    else if (key === 'actorIds' && Array.isArray(v)) {
      v.forEach((id, i) => {
        if (typeof id === 'string') visit(id, [...path, key, i]);
      });
    } else walk(v, [...path, key], visit);
  }
}

/** The plain (non-draft) value for reading: scanning a draft would wrap every record in a proxy. */
function plain<T>(value: T): T {
  return (isDraft(value) ? original(value as Draft<T>) : value) as T;
}

/** Every use of every actor, grouped by actor; boards and items in no particular order. */
export function collectActorUses(doc: Pick<WorkshopDoc, 'boards' | 'items'>): Map<ActorId, ActorUse[]> {
  const uses = new Map<ActorId, ActorUse[]>();
  const add = (use: ActorUse) => {
    const list = uses.get(use.actorId);
    if (list) list.push(use);
    else uses.set(use.actorId, [use]);
  };
  for (const board of Object.values(plain(doc.boards))) {
    walk(board.props, [], (id, path) => add({ actorId: id as ActorId, boardId: board.id, itemId: null, itemType: null, path }));
  }
  for (const item of Object.values(plain(doc.items))) {
    walk(item.props, [], (id, path) =>
      add({ actorId: id as ActorId, boardId: item.boardId, itemId: item.id, itemType: item.type, path }),
    );
  }
  return uses;
}

/** The uses of one actor. */
export function usesOfActor(doc: Pick<WorkshopDoc, 'boards' | 'items'>, actorId: ActorId): ActorUse[] {
  return collectActorUses(doc).get(actorId) ?? [];
}

/** What a rewrite does with one reference: another id, or null to remove it. */
export type ActorRewrite = (id: ActorId) => ActorId | null;

export interface RewriteResult {
  boards: Set<BoardId>;
  items: Set<ItemId>;
}

/**
 * Rewrites actor references throughout the document, touching only the records that refer to an
 * actor the rewrite changes (so an edit writes those rows and no others).
 * - `actorId: x` becomes the new id. When the rewrite removes x (a delete): an object in a list
 *   whose `actorId` is x leaves the list (a HUKI cell, a column entry: they exist to name the
 *   actor); anywhere else `actorId` becomes `null` (a station's or a piece's owner: the thing
 *   stays, without an actor). Kinds that store a single `actorId` must accept null for this reason.
 * - `actorIds` lists get the new ids, lose removed ones, and lose duplicates (two actors merged
 *   into one appear once).
 * Returns which boards and items changed, for kind-specific tidying afterwards.
 */
export function rewriteActorReferences(draft: Draft<WorkshopDoc>, rewrite: ActorRewrite): RewriteResult {
  const changed: RewriteResult = { boards: new Set(), items: new Set() };
  const affects = (props: unknown) => {
    let hit = false;
    walk(props, [], (id) => {
      if (!hit && rewrite(id as ActorId) !== id) hit = true;
    });
    return hit;
  };
  for (const board of Object.values(plain(draft.boards) as WorkshopDoc['boards'])) {
    if (!affects(board.props)) continue;
    rewriteIn(draft.boards[board.id]!.props, rewrite);
    changed.boards.add(board.id);
  }
  for (const item of Object.values(plain(draft.items) as WorkshopDoc['items'])) {
    if (!affects(item.props)) continue;
    rewriteIn(draft.items[item.id]!.props, rewrite);
    changed.items.add(item.id);
  }
  return changed;
}

/** Rewrites in place (on a draft), only where something changes so the patches stay small. */
function rewriteIn(value: unknown, rewrite: ActorRewrite): void {
  if (Array.isArray(value)) {
    // An entry of a list that exists to name an actor (a matrix cell, a column) goes with it.
    for (let i = value.length - 1; i >= 0; i--) {
      const entry = value[i] as unknown;
      if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
        const id = (entry as Record<string, unknown>)['actorId'];
        if (typeof id === 'string' && rewrite(id as ActorId) === null) {
          value.splice(i, 1);
          continue;
        }
      }
      rewriteIn(entry, rewrite);
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (key === 'actorId' && typeof v === 'string') {
      const next = rewrite(v as ActorId);
      if (next !== v) record[key] = next;
    } else if (key === 'actorIds' && Array.isArray(v)) {
      const next: string[] = [];
      for (const id of v) {
        const mapped = typeof id === 'string' ? rewrite(id as ActorId) : null;
        if (mapped !== null && !next.includes(mapped)) next.push(mapped);
      }
      if (next.length !== v.length || next.some((id, i) => id !== v[i])) record[key] = next;
    } else rewriteIn(v, rewrite);
  }
}

import type { ItemId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';
import { randomToken } from '../util/random.ts';

/**
 * Groups and frame contents: what moves together. Items sharing a groupId act as one; a frame
 * carries the items whose parentId is the frame (and their contents in turn).
 */

/** Group ids are plain strings, not record ids: a group is just the items that share it. */
export const newGroupId = (): string => `grp_${randomToken()}`;

export type ItemsById = Readonly<Record<string, Item>>;

/** The ids plus every other member of their groups. */
export function expandToGroups(ids: Iterable<ItemId>, items: ItemsById): Set<ItemId> {
  const out = new Set(ids);
  const groups = new Set<string>();
  for (const id of out) {
    const groupId = items[id]?.groupId;
    if (groupId) groups.add(groupId);
  }
  if (groups.size === 0) return out;
  for (const item of Object.values(items)) if (item.groupId && groups.has(item.groupId)) out.add(item.id);
  return out;
}

/** Items by the frame that carries them. */
export function childrenByParent(items: ItemsById): Map<ItemId, Item[]> {
  const map = new Map<ItemId, Item[]>();
  for (const item of Object.values(items)) {
    if (!item.parentId) continue;
    const list = map.get(item.parentId);
    if (list) list.push(item);
    else map.set(item.parentId, [item]);
  }
  return map;
}

/**
 * Everything that moves when `ids` are dragged: their groups, the contents of frames among them,
 * the groups of those, and so on. `canMove` stops the spread at items that stay put (locked ones),
 * so a locked frame does not drag its contents along.
 */
export function moveClosure(ids: Iterable<ItemId>, items: ItemsById, canMove: (item: Item) => boolean = () => true): Set<ItemId> {
  const children = childrenByParent(items);
  const members = new Map<string, Item[]>();
  for (const item of Object.values(items)) {
    if (!item.groupId) continue;
    const list = members.get(item.groupId);
    if (list) list.push(item);
    else members.set(item.groupId, [item]);
  }
  const out = new Set<ItemId>();
  const queue: ItemId[] = [...ids];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const item = items[id];
    if (!item || out.has(id) || !canMove(item)) continue;
    out.add(id);
    for (const child of children.get(id) ?? []) queue.push(child.id);
    if (item.groupId) for (const member of members.get(item.groupId) ?? []) queue.push(member.id);
  }
  return out;
}

/** Whether `ancestor` carries `id`, directly or through frames in frames. Guards against parent cycles. */
export function isCarriedBy(id: ItemId, ancestor: ItemId, items: ItemsById): boolean {
  const seen = new Set<ItemId>();
  let current = items[id]?.parentId ?? null;
  while (current && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = items[current]?.parentId ?? null;
  }
  return false;
}

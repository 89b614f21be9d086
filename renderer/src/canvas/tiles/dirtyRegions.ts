import type { Rect } from '../../../../shared/items/geometry.ts';
import type { BoardId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { boundsIn } from '../boardIndex.ts';

type Items = Readonly<Record<string, Item>>;

/**
 * The board regions whose drawing differs between two versions of the document: each changed,
 * added or removed item's bounds before and after, and those of the arrows attached to it (an
 * arrow follows its ends without its own record changing). immer keeps an unchanged record's
 * identity, so one pass comparing references finds them; tiles elsewhere keep their bitmaps.
 */
export function changedRegions(previous: Items, next: Items, boardId: BoardId): Rect[] {
  if (previous === next) return [];
  const rects: Rect[] = [];
  const changed = new Set<string>();
  for (const id in next) {
    const now = next[id]!;
    const before = previous[id];
    if (now === before) continue;
    const after = now.boardId === boardId ? boundsIn(next, now) : null;
    if (after) {
      changed.add(id);
      rects.push(after);
    }
    if (before && before.boardId === boardId) {
      changed.add(id);
      const was = boundsIn(previous, before);
      // A recolouring or a new text leaves the box where it was: one region, not two.
      if (!after || !sameRect(after, was)) rects.push(was);
    }
  }
  for (const id in previous) {
    const before = previous[id]!;
    if (!(id in next) && before.boardId === boardId) {
      changed.add(id);
      rects.push(boundsIn(previous, before));
    }
  }
  if (changed.size === 0) return rects;
  for (const id in next) {
    const item = next[id]!;
    if (item.type !== 'connector' || item.boardId !== boardId || changed.has(id)) continue;
    const { fromId, toId } = item.props;
    if ((typeof fromId === 'string' && changed.has(fromId)) || (typeof toId === 'string' && changed.has(toId))) {
      rects.push(boundsIn(next, item));
      const before = previous[id];
      if (before) rects.push(boundsIn(previous, before));
    }
  }
  return rects;
}

/** The bounds of the items that joined or left a set (the selected and edited items are drawn apart). */
export function toggledRegions(items: Items, before: ReadonlySet<string>, after: ReadonlySet<string>): Rect[] {
  const rects: Rect[] = [];
  const add = (id: string) => {
    const item = items[id];
    if (item) rects.push(boundsIn(items, item));
  };
  for (const id of before) if (!after.has(id)) add(id);
  for (const id of after) if (!before.has(id)) add(id);
  return rects;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

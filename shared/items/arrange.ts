import type { ItemId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';
import { itemBounds, unionBounds, type Rect } from './geometry.ts';

/**
 * Align and distribute. Both work on what the user sees, each item's bounds including rotation,
 * and return new x/y for the items that move; the operations apply them (and carry frame contents).
 * 'center' is spelt as Konva and CSS spell it.
 */

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export const alignments = ['left', 'center', 'right', 'top', 'middle', 'bottom'] as const satisfies readonly Alignment[];
export type DistributeAxis = 'horizontal' | 'vertical';

export interface Position {
  id: ItemId;
  x: number;
  y: number;
}

function shifted(item: Item, dx: number, dy: number): Position | undefined {
  return dx === 0 && dy === 0 ? undefined : { id: item.id, x: item.x + dx, y: item.y + dy };
}

/** Lines every item up on one edge or centre line of the selection's bounds. Fewer than two items: nothing moves. */
export function alignItems(items: readonly Item[], how: Alignment): Position[] {
  if (items.length < 2) return [];
  const boxes = items.map((item) => itemBounds(item));
  const all = unionBounds(boxes)!;
  const out: Position[] = [];
  items.forEach((item, i) => {
    const b = boxes[i]!;
    let dx = 0;
    let dy = 0;
    switch (how) {
      case 'left': dx = all.x - b.x; break;
      case 'center': dx = all.x + all.w / 2 - (b.x + b.w / 2); break;
      case 'right': dx = all.x + all.w - (b.x + b.w); break;
      case 'top': dy = all.y - b.y; break;
      case 'middle': dy = all.y + all.h / 2 - (b.y + b.h / 2); break;
      case 'bottom': dy = all.y + all.h - (b.y + b.h); break;
    }
    const p = shifted(item, dx, dy);
    if (p) out.push(p);
  });
  return out;
}

/**
 * Equal gaps between neighbours along an axis; the outermost items stay put. Items are ordered by
 * their leading edge (then centre), so the order on the board is kept. Fewer than three: nothing moves.
 */
export function distributeItems(items: readonly Item[], axis: DistributeAxis): Position[] {
  if (items.length < 3) return [];
  const start = (b: Rect) => (axis === 'horizontal' ? b.x : b.y);
  const size = (b: Rect) => (axis === 'horizontal' ? b.w : b.h);
  const entries = items
    .map((item) => ({ item, b: itemBounds(item) }))
    .sort((p, q) => start(p.b) - start(q.b) || start(p.b) + size(p.b) / 2 - (start(q.b) + size(q.b) / 2));
  const first = Math.min(...entries.map((e) => start(e.b)));
  const last = Math.max(...entries.map((e) => start(e.b) + size(e.b)));
  const total = entries.reduce((sum, e) => sum + size(e.b), 0);
  const gap = (last - first - total) / (entries.length - 1);
  const out: Position[] = [];
  let cursor = first;
  for (const { item, b } of entries) {
    const d = cursor - start(b);
    const p = axis === 'horizontal' ? shifted(item, d, 0) : shifted(item, 0, d);
    if (p) out.push(p);
    cursor += size(b) + gap;
  }
  return out;
}

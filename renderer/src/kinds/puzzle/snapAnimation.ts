import type { Point } from '../../../../shared/items/geometry.ts';
import { piecesOf } from '../../../../shared/kinds/puzzle/placement.ts';
import type { BoardId, ItemId } from '../../../../shared/model/ids.ts';
import type { Operation } from '../../../../shared/ops/operation.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';

/**
 * The short glide of a piece into its slot. An operation moves pieces at once (the document has
 * no in-between); this remembers where each moved piece was drawn a moment before, and the piece
 * glides from there to its new place. Nothing glides when the system asks for reduced motion.
 */

/** How long the glide takes, in seconds: long enough to see where a piece went, short enough not to wait. */
export const snapDuration = 0.18;

/** Where each moved piece was seen, and when: a start older than a moment is stale (the piece was off screen). */
const pending = new Map<ItemId, Point & { at: number }>();
const freshFor = 1000;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Where the piece should glide from, once; null when it should simply appear at its place. */
export function takeGlideStart(id: ItemId): Point | null {
  const from = pending.get(id);
  pending.delete(id);
  return from && performance.now() - from.at < freshFor ? { x: from.x, y: from.y } : null;
}

export interface DragDelta {
  ids: ReadonlySet<string>;
  dx: number;
  dy: number;
}

/**
 * Runs an operation on a puzzle board and lets every piece it moved glide from where it was seen:
 * a dragged piece from where it was dropped, any other (a piece swapped out of its slot) from its
 * old place. Returns what `run` returns.
 */
export function runWithGlide<A>(store: WorkshopStore, boardId: BoardId, op: Operation<A>, args: A, drag?: DragDelta): boolean {
  const animate = !prefersReducedMotion();
  const before = piecesOf(store.getState().doc.items, boardId);
  // Set before running: the pieces may redraw while the operation's result is being committed.
  const at = performance.now();
  if (animate) for (const p of before) pending.set(p.id, drag?.ids.has(p.id) ? { x: p.x + drag.dx, y: p.y + drag.dy, at } : { x: p.x, y: p.y, at });
  const ok = store.getState().run(op, args);
  const after = store.getState().doc.items;
  for (const p of before) {
    const now = after[p.id];
    const start = pending.get(p.id);
    // Only pieces that really moved glide; the rest forget their start.
    if (!ok || !now || !start || (now.x === p.x && now.y === p.y) || (now.x === start.x && now.y === start.y)) pending.delete(p.id);
  }
  return ok;
}

/** The part of a Konva node a glide moves. */
export interface GlideNode {
  position(p: Point): unknown;
}

/**
 * Starts a glide from `from` to where the piece is now (`target`, read again when the glide
 * stops) and returns how to stop it. Stopping leaves the node at the piece's current place, never
 * where the tween happened to be: a glide cut short (the piece's effect re-run while it flew, as
 * React's StrictMode does on every mount, or a second move within the glide) once left a piece
 * drawn half a cell off the slot it was reported in (issue 16).
 */
export function startGlide(node: GlideNode, from: Point, target: () => Point, play: (to: Point) => { destroy(): void }): () => void {
  node.position(from);
  const tween = play(target());
  return () => {
    tween.destroy();
    node.position(target());
  };
}

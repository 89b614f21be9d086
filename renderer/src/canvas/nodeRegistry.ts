import type Konva from 'konva';
import { create } from 'zustand';
import type { ItemId } from '../../../shared/model/ids.ts';

/**
 * The live Konva node of each mounted item, by id. Gestures move nodes directly while a drag is in
 * progress (the document changes once, on release) and the transformer attaches to them. The
 * version tells the selection overlay that nodes came or went (batched to one bump per frame).
 */
export const liveNodes = new Map<ItemId, Konva.Node>();

export const useNodesVersion = create<{ version: number }>(() => ({ version: 0 }));

let pending = false;
function bumpSoon(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    useNodesVersion.setState((s) => ({ version: s.version + 1 }));
  });
}

const refs = new Map<ItemId, (node: Konva.Node | null) => void>();

/** A stable ref callback for an item's node. */
export function nodeRef(id: ItemId): (node: Konva.Node | null) => void {
  let ref = refs.get(id);
  if (!ref) {
    ref = (node) => {
      if (node) liveNodes.set(id, node);
      else {
        liveNodes.delete(id);
        refs.delete(id);
      }
      bumpSoon();
    };
    refs.set(id, ref);
  }
  return ref;
}

import type { Item } from '../../../../shared/model/records.ts';
import type { ItemCapabilities } from '../extension.ts';

export type Anchor = 'top-left' | 'top-center' | 'top-right' | 'middle-right' | 'middle-left' | 'bottom-left' | 'bottom-center' | 'bottom-right';
const corners: Anchor[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];
const allAnchors: Anchor[] = ['top-left', 'top-center', 'top-right', 'middle-right', 'middle-left', 'bottom-left', 'bottom-center', 'bottom-right'];

/**
 * The transformer's handles for what is selected: none for items that may not be resized (a
 * puzzle piece has the size of its slot), corners only where proportions must stay (several items
 * at once, a HUKI matrix that scales as a whole), the sides only for a lone text, else all eight.
 * Rotation is off for frames and for kind items that may not turn (a chip, a piece).
 */
export function transformerHandles(items: readonly Item[], capabilities: (item: Item) => Required<ItemCapabilities>): { anchors: Anchor[]; rotate: boolean; keepRatio: boolean } {
  if (items.length === 0) return { anchors: [], rotate: false, keepRatio: false };
  const caps = items.map(capabilities);
  const rotate = caps.every((c) => c.rotate) && items.every((item) => item.type !== 'frame');
  if (!caps.every((c) => c.resize)) return { anchors: [], rotate, keepRatio: false };
  const keepRatio = items.length > 1 || caps.some((c) => c.keepAspect);
  if (items.length === 1 && items[0]!.type === 'text') return { anchors: ['middle-left', 'middle-right'], rotate, keepRatio: false };
  return { anchors: keepRatio ? corners : allAnchors, rotate, keepRatio };
}

import { unionBounds, type ItemLookup, type Rect } from '../../../shared/items/geometry.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { Board, Item } from '../../../shared/model/records.ts';
import type { CanvasExtension, ItemCapabilities } from './extension.ts';
import { contentBounds } from './boardIndex.ts';

/**
 * What a board shows, items and the kind's own drawing together (see CanvasExtension's
 * `contentBounds` and `hasContent`). Zoom-to-fit, a board's first view, the minimap and the
 * presentation all go by this, so an actor map's rings or a puzzle's empty grid are never cut off
 * because they are backdrop rather than items.
 */

/** The box around every item of the board and whatever its kind draws besides; null when there is nothing. */
export function boardContentBounds(board: Board, ordered: readonly Item[], lookup: ItemLookup, extension: CanvasExtension): Rect | null {
  const items = contentBounds(ordered, lookup);
  const kind = extension.contentBounds?.(board, ordered) ?? null;
  return unionBounds([items, kind].filter((r): r is Rect => r !== null));
}

/** Whether a board shows anything at all (the presentation says "the board is empty" otherwise). */
export function boardHasContent(board: Board, doc: WorkshopDoc, extension: CanvasExtension | undefined): boolean {
  if (extension?.hasContent) return extension.hasContent(board, doc);
  const items = Object.values(doc.items).filter((item) => item.boardId === board.id);
  if (items.length > 0) return true;
  return (extension?.contentBounds?.(board, items) ?? null) !== null;
}

const everything: Required<ItemCapabilities> = { resize: true, rotate: true, keepAspect: false };

/** What the selection may do to an item: the kind's answer for its own types, else everything. */
export function capabilitiesOf(item: Item, extension: CanvasExtension): Required<ItemCapabilities> {
  const own = extension.itemCapabilities?.(item);
  return own ? { ...everything, ...own } : everything;
}

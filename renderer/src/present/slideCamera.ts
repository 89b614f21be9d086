import { unionBounds, type Rect } from '../../../shared/items/geometry.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { slideBounds, type Slide } from '../../../shared/present/slides.ts';
import { orderedBoardItems } from '../canvas/boardIndex.ts';
import { fitRect, type Camera, type Size } from '../canvas/camera.ts';
import type { CanvasExtension } from '../canvas/extension.ts';

/** Room kept free at the bottom of the projection for the caption bar, in CSS pixels (see present.css). */
export const captionHeight = 76;
/** Room kept free at the top while the timer or the vote's turn bar is shown. */
export const topBandHeight = 136;
/** The vote's result table on the projection: its width (present.css `.presentation-summary`). */
export function summaryWidth(viewportWidth: number): number {
  return Math.min(760, viewportWidth * 0.45);
}

/** Parts of the screen the slide should keep clear of (the caption, the timer, the result table). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The part of the board a slide shows: the frame, or for the whole board its items together with
 * what its kind draws besides (the actor map's rings, the puzzle's grid; `extension`'s
 * `contentBounds`), so a map with few actors is shown whole, not zoomed onto its chips.
 */
export function slideRect(doc: WorkshopDoc, slide: Slide, extension?: CanvasExtension): Rect | null {
  const items = slideBounds(doc, slide);
  const frame = slide.frameId ? doc.items[slide.frameId] : undefined;
  if (frame && frame.boardId === slide.boardId) return items;
  const board = doc.boards[slide.boardId];
  const kind = board ? (extension?.contentBounds?.(board, orderedBoardItems(doc.items, board.id)) ?? null) : null;
  return unionBounds([items, kind].filter((r): r is Rect => r !== null));
}

/**
 * The camera that shows a slide on the projection: the frame or the board's content (see
 * `slideRect`), fitted with a margin into the screen minus `insets`. A frame may be enlarged up to
 * 4×, a whole board up to 2×, so a small prepared frame fills the wall and a board of few notes
 * reads from the back.
 */
export function slideCamera(doc: WorkshopDoc, slide: Slide, viewport: Size, insets: Insets = { top: 0, right: 0, bottom: captionHeight, left: 0 }, extension?: CanvasExtension): Camera {
  const rect = slideRect(doc, slide, extension);
  const area = { width: Math.max(1, viewport.width - insets.left - insets.right), height: Math.max(1, viewport.height - insets.top - insets.bottom) };
  if (!rect) return { x: 80 + insets.left, y: 80 + insets.top, zoom: 1 };
  const camera = fitRect(rect, area, { padding: Math.round(Math.min(area.width, area.height) * 0.05), maxFitZoom: slide.frameId ? 4 : 2 });
  return { x: camera.x + insets.left, y: camera.y + insets.top, zoom: camera.zoom };
}

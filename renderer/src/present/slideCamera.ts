import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { slideBounds, type Slide } from '../../../shared/present/slides.ts';
import { fitRect, type Camera, type Size } from '../canvas/camera.ts';

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
 * The camera that shows a slide on the projection: the frame or the board's content, fitted with
 * a margin into the screen minus `insets`. A frame may be enlarged up to 4×, a whole board up to
 * 2×, so a small prepared frame fills the wall and a board of few notes reads from the back.
 */
export function slideCamera(doc: WorkshopDoc, slide: Slide, viewport: Size, insets: Insets = { top: 0, right: 0, bottom: captionHeight, left: 0 }): Camera {
  const rect = slideBounds(doc, slide);
  const area = { width: Math.max(1, viewport.width - insets.left - insets.right), height: Math.max(1, viewport.height - insets.top - insets.bottom) };
  if (!rect) return { x: 80 + insets.left, y: 80 + insets.top, zoom: 1 };
  const camera = fitRect(rect, area, { padding: Math.round(Math.min(area.width, area.height) * 0.05), maxFitZoom: slide.frameId ? 4 : 2 });
  return { x: camera.x + insets.left, y: camera.y + insets.top, zoom: camera.zoom };
}

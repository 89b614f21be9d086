import type { Point, Rect } from '../../../shared/items/geometry.ts';

/**
 * The view onto a board: a screen point is `board * zoom + (x, y)`. Pure math so it is tested in
 * Node; the canvas applies a camera to the Konva stage as its position and scale.
 */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** 5 % shows a whole workshop wall on a laptop; 800 % reads a single word from the back of the room. */
export const minZoom = 0.05;
export const maxZoom = 8;

/** The steps + and − walk through, so the level shown is always a round number. */
export const zoomSteps = [0.05, 0.1, 0.15, 0.2, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2, 3, 4, 6, 8] as const;

export const defaultCamera: Camera = { x: 0, y: 0, zoom: 1 };

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(maxZoom, Math.max(minZoom, zoom));
}

export function screenToBoard(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) / camera.zoom, y: (p.y - camera.y) / camera.zoom };
}

export function boardToScreen(camera: Camera, p: Point): Point {
  return { x: p.x * camera.zoom + camera.x, y: p.y * camera.zoom + camera.y };
}

/** The part of the board the viewport shows, in board units. */
export function visibleRect(camera: Camera, viewport: Size): Rect {
  return { x: -camera.x / camera.zoom, y: -camera.y / camera.zoom, w: viewport.width / camera.zoom, h: viewport.height / camera.zoom };
}

/** Zooms to `zoom` keeping the board point under the screen point `anchor` where it is (pointer zoom). */
export function zoomAt(camera: Camera, anchor: Point, zoom: number): Camera {
  const next = clampZoom(zoom);
  const b = screenToBoard(camera, anchor);
  return { x: anchor.x - b.x * next, y: anchor.y - b.y * next, zoom: next };
}

/** The next step up or down from the current zoom; a zoom between steps goes to the neighbouring step. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const eps = 1e-3;
  if (direction > 0) return zoomSteps.find((s) => s > zoom + eps) ?? maxZoom;
  for (let i = zoomSteps.length - 1; i >= 0; i--) if (zoomSteps[i]! < zoom - eps) return zoomSteps[i]!;
  return minZoom;
}

/**
 * The wheel's zoom factor: trackpads send many small deltas, mice few large ones; both feel even
 * because the factor is exponential in the delta (and capped per event).
 */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const capped = Math.max(-100, Math.min(100, pixels));
  return Math.exp(-capped * 0.0025 * 2);
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { ...camera, x: camera.x + dx, y: camera.y + dy };
}

/**
 * The camera that shows `rect` whole and centred with `padding` screen pixels around it, never
 * zoomed in beyond `maxFitZoom` (a single note should not fill the projector).
 */
export function fitRect(rect: Rect, viewport: Size, { padding = 48, maxFitZoom = 1 }: { padding?: number; maxFitZoom?: number } = {}): Camera {
  const availW = Math.max(1, viewport.width - padding * 2);
  const availH = Math.max(1, viewport.height - padding * 2);
  const zoom = clampZoom(Math.min(maxFitZoom, rect.w > 0 ? availW / rect.w : maxFitZoom, rect.h > 0 ? availH / rect.h : maxFitZoom));
  return centreOn({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }, viewport, zoom);
}

/** A camera at `zoom` with the board point `p` in the middle of the viewport. */
export function centreOn(p: Point, viewport: Size, zoom: number): Camera {
  return { x: viewport.width / 2 - p.x * zoom, y: viewport.height / 2 - p.y * zoom, zoom };
}

/**
 * The smallest pan that brings `rect` into view with `margin` pixels to spare; unchanged when it is
 * already visible. Used when keyboard focus or search lands on an item off screen.
 */
export function panToReveal(camera: Camera, rect: Rect, viewport: Size, margin = 40): Camera {
  const view = visibleRect(camera, viewport);
  const m = margin / camera.zoom;
  if (rect.w + 2 * m > view.w || rect.h + 2 * m > view.h) return centreOn({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }, viewport, camera.zoom);
  let dx = 0;
  let dy = 0;
  if (rect.x - m < view.x) dx = view.x - (rect.x - m);
  else if (rect.x + rect.w + m > view.x + view.w) dx = view.x + view.w - (rect.x + rect.w + m);
  if (rect.y - m < view.y) dy = view.y - (rect.y - m);
  else if (rect.y + rect.h + m > view.y + view.h) dy = view.y + view.h - (rect.y + rect.h + m);
  return { ...camera, x: camera.x + dx * camera.zoom, y: camera.y + dy * camera.zoom };
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom;
}

/** The zoom level as people read it: "100 %". */
export function zoomPercent(zoom: number): number {
  return Math.round(zoom * 100);
}

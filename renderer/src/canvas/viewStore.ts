import { create } from 'zustand';
import type { Rect } from '../../../shared/items/geometry.ts';
import type { Size } from './camera.ts';

/**
 * What the item list renders for: the mounted region (see culling.ts). Changes rarely, unlike the
 * camera.
 */
export interface CanvasView {
  cull: Rect | null;
  size: Size;
}

export const useCanvasView = create<CanvasView>(() => ({ cull: null, size: { width: 0, height: 0 } }));

/**
 * With this many items in the mounted region (a crowded board zoomed out), one overview shape
 * draws them all instead of one Konva node each: mounting and drawing thousands of nodes is what
 * makes a zoomed-out board stutter.
 */
export const overviewMinItems = 800;

/**
 * The board region on screen right now, kept outside React (it changes every frame while panning).
 * Item shapes skip drawing when they are outside it: the mounted region is larger than the view,
 * and Konva itself draws every node of a layer.
 */
export const liveView: { rect: Rect } = { rect: { x: -Infinity, y: -Infinity, w: Infinity, h: Infinity } };

import type Konva from 'konva';
import type { Point } from '../../../shared/items/geometry.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import type { Board, Item } from '../../../shared/model/records.ts';
import type { CanvasExtension } from '../kinds/rendererKind.ts';
import type { WorkshopStore } from '../state/workshopStore.ts';
import { orderedBoardItems } from './boardIndex.ts';
import type { Camera, Size } from './camera.ts';

/**
 * The canvas on screen, as commands see it. Commands are global (the registry has no idea of
 * React), so the mounted canvas registers what they need here and removes it on unmount; with no
 * board shown every canvas command is disabled.
 */
export interface CanvasRuntime {
  store: WorkshopStore;
  boardId: BoardId;
  /** The board as last rendered, and its kind's additions to the canvas. */
  board(): Board;
  extension(): CanvasExtension;
  host: HTMLDivElement;
  stage: Konva.Stage;
  layers: { items: Konva.Layer; drag: Konva.Layer; overlay: Konva.Layer };
  /** Live Konva nodes of mounted items (culled items have none). */
  nodes: Map<ItemId, Konva.Node>;
  size(): Size;
  camera(): Camera;
  setCamera(camera: Camera): void;
  /** The last pointer position over the canvas, in board units; null once it left. */
  pointer: Point | null;
  /** Whether a pointer gesture (drag, marquee, draw) is in progress. */
  busy: boolean;
}

let current: CanvasRuntime | null = null;

export function setActiveCanvas(runtime: CanvasRuntime | null): void {
  current = runtime;
}

export function activeCanvas(): CanvasRuntime | null {
  return current;
}

/** The shown board's items back to front. */
export function canvasItems(runtime: CanvasRuntime): Item[] {
  return orderedBoardItems(runtime.store.getState().doc.items, runtime.boardId);
}

/**
 * Whether keys meant for the board (Enter, arrows, Ctrl+A, clipboard) should go to it: the focus is
 * on the board, in its list of items, or nowhere in particular; not on a button or a panel.
 */
export function canvasHasKeyboard(): boolean {
  const runtime = current;
  if (!runtime) return false;
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  return runtime.host.contains(active) || active.closest('[data-canvas-keyboard]') !== null;
}

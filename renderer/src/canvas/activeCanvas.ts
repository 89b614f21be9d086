import type Konva from 'konva';
import type { Point } from '../../../shared/items/geometry.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import type { Board, Item } from '../../../shared/model/records.ts';
import type { CanvasExtension } from './extension.ts';
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
 * Whether keys meant for the board (Enter, arrows, Delete, tool letters, Ctrl+A, clipboard) should
 * go to it: the focus is on the board or in its list of items, or nowhere in particular after a
 * press on the board. Never when it is on a button, a field or a grid in a panel beside the board
 * (the stakeholder table, the HUKI grid and findings, the puzzle's inventory): Backspace there
 * must not delete what is selected on the canvas.
 */
export function canvasHasKeyboard(): boolean {
  const runtime = current;
  if (!runtime) return false;
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return !pressedOffBoard(runtime);
  return runtime.host.contains(active) || active.closest('[data-canvas-keyboard]') !== null;
}

/**
 * Whether the board's commands may act: the board has the keyboard, or the focus is on one of the
 * canvas's own controls (toolbar, context menu, properties, zoom; marked `data-canvas-ui`), whose
 * buttons run the same commands for the selection.
 */
export function canvasCommandsMayAct(): boolean {
  if (canvasHasKeyboard()) return true;
  const active = document.activeElement;
  return current !== null && active instanceof Element && active.closest('[data-canvas-ui]') !== null;
}

/**
 * The last thing pressed with the pointer. A press on a panel's text or background leaves the focus
 * on <body> although the user is working in the panel; the board has the keyboard only if that
 * press was on it (or the pressed thing is gone, like a closed dialog's button).
 */
let lastPress: Element | null = null;

function pressedOffBoard(runtime: CanvasRuntime): boolean {
  if (!lastPress || !lastPress.isConnected) return false;
  return !runtime.host.contains(lastPress) && lastPress.closest('[data-canvas-keyboard], [data-canvas-ui]') === null;
}

/** Follows pointer presses anywhere in the window while a canvas is shown; returns the cleanup. */
export function trackPresses(): () => void {
  const onDown = (e: PointerEvent) => {
    lastPress = e.target instanceof Element ? e.target : null;
  };
  lastPress = null;
  window.addEventListener('pointerdown', onDown, true);
  return () => window.removeEventListener('pointerdown', onDown, true);
}

import type { ComponentType } from 'react';
import type { Board, Item } from '../../../shared/model/records.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import type { ItemId } from '../../../shared/model/ids.ts';
import type { WorkshopStore } from '../state/workshopStore.ts';

/**
 * What a board kind adds to the shared canvas (renderer/src/canvas/BoardCanvas.tsx), like
 * tldraw's ShapeUtil on the rendering side. The canvas owns the camera, selection, dragging,
 * snapping, text editing, clipboard, undo, culling and export; a kind only adds its own pieces:
 *
 * - `itemRenderers`: Konva components for the kind's own item types (an actor chip, a puzzle
 *   piece, a loop station, the HUKI matrix), looked up by `item.type`. They are drawn, selected,
 *   moved and culled exactly like notes. Core types (note, text, shape, connector, frame, image)
 *   are the canvas's own.
 * - `Background`: drawn behind all items in a non-listening layer (the actor map's rings, the
 *   puzzle grid, the loop track, the 24-hour clock), in board coordinates, so it pans and zooms.
 * - `Panel`: a side panel beside the canvas (the stakeholder table, the HUKI findings, the
 *   acute-loop data), HTML, not Konva.
 * - `tools`: extra toolbar entries that create the kind's items.
 *
 * BoardCanvas takes an optional `extension` prop with these; a kind's BoardView is usually just
 * `(props) => <BoardCanvas {...props} extension={myExtension} />`.
 */
export interface CanvasExtension {
  itemRenderers?: Record<string, ComponentType<ItemRendererProps>>;
  Background?: ComponentType<{ board: Board }>;
  Panel?: ComponentType<{ board: Board }>;
  tools?: readonly CanvasTool[];
  /**
   * Commits a finished move of the grabbed items `ids` by (dx, dy) instead of the canvas's own
   * move, so a kind can snap (a puzzle piece dropped near a slot goes into it) in the same single
   * operation and undo step. Returns false to leave the move to the canvas.
   */
  commitDrag?(drag: DragCommit): boolean;
}

export interface DragCommit {
  board: Board;
  store: WorkshopStore;
  /** The items the user grabbed; their groups and frame contents move along. */
  ids: readonly ItemId[];
  dx: number;
  dy: number;
}

export interface ItemRendererProps {
  item: Item;
  board: Board;
  /** True while the item is selected; the canvas draws the selection frame itself. */
  selected: boolean;
}

export interface CanvasTool {
  id: string;
  /** Dictionary key of the tool's name (tooltip and accessible name). */
  labelKey: MessageKey;
  shortcut?: string;
  /** Creates the kind's item(s) at a board point (where the user clicked). */
  createAt(board: Board, point: { x: number; y: number }): Item[];
}

/** The renderer's half of a board kind: how its board is shown and edited. */
export interface RendererKind {
  kind: string;
  BoardView: ComponentType<{ board: Board }>;
}

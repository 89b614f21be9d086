import type { ComponentType } from 'react';
import type { Point, Rect } from '../../../shared/items/geometry.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { Actor, Board, Item } from '../../../shared/model/records.ts';
import type { Language, MessageKey } from '../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../shared/i18n/translate.ts';
import type { ItemId } from '../../../shared/model/ids.ts';
import type { CanvasRuntime } from '../canvas/activeCanvas.ts';
import type { WorkshopStore } from '../state/workshopStore.ts';
import type { ReportWriter } from '../export/report/reportWriter.ts';

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
 * - `contentBounds`, `hasContent`: what of the board the kind draws besides its items, so fitting
 *   the view, the minimap and the presentation take in the rings, the grid or the picture.
 * - `onItemClick`: a click on one of the kind's items that means something inside it (a HUKI cell).
 * - `describeItem`: how the kind's items read in the canvas's accessible list of items.
 * - `itemCapabilities`: which handles the selection offers for the kind's item types.
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
  /**
   * The box (board units) of what the kind draws besides its items — the actor map's rings and
   * legend, the puzzle's headers, grid and tray — or null when it draws nothing. `items` are the
   * board's items back to front. The canvas unites it with the items' box for zoom-to-fit, the
   * first view of a board, the minimap and the presentation.
   */
  contentBounds?(board: Board, items: readonly Item[]): Rect | null;
  /**
   * Whether the board shows anything, for the presentation's "the board is empty" notice. Without
   * it a board has content when it has items or `contentBounds` gives a box.
   */
  hasContent?(board: Board, doc: WorkshopDoc): boolean;
  /**
   * A click (press and release without moving, select tool, no modifier) on one of the kind's own
   * item types. Return true when the kind acted on it (a HUKI cell cycled its letter): the canvas
   * then leaves the selection as it was. Return false for the canvas's usual select-on-click.
   * A press that turns into a drag still moves the item.
   */
  onItemClick?(click: ItemClick): boolean;
  /**
   * A double-click on one of the kind's own item types (an actor chip opens its actor's card).
   * Return true when the kind acted; false leaves it to the canvas (edit the item's text).
   */
  onItemDoubleClick?(click: ItemClick): boolean;
  /**
   * How one of the kind's items reads aloud in the canvas's list of items ("Aktør: NAV (Kommunale
   * tjenester)"); undefined for the canvas's generic "type: text". The canvas adds "(låst)".
   */
  describeItem?(item: Item, t: Translate, context: DescribeContext): string | undefined;
  /** What the selection may do to an item of the kind's types; undefined for everything. */
  itemCapabilities?(item: Item): ItemCapabilities | undefined;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface DescribeContext {
  board: Board;
  actors: Readonly<Record<string, Actor>>;
}

export interface ItemClick {
  runtime: CanvasRuntime;
  board: Board;
  item: Item;
  /** Where the click was, in board units. */
  point: Point;
}

/**
 * Which handles the selection offers for an item. Missing fields mean yes; an item that may not
 * be resized gets no resize handles, one that may not rotate no rotation handle.
 */
export interface ItemCapabilities {
  resize?: boolean;
  rotate?: boolean;
  /** Resized only by its corners, keeping its proportions (a drawing that scales as a whole). */
  keepAspect?: boolean;
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
  /**
   * Creates the kind's item(s) at a board point (where the user clicked). The canvas stacks them
   * in front of everything on the board (their `z` is set on placing), like its own new items.
   */
  createAt(board: Board, point: { x: number; y: number }): Item[];
}

/** The renderer's half of a board kind: how its board is shown and edited. */
export interface RendererKind {
  kind: string;
  BoardView: ComponentType<{ board: Board }>;
  /** What the kind adds to the shared canvas; the presentation reads its bounds and content from it. */
  extension?: CanvasExtension;
  /**
   * Draws the board's section among the PDF report's tables (its pages, headings and tables), for
   * a kind whose shared half has a report section (BoardKind.report). Without it the report draws
   * that section's words and tables as they are (export/report/contentSection.ts).
   */
  writeReportSection?(w: ReportWriter, doc: WorkshopDoc, board: Board, language: Language): void;
}

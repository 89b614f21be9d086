import { defaultItem, itemTypes, noteDefaults, type ItemType } from '../../../shared/items/itemTypes.ts';
import { frameAt, itemBounds, rectCenter, unionBounds, type Point, type Rect } from '../../../shared/items/geometry.ts';
import { expandToGroups, newGroupId } from '../../../shared/items/groups.ts';
import type { Alignment, DistributeAxis } from '../../../shared/items/arrange.ts';
import type { StackMove } from '../../../shared/items/stacking.ts';
import { itemsToCopy } from '../../../shared/items/clipboard.ts';
import { newItemId, type ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import {
  alignItemsOp,
  deleteItems,
  distributeItemsOp,
  groupItems,
  lockItems,
  moveItems,
  pasteItems,
  setItemsZ,
  ungroupItems,
  unlockItems,
  updateItems,
} from '../../../shared/ops/itemOps.ts';
import type { Operation } from '../../../shared/ops/operation.ts';
import { activeCanvas, canvasItems, type CanvasRuntime } from './activeCanvas.ts';
import { boundsOf, lookupIn } from './boardIndex.ts';
import { centreOn, clampZoom, fitRect, panToReveal, stepZoom, visibleRect, zoomAt, type Camera } from './camera.ts';
import { createItemsWithParents } from './canvasOps.ts';
import { isEditableOnCanvas } from './itemText.ts';
import { boardContentBounds } from './kindContent.ts';
import { connectorStrokeWidth } from './itemStyle.ts';
import { clearSelection, flashHighlight, session, setEditing, setSelection, setTool, type Tool } from './sessionStore.ts';

/**
 * What the canvas can do, as plain functions over the shown board. Commands, the toolbar, the
 * context menu, the properties panel and pointer gestures all end up here; every change of the
 * document goes through an operation (`run`), so each is validated, undoable and saved.
 */

export function run<A>(runtime: CanvasRuntime, op: Operation<A>, args: A): boolean {
  return runtime.store.getState().run(op, args);
}

export function itemsById(runtime: CanvasRuntime): Readonly<Record<string, Item>> {
  return runtime.store.getState().doc.items;
}

/** The selection, without ids whose items are gone (deleted by an undo). */
export function selectedItems(runtime: CanvasRuntime): Item[] {
  const all = itemsById(runtime);
  return session()
    .selection.map((id) => all[id])
    .filter((item): item is Item => item !== undefined && item.boardId === runtime.boardId);
}

export function selectedIds(runtime: CanvasRuntime): ItemId[] {
  return selectedItems(runtime).map((item) => item.id);
}

/** Selects items together with the rest of their groups. */
export function selectWithGroups(runtime: CanvasRuntime, ids: Iterable<ItemId>): void {
  setSelection([...expandToGroups(ids, itemsById(runtime))]);
}

export function topZ(runtime: CanvasRuntime): number {
  const items = canvasItems(runtime);
  return items.length > 0 ? items.at(-1)!.z : 0;
}

// ---- Camera -----------------------------------------------------------------------------------

export function zoomStep(direction: 1 | -1, runtime = activeCanvas()): void {
  if (!runtime) return;
  const camera = runtime.camera();
  const size = runtime.size();
  runtime.setCamera(zoomAt(camera, { x: size.width / 2, y: size.height / 2 }, stepZoom(camera.zoom, direction)));
}

export function zoomTo(zoom: number, runtime = activeCanvas()): void {
  if (!runtime) return;
  const size = runtime.size();
  runtime.setCamera(zoomAt(runtime.camera(), { x: size.width / 2, y: size.height / 2 }, clampZoom(zoom)));
}

/** The box of everything the shown board draws: its items and its kind's backdrop (rings, grid). */
export function shownContentBounds(runtime: CanvasRuntime): Rect | null {
  return boardContentBounds(runtime.board(), canvasItems(runtime), lookupIn(itemsById(runtime)), runtime.extension());
}

/** The whole board in view; an empty board goes back to 100 % at its origin. */
export function zoomToFit(runtime = activeCanvas()): void {
  if (!runtime) return;
  const bounds = shownContentBounds(runtime);
  runtime.setCamera(bounds ? fitRect(bounds, runtime.size(), { maxFitZoom: 1 }) : { x: 80, y: 80, zoom: 1 });
}

export function zoomToSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const lookup = lookupIn(itemsById(runtime));
  const bounds = unionBounds(selectedItems(runtime).map((item) => boundsOf(item, lookup)));
  if (!bounds) return zoomToFit(runtime);
  runtime.setCamera(fitRect(bounds, runtime.size(), { maxFitZoom: 2 }));
}

/** Pans (without zooming) so an item is on screen: for keyboard focus and search. */
export function revealItem(runtime: CanvasRuntime, id: ItemId, centre = false): void {
  const item = itemsById(runtime)[id];
  if (!item) return;
  const bounds = boundsOf(item, lookupIn(itemsById(runtime)));
  const camera = runtime.camera();
  runtime.setCamera(centre ? centreOn(rectCenter(bounds), runtime.size(), Math.max(camera.zoom, 0.5)) : panToReveal(camera, bounds, runtime.size()));
}

export function viewCentre(runtime: CanvasRuntime): Point {
  return rectCenter(visibleRect(runtime.camera(), runtime.size()));
}

// ---- Creating ---------------------------------------------------------------------------------

/** A note's size and type size: the shared defaults, the same for notes made any way. */
export const placedNoteSize = { w: noteDefaults.w, h: noteDefaults.h };
export const placedNoteFontSize = noteDefaults.fontSize;

export type CreateTool = Extract<Tool, 'note' | 'text' | 'rect' | 'ellipse' | 'diamond' | 'frame'>;

export function isCreateTool(tool: Tool): tool is CreateTool {
  return tool === 'note' || tool === 'text' || tool === 'rect' || tool === 'ellipse' || tool === 'diamond' || tool === 'frame';
}

function typeOfTool(tool: CreateTool): ItemType {
  return tool === 'rect' || tool === 'ellipse' || tool === 'diamond' ? 'shape' : tool;
}

export function defaultSizeOf(tool: CreateTool): { w: number; h: number } {
  if (tool === 'note') return placedNoteSize;
  if (tool === 'text') return { w: 320, h: 48 };
  return itemTypes[typeOfTool(tool)].defaultSize;
}

/** A new item of the tool's kind, not yet on the board. `rect` is its box. */
export function newItemFor(runtime: CanvasRuntime, tool: CreateTool, rect: Rect): Item {
  const type = typeOfTool(tool);
  const min = itemTypes[type].minSize;
  const base = { x: rect.x, y: rect.y, w: Math.max(min, rect.w), h: Math.max(min, rect.h), z: topZ(runtime) + 1 };
  switch (tool) {
    case 'note':
      return defaultItem('note', runtime.boardId, { ...base, props: { color: session().noteColour, fontSize: placedNoteFontSize, fit: noteDefaults.fit } });
    case 'text':
      return defaultItem('text', runtime.boardId, { ...base, props: { fontSize: 32 } });
    case 'frame':
      return defaultItem('frame', runtime.boardId, base);
    default:
      return defaultItem('shape', runtime.boardId, { ...base, props: { shape: tool } });
  }
}

/**
 * Puts a new item on the board in one step: into the frame it lands in, and a new frame takes
 * the items it is drawn around. Then selects it, and opens the editor for notes, text and a frame's title.
 */
export function placeItem(runtime: CanvasRuntime, item: Item, { edit = item.type === 'note' || item.type === 'text' || item.type === 'frame' } = {}): boolean {
  const ordered = canvasItems(runtime);
  const parents: { id: ItemId; parentId: ItemId | null }[] = [];
  const newItem = { ...item };
  if (item.type === 'frame') {
    const lookup = lookupIn(itemsById(runtime));
    const inside = ordered.filter((other) => {
      if (other.type === 'connector' || other.locked) return false;
      const b = boundsOf(other, lookup);
      return b.x >= item.x && b.y >= item.y && b.x + b.w <= item.x + item.w && b.y + b.h <= item.y + item.h;
    });
    const insideIds = new Set(inside.map((i) => i.id));
    for (const other of inside) if (!other.parentId || !insideIds.has(other.parentId)) parents.push({ id: other.id, parentId: item.id });
    if (inside.length > 0) newItem.z = Math.min(...inside.map((i) => i.z)) - 0.5;
  } else {
    const frame = frameAt(itemBounds(item), ordered);
    if (frame) newItem.parentId = frame.id;
  }
  if (!run(runtime, createItemsWithParents, { items: [newItem], parents })) return false;
  setSelection([newItem.id]);
  if (edit) setEditing(newItem.id);
  return true;
}

/** Places a note centred on `at` (or the view's centre) and opens it for typing. */
export function insertNoteAt(runtime: CanvasRuntime, at: Point = viewCentre(runtime)): void {
  const { w, h } = placedNoteSize;
  placeItem(runtime, newItemFor(runtime, 'note', { x: at.x - w / 2, y: at.y - h / 2, w, h }));
}

/**
 * The next note after `item`, for typing a list live: to its right, or on a new row under the
 * row's first note when the right side is taken or off screen.
 */
export function insertNoteAfter(runtime: CanvasRuntime, item: Item): void {
  const gap = 24;
  const ordered = canvasItems(runtime);
  const lookup = lookupIn(itemsById(runtime));
  const taken = (r: Rect) =>
    ordered.some((o) => {
      if (o.type === 'connector' || o.type === 'frame') return false;
      const b = boundsOf(o, lookup);
      return b.x < r.x + r.w && r.x < b.x + b.w && b.y < r.y + r.h && r.y < b.y + b.h;
    });
  const view = visibleRect(runtime.camera(), runtime.size());
  let next: Rect = { x: item.x + item.w + gap, y: item.y, w: item.w, h: item.h };
  if (next.x + next.w > view.x + view.w || taken(next)) {
    // Start a new row under the leftmost note of this row.
    const row = ordered.filter((o) => o.type === 'note' && Math.abs(o.y - item.y) < item.h / 2);
    const left = Math.min(item.x, ...row.map((o) => o.x));
    const bottom = Math.max(item.y + item.h, ...row.map((o) => o.y + o.h));
    next = { x: left, y: bottom + gap, w: item.w, h: item.h };
    while (taken(next)) next = { ...next, y: next.y + item.h + gap };
  }
  const colour = item.props['color'];
  const note = newItemFor(runtime, 'note', next);
  note.h = item.h;
  note.w = item.w;
  if (typeof colour === 'string') note.props = { ...note.props, color: colour };
  if (typeof item.props['fontSize'] === 'number') note.props = { ...note.props, fontSize: item.props['fontSize'] };
  if (item.props['fit'] === 'grow' || item.props['fit'] === 'shrink') note.props = { ...note.props, fit: item.props['fit'] };
  placeItem(runtime, note);
  revealItem(runtime, note.id);
}

// ---- Editing the selection ----------------------------------------------------------------------

export function deleteSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedIds(runtime);
  if (ids.length === 0) return;
  if (run(runtime, deleteItems, { ids })) clearSelection();
}

/** Copies of the selection (with frame contents and the arrows between them), a little down and right. */
export function duplicateSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedIds(runtime);
  if (ids.length === 0) return;
  const copies = itemsToCopy(ids, itemsById(runtime));
  const newIds = copies.map(() => newItemId());
  if (run(runtime, pasteItems, { boardId: runtime.boardId, items: copies, offset: { x: 24, y: 24 }, newIds })) {
    const picked = new Set<string>(ids);
    setSelection(newIds.filter((_, i) => picked.has(copies[i]!.id)));
  }
}

export function nudgeSelection(dx: number, dy: number, runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedItems(runtime)
    .filter((item) => !item.locked)
    .map((item) => item.id);
  if (ids.length > 0) run(runtime, moveItems, { ids, dx, dy });
}

export function selectAll(runtime = activeCanvas()): void {
  if (!runtime) return;
  setTool('select');
  setSelection(canvasItems(runtime).map((item) => item.id));
}

export function restackSelection(to: StackMove, runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedIds(runtime);
  if (ids.length > 0) run(runtime, setItemsZ, { ids, to });
}

export function groupSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedIds(runtime);
  if (ids.length < 2) return;
  const groupId = newGroupId();
  if (run(runtime, groupItems, { ids, groupId })) selectWithGroups(runtime, ids);
}

export function ungroupSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedItems(runtime)
    .filter((item) => item.groupId)
    .map((item) => item.id);
  if (ids.length > 0) run(runtime, ungroupItems, { ids });
}

/** Locks the selection, or unlocks it when everything in it is locked already. */
export function toggleLockSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const items = selectedItems(runtime);
  if (items.length === 0) return;
  const ids = items.map((item) => item.id);
  run(runtime, items.every((item) => item.locked) ? unlockItems : lockItems, { ids });
}

export function alignSelection(how: Alignment, runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedIds(runtime);
  if (ids.length >= 2) run(runtime, alignItemsOp, { ids, how });
}

export function distributeSelection(axis: DistributeAxis, runtime = activeCanvas()): void {
  if (!runtime) return;
  const ids = selectedIds(runtime);
  if (ids.length >= 3) run(runtime, distributeItemsOp, { ids, axis });
}

/** Opens the in-place editor for the single selected item with text. */
export function editSelection(runtime = activeCanvas()): boolean {
  if (!runtime) return false;
  const items = selectedItems(runtime);
  if (items.length !== 1 || !isEditableOnCanvas(items[0]!) || items[0]!.locked) return false;
  setEditing(items[0]!.id);
  return true;
}

/** Whether the board's kind opens the one selected item on a double-click (an actor chip's card). */
export function canOpenSelection(runtime = activeCanvas()): boolean {
  if (!runtime) return false;
  const items = selectedItems(runtime);
  const extension = runtime.extension();
  return items.length === 1 && extension.onItemDoubleClick !== undefined && extension.itemRenderers?.[items[0]!.type] !== undefined;
}

/** Opens the selected item as a double-click does, for the context menu and the keyboard. */
export function openSelection(runtime = activeCanvas()): boolean {
  if (!runtime || !canOpenSelection(runtime)) return false;
  const item = selectedItems(runtime)[0]!;
  return runtime.extension().onItemDoubleClick?.({ runtime, board: runtime.board(), item, point: { x: item.x + item.w / 2, y: item.y + item.h / 2 } }) ?? false;
}

/** An arrow from the first picked item to each of the others (Connect for keyboard users). */
export function connectSelection(runtime = activeCanvas()): void {
  if (!runtime) return;
  const items = selectedItems(runtime).filter((item) => item.type !== 'connector');
  if (items.length < 2) return;
  const [from, ...rest] = items;
  let z = topZ(runtime);
  const connectors = rest.map((to) =>
    defaultItem('connector', runtime.boardId, {
      z: ++z,
      props: { fromId: from!.id, toId: to.id, fromPoint: rectCenter(itemBounds(from!)), toPoint: rectCenter(itemBounds(to)), strokeWidth: connectorStrokeWidth },
    }),
  );
  if (run(runtime, createItemsWithParents, { items: connectors, parents: [] })) setSelection(connectors.map((c) => c.id));
}

/** Sets props on every selected item that has them (a colour for all the selected notes is one step). */
export function updateSelectedProps(runtime: CanvasRuntime, props: Record<string, unknown>, accept: (item: Item) => boolean = () => true): void {
  const patches = selectedItems(runtime)
    .filter(accept)
    .map((item) => ({ id: item.id, props }));
  if (patches.length > 0) run(runtime, updateItems, { patches });
}

/** Search and the accessible list: select an item, bring it into view and flash it. */
export function jumpToItem(runtime: CanvasRuntime, id: ItemId): void {
  setSelection([id]);
  revealItem(runtime, id, true);
  flashHighlight(id);
}

export function cameraForBoardStart(runtime: CanvasRuntime): Camera {
  const bounds = shownContentBounds(runtime);
  return bounds ? fitRect(bounds, runtime.size(), { maxFitZoom: 1 }) : { x: 80, y: 80, zoom: 1 };
}

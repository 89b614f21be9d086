import { expandToGroups } from '../../../../shared/items/groups.ts';
import type { Point } from '../../../../shared/items/geometry.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { isTextField } from '../../commands/shortcuts.ts';
import { canvasHasKeyboard, canvasItems, trackPresses, type CanvasRuntime } from '../activeCanvas.ts';
import { insertNoteAt, isCreateTool, itemsById, run, selectWithGroups, topZ } from '../actions.ts';
import { createItemsWithParents, stackedInFront } from '../canvasOps.ts';
import { isKindTool, kindToolId, type KindToolId } from '../extensionContext.ts';
import { lookupIn } from '../boardIndex.ts';
import { panBy, screenToBoard, wheelZoomFactor, zoomAt } from '../camera.ts';
import { topItemAt } from '../hitTest.ts';
import { isEditableOnCanvas } from '../itemText.ts';
import { clearSelection, openContextMenu, session, setEditing, setSelection, setTool } from '../sessionStore.ts';
import { connectGesture } from './connectGesture.ts';
import { createGesture } from './createGesture.ts';
import { dragThresholdPx, travelled, type Gesture } from './gesture.ts';
import { marqueeGesture } from './marqueeGesture.ts';
import { moveGesture } from './moveGesture.ts';
import { panGesture } from './panGesture.ts';

/** Screen pixels around thin things (arrows, frame edges) that still count as a hit. */
const hitSlopPx = 7;

export function itemAt(runtime: CanvasRuntime, p: Point) {
  const items = itemsById(runtime);
  return topItemAt(canvasItems(runtime), p, { tolerance: hitSlopPx / runtime.camera().zoom, lookup: lookupIn(items) });
}

/**
 * A press on an item: select it (with its group) and, once the pointer travels, move the
 * selection. A click on one of several selected items selects just that one. Locked items are
 * selected by a click but a drag from them draws a marquee instead, so a locked backdrop
 * doesn't get in the way.
 *
 * An item whose kind takes clicks (see CanvasExtension.onItemClick: a HUKI cell cycles its
 * letter) is selected only once it is dragged or its kind leaves the click to the canvas, so
 * clicking cell after cell doesn't flash the selection handles around the whole matrix.
 */
function pressOnItem(runtime: CanvasRuntime, hitId: ItemId, locked: boolean, start: Point, startScreen: Point, kindClick: boolean): Gesture {
  const group = [...expandToGroups([hitId], itemsById(runtime))];
  const before = session().selection;
  const wasSelected = before.includes(hitId);
  const select = () => {
    if (!wasSelected) setSelection(group);
  };
  if (!kindClick) select();
  let inner: Gesture | null = null;
  let decided = false;
  return {
    move(p, screen, event) {
      if (!decided) {
        if (travelled(screen, startScreen) < dragThresholdPx) return;
        decided = true;
        select();
        inner = locked ? marqueeGesture(runtime, start, startScreen, false, []) : moveGesture(runtime, start, session().selection);
      }
      inner?.move(p, screen, event);
    },
    up(p, screen, event) {
      if (inner) return inner.up(p, screen, event);
      if (kindClick && clickItem(runtime, hitId, start)) return;
      select();
      if (wasSelected && before.length > group.length) setSelection(group);
    },
    cancel() {
      inner?.cancel();
    },
  };
}

/** Whether a press on this item goes to its kind's click handler when it stays a click. */
function kindTakesClicks(runtime: CanvasRuntime, item: Item): boolean {
  const extension = runtime.extension();
  return extension.onItemClick !== undefined && extension.itemRenderers?.[item.type] !== undefined;
}

/** Gives a click to the item's kind; true when the kind acted on it. */
function clickItem(runtime: CanvasRuntime, id: ItemId, point: Point): boolean {
  const item = itemsById(runtime)[id];
  const onItemClick = runtime.extension().onItemClick;
  if (!item || !onItemClick) return false;
  return onItemClick({ runtime, board: runtime.board(), item, point });
}

/** A board kind's tool: a click creates the kind's item(s) there, selects them, and goes back to selecting. */
function kindToolGesture(runtime: CanvasRuntime, tool: KindToolId): Gesture {
  return {
    move() {},
    up(p) {
      setTool('select');
      const def = runtime.extension().tools?.find((t) => kindToolId(t) === tool);
      const items = def ? stackedInFront(def.createAt(runtime.board(), p), topZ(runtime)) : [];
      if (items.length > 0 && run(runtime, createItemsWithParents, { items, parents: [] })) setSelection(items.map((i) => i.id));
    },
    cancel() {},
  };
}

/** Wires the pointer, the wheel and the space bar on the canvas host to gestures. Returns the cleanup. */
export function installPointerInput(runtime: CanvasRuntime): () => void {
  const host = runtime.host;
  let gesture: Gesture | null = null;
  let pointerId: number | null = null;
  let spaceDown = false;
  /** Touch points on the board, for a two-finger pinch on a touch screen. */
  const touches = new Map<number, Point>();
  let pinch: { distance: number; mid: Point } | null = null;
  let hoverFrame = 0;

  const screenOf = (e: MouseEvent): Point => {
    const r = host.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const boardOf = (s: Point) => screenToBoard(runtime.camera(), s);
  const onStage = (e: Event) => e.target instanceof HTMLCanvasElement;

  const endGesture = (how: 'up' | 'cancel', e?: PointerEvent) => {
    const g = gesture;
    gesture = null;
    runtime.busy = false;
    if (pointerId !== null && host.hasPointerCapture(pointerId)) host.releasePointerCapture(pointerId);
    pointerId = null;
    if (!g) return;
    if (how === 'cancel' || !e) g.cancel();
    else {
      const s = screenOf(e);
      g.up(boardOf(s), s, e);
    }
    // An empty drag layer is hidden, so panning neither clears nor composites it. A drag keeps
    // its copies for two more frames (see moveGesture), hence the third.
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const drag = runtime.layers.drag;
          if (!gesture && drag.getChildren().length === 0) drag.visible(false);
        }),
      ),
    );
  };

  const onPointerDown = (e: PointerEvent) => {
    if (!onStage(e)) return;
    if (e.pointerType === 'touch') {
      touches.set(e.pointerId, screenOf(e));
      if (touches.size === 2) {
        // A second finger: whatever the first one started becomes a pinch.
        if (gesture) endGesture('cancel');
        const [a, b] = [...touches.values()] as [Point, Point];
        pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
        host.setPointerCapture(e.pointerId);
        return;
      }
      if (touches.size > 2) return;
    }
    if (gesture) endGesture('cancel');
    openContextMenu(null);
    const s = screenOf(e);
    const p = boardOf(s);
    if (document.activeElement !== host) host.focus({ preventScroll: true });
    const tool = session().tool;
    let next: Gesture | null = null;
    if (e.button === 1 || (e.button === 0 && (spaceDown || tool === 'hand'))) {
      e.preventDefault();
      next = panGesture(runtime, s);
    } else if (e.button === 0) {
      // The transformer's handles and an arrow's end handles are Konva's to drag.
      const shape = runtime.stage.getIntersection(s);
      if (shape && (shape.findAncestor('Transformer') || shape.hasName('endpoint'))) return;
      if (isCreateTool(tool)) next = createGesture(runtime, tool, p, s);
      else if (tool === 'connector') next = connectGesture(runtime, p, s);
      else if (isKindTool(tool)) next = kindToolGesture(runtime, tool);
      else {
        const hit = itemAt(runtime, p);
        if (hit && e.shiftKey) {
          const group = expandToGroups([hit.id], itemsById(runtime));
          const current = session().selection;
          setSelection(current.includes(hit.id) ? current.filter((id) => !group.has(id)) : [...current, ...[...group].filter((id) => !current.includes(id))]);
          return;
        }
        if (hit) next = pressOnItem(runtime, hit.id, hit.locked, p, s, kindTakesClicks(runtime, hit));
        else {
          const before = e.shiftKey ? session().selection : [];
          if (!e.shiftKey) clearSelection();
          next = marqueeGesture(runtime, p, s, e.shiftKey, before);
        }
      }
    }
    if (!next) return;
    gesture = next;
    runtime.layers.drag.visible(true);
    runtime.busy = true;
    pointerId = e.pointerId;
    host.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e: PointerEvent) => {
    const s = screenOf(e);
    if (pinch && touches.has(e.pointerId)) {
      touches.set(e.pointerId, s);
      const [a, b] = [...touches.values()] as [Point, Point];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const camera = runtime.camera();
      const zoomed = zoomAt(camera, mid, camera.zoom * (pinch.distance > 0 ? distance / pinch.distance : 1));
      runtime.setCamera(panBy(zoomed, mid.x - pinch.mid.x, mid.y - pinch.mid.y));
      pinch = { distance, mid };
      return;
    }
    if (touches.has(e.pointerId)) touches.set(e.pointerId, s);
    const p = boardOf(s);
    runtime.pointer = p;
    if (gesture && e.pointerId === pointerId) gesture.move(p, s, e);
    else if (!gesture && e.pointerType === 'mouse' && onStage(e)) showHover(p);
  };

  /** The move cursor over an item that can be dragged, checked at most once a frame. */
  const showHover = (p: Point) => {
    if (hoverFrame) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      const tool = session().tool;
      const hit = tool === 'select' && !spaceDown ? itemAt(runtime, p) : undefined;
      host.classList.toggle('over-item', hit !== undefined && !hit.locked);
    });
  };

  const endTouch = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    if (touches.size < 2) pinch = null;
  };
  const onPointerUp = (e: PointerEvent) => {
    const wasPinch = pinch !== null;
    endTouch(e);
    if (wasPinch) return;
    if (gesture && e.pointerId === pointerId) endGesture('up', e);
  };
  const onPointerCancel = (e: PointerEvent) => {
    endTouch(e);
    if (gesture && e.pointerId === pointerId) endGesture('cancel');
  };
  const onPointerLeave = () => {
    // With the context menu open, its entries (new note, paste) act where it was opened.
    if (!gesture && !session().contextMenu) runtime.pointer = null;
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const camera = runtime.camera();
    if (e.ctrlKey || e.metaKey) {
      // Ctrl + wheel, and a trackpad pinch (Chromium reports it as Ctrl + wheel): zoom about the pointer.
      runtime.setCamera(zoomAt(camera, screenOf(e), camera.zoom * wheelZoomFactor(e.deltaY, e.deltaMode)));
      return;
    }
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? runtime.size().height : 1;
    let dx = -e.deltaX * unit;
    let dy = -e.deltaY * unit;
    if (e.shiftKey && e.deltaX === 0) {
      dx = dy;
      dy = 0;
    }
    runtime.setCamera(panBy(camera, dx, dy));
  };

  const onDoubleClick = (e: MouseEvent) => {
    // The press before a double-click captured the pointer on the host, so Chromium delivers the
    // click and dblclick to the host itself rather than to the stage's canvas: both count.
    if (!(onStage(e) || e.target === host) || session().tool !== 'select') return;
    const p = boardOf(screenOf(e));
    const hit = itemAt(runtime, p);
    if (hit) {
      const extension = runtime.extension();
      if (extension.onItemDoubleClick && extension.itemRenderers?.[hit.type] && extension.onItemDoubleClick({ runtime, board: runtime.board(), item: hit, point: p })) return;
      if (isEditableOnCanvas(hit) && !hit.locked) {
        setSelection([hit.id]);
        setEditing(hit.id);
      }
      return;
    }
    // A double-click on empty board puts a note there, ready for typing.
    insertNoteAt(runtime, p);
  };

  const onContextMenu = (e: MouseEvent) => {
    if (!onStage(e)) return;
    e.preventDefault();
    runtime.pointer = boardOf(screenOf(e));
    const hit = itemAt(runtime, runtime.pointer);
    if (hit && !session().selection.includes(hit.id)) selectWithGroups(runtime, [hit.id]);
    if (!hit) clearSelection();
    openContextMenu({ x: e.clientX, y: e.clientY });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && gesture) {
      e.preventDefault();
      e.stopImmediatePropagation();
      endGesture('cancel');
      return;
    }
    if (e.key === ' ' && !e.repeat && !isTextField(e.target) && canvasHasKeyboard() && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      spaceDown = true;
      host.classList.add('space-pan');
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === ' ') {
      spaceDown = false;
      host.classList.remove('space-pan');
    }
  };
  const onBlur = () => {
    spaceDown = false;
    host.classList.remove('space-pan');
    if (gesture) endGesture('cancel');
  };

  host.addEventListener('pointerdown', onPointerDown);
  host.addEventListener('pointermove', onPointerMove);
  host.addEventListener('pointerup', onPointerUp);
  host.addEventListener('pointercancel', onPointerCancel);
  host.addEventListener('pointerleave', onPointerLeave);
  host.addEventListener('wheel', onWheel, { passive: false });
  host.addEventListener('dblclick', onDoubleClick);
  host.addEventListener('contextmenu', onContextMenu);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('blur', onBlur);
  const untrackPresses = trackPresses();
  return () => {
    untrackPresses();
    if (gesture) endGesture('cancel');
    cancelAnimationFrame(hoverFrame);
    host.removeEventListener('pointerdown', onPointerDown);
    host.removeEventListener('pointermove', onPointerMove);
    host.removeEventListener('pointerup', onPointerUp);
    host.removeEventListener('pointercancel', onPointerCancel);
    host.removeEventListener('pointerleave', onPointerLeave);
    host.removeEventListener('wheel', onWheel);
    host.removeEventListener('dblclick', onDoubleClick);
    host.removeEventListener('contextmenu', onContextMenu);
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('keyup', onKeyUp, true);
    window.removeEventListener('blur', onBlur);
  };
}

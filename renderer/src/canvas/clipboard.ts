import { notesFromPlainText, parseClipboard, plainTextOf, serializeItems, itemsToCopy } from '../../../shared/items/clipboard.ts';
import { itemBounds, rectCenter, rectsIntersect, unionBounds, type Point } from '../../../shared/items/geometry.ts';
import { clearPasteOffset } from '../../../shared/items/pasteOffset.ts';
import { newItemId, type ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { deleteItems, pasteItems } from '../../../shared/ops/itemOps.ts';
import { isTextField } from '../commands/shortcuts.ts';
import { notify } from '../state/appStore.ts';
import { activeCanvas, canvasHasKeyboard, type CanvasRuntime } from './activeCanvas.ts';
import { itemsById, run, selectedIds, topZ, viewCentre } from './actions.ts';
import { visibleRect } from './camera.ts';
import { createItemsWithParents } from './canvasOps.ts';
import { importImageFiles } from './imageImport.ts';
import { clearSelection, session, setSelection } from './sessionStore.ts';

/**
 * Copy, cut and paste through the system clipboard, so items travel between boards, workshops
 * and windows, and text travels to and from Word, e-mail and chat.
 *
 * The work happens in the DOM's copy/cut/paste events: they fire for the keyboard, for the
 * desktop app's Edit menu (Electron's roles) and for `execCommand('copy')`, and they need no
 * clipboard permission (the desktop app grants none). Each copy writes text/plain (the items'
 * text in reading order) and the Samkart JSON in its own type. A paste takes the Samkart items if
 * present, else image files, else plain text as one note per line.
 */

/** The clipboard type of Samkart items; Chromium keeps custom types between its windows and apps. */
export const samkartMime = 'application/x-samkart+json';

/** The last copy made in this window, for a paste from the context menu where the clipboard can't be read. */
let lastCopy: { plain: string; json: string } | null = null;
let pasteCount = 0;

function payloadOf(runtime: CanvasRuntime): { plain: string; json: string } | null {
  const ids = selectedIds(runtime);
  if (ids.length === 0) return null;
  const items = itemsById(runtime);
  return { plain: plainTextOf(itemsToCopy(ids, items)), json: serializeItems(ids, items) };
}

function writeTo(data: DataTransfer, payload: { plain: string; json: string }): void {
  data.setData('text/plain', payload.plain);
  data.setData(samkartMime, payload.json);
  lastCopy = payload;
  pasteCount = 0;
}

/** Where pasted things go: under the pointer when it is over the board, else the middle of the view. */
function pasteTarget(runtime: CanvasRuntime): Point {
  const pointer = runtime.pointer;
  if (pointer && rectsIntersect({ ...pointer, w: 0, h: 0 }, visibleRect(runtime.camera(), runtime.size()))) return pointer;
  return viewCentre(runtime);
}

/** Pastes Samkart items: next to the originals when they are in view (each paste a step further), else at the target. */
export function pasteSamkartItems(runtime: CanvasRuntime, items: Item[]): void {
  const lookup = (id: ItemId) => items.find((i) => i.id === id);
  const bounds = unionBounds(items.map((item) => itemBounds(item, lookup)));
  if (!bounds) return;
  const view = visibleRect(runtime.camera(), runtime.size());
  const fromHere = items.every((item) => item.boardId === runtime.boardId) && rectsIntersect(bounds, view);
  pasteCount += 1;
  let offset: Point;
  if (fromHere && !runtime.pointer) offset = { x: 24 * pasteCount, y: 24 * pasteCount };
  else {
    const target = pasteTarget(runtime);
    const c = rectCenter(bounds);
    offset = { x: target.x - c.x, y: target.y - c.y };
  }
  // Never exactly on top of what is there (the original under the pointer, an earlier paste).
  const boxes = (list: Item[]) => list.filter((i) => i.type !== 'connector').map((i) => ({ x: i.x, y: i.y, w: i.w, h: i.h }));
  offset = clearPasteOffset(boxes(items), boxes(Object.values(itemsById(runtime))), offset);
  const newIds = items.map(() => newItemId());
  if (run(runtime, pasteItems, { boardId: runtime.boardId, items, offset, newIds })) {
    // Select what was picked, not the frame contents and arrows that came along.
    const carried = new Set(items.filter((i) => i.parentId && items.some((o) => o.id === i.parentId)).map((i) => i.id));
    setSelection(newIds.filter((_, i) => !carried.has(items[i]!.id)));
  }
}

/** One note per line of pasted text, laid out in a grid centred where the paste goes. */
export function pastePlainText(runtime: CanvasRuntime, text: string): void {
  const target = pasteTarget(runtime);
  const notes = notesFromPlainText(text, runtime.boardId, { x: 0, y: 0 }, { color: session().noteColour });
  if (notes.length === 0) return;
  const bounds = unionBounds(notes.map((n) => itemBounds(n)))!;
  const dx = target.x - (bounds.x + bounds.w / 2);
  const dy = target.y - (bounds.y + bounds.h / 2);
  const z = topZ(runtime);
  const placed = notes.map((n, i) => ({ ...n, x: n.x + dx, y: n.y + dy, z: z + 1 + i }));
  if (run(runtime, createItemsWithParents, { items: placed, parents: [] })) setSelection(placed.map((n) => n.id));
}

function pasteFrom(runtime: CanvasRuntime, { json, plain, files }: { json?: string; plain?: string; files?: File[] }): boolean {
  const items = json ? parseClipboard(json) : null;
  if (items && items.length > 0) {
    pasteSamkartItems(runtime, items);
    return true;
  }
  const images = (files ?? []).filter((f) => f.type.startsWith('image/'));
  if (images.length > 0) {
    void importImageFiles(runtime, images, pasteTarget(runtime));
    return true;
  }
  if (plain && plain.trim() !== '') {
    // Our own plain text pasted back in this window: it was items, paste them as items.
    const own = lastCopy && plain === lastCopy.plain ? parseClipboard(lastCopy.json) : null;
    if (own && own.length > 0) pasteSamkartItems(runtime, own);
    else pastePlainText(runtime, plain);
    return true;
  }
  return false;
}

/** Set while a command runs `execCommand('copy')`, so the event is ours wherever the focus is. */
let commandCopy = false;

function shouldHandle(event: ClipboardEvent): CanvasRuntime | null {
  if (commandCopy) return activeCanvas();
  if (isTextField(event.target) || isTextField(document.activeElement)) return null;
  if (!canvasHasKeyboard()) return null;
  const runtime = activeCanvas();
  if (!runtime || session().editingId) return null;
  return runtime;
}

function onCopy(event: ClipboardEvent): void {
  const runtime = shouldHandle(event);
  if (!runtime || !event.clipboardData) return;
  const payload = payloadOf(runtime);
  if (!payload) return;
  event.preventDefault();
  writeTo(event.clipboardData, payload);
}

function onCut(event: ClipboardEvent): void {
  const runtime = shouldHandle(event);
  if (!runtime || !event.clipboardData) return;
  const payload = payloadOf(runtime);
  if (!payload) return;
  event.preventDefault();
  writeTo(event.clipboardData, payload);
  const ids = selectedIds(runtime);
  if (run(runtime, deleteItems, { ids })) clearSelection();
}

function onPaste(event: ClipboardEvent): void {
  const runtime = shouldHandle(event);
  if (!runtime || !event.clipboardData) return;
  const data = event.clipboardData;
  const handled = pasteFrom(runtime, { json: data.getData(samkartMime), plain: data.getData('text/plain'), files: [...data.files] });
  if (handled) event.preventDefault();
}

let installed = 0;

/** Listens for the DOM clipboard events while a canvas is mounted. */
export function installClipboard(): () => void {
  if (installed++ === 0) {
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
  }
  return () => {
    if (--installed === 0) {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    }
  };
}

/**
 * Copy and cut for the command registry (context menu, toolbar): the browser runs the same copy
 * event as the keyboard does. Should it refuse, the text is written with the async API.
 */
export function copyCommand(cut: boolean): void {
  const runtime = activeCanvas();
  if (!runtime) return;
  const payload = payloadOf(runtime);
  if (!payload) return;
  commandCopy = true;
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } finally {
    commandCopy = false;
  }
  if (!ok) {
    lastCopy = payload;
    void navigator.clipboard?.writeText(payload.plain).catch(() => undefined);
  }
  if (cut) {
    const ids = selectedIds(runtime);
    if (run(runtime, deleteItems, { ids })) clearSelection();
  }
}

/**
 * Paste for the command registry: the context menu has no paste event, so the clipboard is read
 * with the async API where allowed (the browser may ask), else the last copy made in this window.
 */
export async function pasteCommand(): Promise<void> {
  const runtime = activeCanvas();
  if (!runtime) return;
  try {
    const entries = await navigator.clipboard.read();
    let plain = '';
    const files: File[] = [];
    for (const entry of entries) {
      if (entry.types.includes('text/plain')) plain = await (await entry.getType('text/plain')).text();
      const imageType = entry.types.find((t) => t.startsWith('image/'));
      if (imageType) files.push(new File([await entry.getType(imageType)], 'image', { type: imageType }));
    }
    if (pasteFrom(runtime, { plain, files })) return;
  } catch {
    // No permission to read (the desktop app grants none): fall back to this window's last copy.
  }
  if (lastCopy) {
    pasteFrom(runtime, { json: lastCopy.json });
    return;
  }
  notify('info', 'canvas.pasteWithKeyboard');
}

/**
 * The keyboard's Ctrl+C/X/V must reach the browser so it fires the clipboard events (a command
 * that called preventDefault would stop them). This listener runs first and lets them through
 * when the board has the keyboard; the commands still list the shortcuts for the overlay.
 */
export function installClipboardKeys(): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    const mod = navigator.platform.includes('Mac') ? e.metaKey : e.ctrlKey;
    if (!mod || e.altKey || e.shiftKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'c' && key !== 'x' && key !== 'v') return;
    if (isTextField(e.target) || !canvasHasKeyboard() || !activeCanvas()) return;
    e.stopImmediatePropagation();
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}

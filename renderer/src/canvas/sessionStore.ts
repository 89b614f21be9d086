import { create } from 'zustand';
import type { PaletteKey } from '../../../shared/items/palette.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import { sameCamera, type Camera } from './camera.ts';

/**
 * The canvas's session data: what is selected, which tool is active, the camera of each board,
 * what is being edited. None of it is document data: it is never saved in the workshop file and
 * never undone. The cameras also live in sessionStorage so a reload of the browser host keeps them.
 */

export const tools = ['select', 'hand', 'note', 'text', 'rect', 'ellipse', 'diamond', 'connector', 'frame'] as const;
/** The canvas's tools, and a board kind's own as `kind:<id>` (see extensionContext.ts). */
export type Tool = (typeof tools)[number] | `kind:${string}`;

export interface ContextMenuState {
  /** Where it opens, in client (window) pixels. */
  x: number;
  y: number;
}

export interface CanvasSession {
  boardId: BoardId | null;
  tool: Tool;
  /** Selected items in the order they were picked (the first is the "from" of Connect). */
  selection: readonly ItemId[];
  editingId: ItemId | null;
  cameras: Readonly<Record<string, Camera>>;
  /** An item search jumped to; drawn with a strong outline for a moment. */
  highlight: ItemId | null;
  searchOpen: boolean;
  /** The search text, kept when a result on another board switches boards. */
  searchQuery: string;
  /** An item to jump to once its board is shown (a search result on another board). */
  pendingJump: ItemId | null;
  contextMenu: ContextMenuState | null;
  /** The colour the next note gets: the last one picked, so a round of "green for strengths" is quick. */
  noteColour: PaletteKey;
}

const cameraStorageKey = 'samkart.canvas.cameras';

function loadCameras(): Record<string, Camera> {
  try {
    const raw = globalThis.sessionStorage?.getItem(cameraStorageKey);
    if (!raw) return {};
    const parsed = JSON.parse(raw) as Record<string, Camera>;
    const out: Record<string, Camera> = {};
    for (const [id, c] of Object.entries(parsed)) {
      if (c && Number.isFinite(c.x) && Number.isFinite(c.y) && Number.isFinite(c.zoom) && c.zoom > 0) out[id] = { x: c.x, y: c.y, zoom: c.zoom };
    }
    return out;
  } catch {
    return {};
  }
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let camerasToSave: Record<string, Camera> = {};
/** At most one write every 300 ms, of the latest cameras (no timer is reset on every frame of a pan). */
function saveCamerasSoon(cameras: Record<string, Camera>): void {
  camerasToSave = cameras;
  if (saveTimer !== undefined) return;
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    try {
      globalThis.sessionStorage?.setItem(cameraStorageKey, JSON.stringify(camerasToSave));
    } catch {
      // Storage full or disabled: the camera is remembered in memory for this session anyway.
    }
  }, 300);
}

export const useCanvasSession = create<CanvasSession>(() => ({
  boardId: null,
  tool: 'select',
  selection: [],
  editingId: null,
  cameras: loadCameras(),
  highlight: null,
  searchOpen: false,
  searchQuery: '',
  pendingJump: null,
  contextMenu: null,
  noteColour: 'yellow',
}));

const set = useCanvasSession.setState;
const get = useCanvasSession.getState;

export function session(): CanvasSession {
  return get();
}

/** A board became the one shown: its selection starts empty. */
export function enterBoard(boardId: BoardId | null): void {
  if (get().boardId === boardId) return;
  set({ boardId, selection: [], editingId: null, contextMenu: null, highlight: null });
}

export function setTool(tool: Tool): void {
  set({ tool, contextMenu: null });
}

export function setSelection(ids: readonly ItemId[]): void {
  const current = get().selection;
  if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
  set({ selection: [...ids] });
}

export function clearSelection(): void {
  if (get().selection.length > 0) set({ selection: [] });
}

export function setEditing(id: ItemId | null): void {
  if (get().editingId !== id) set({ editingId: id });
}

/**
 * The camera of each board. It changes on every frame of a pan, so whatever subscribes to this
 * store must select little and cheaply (the item list's rows don't subscribe at all).
 */
export function cameraOf(boardId: BoardId): Camera | undefined {
  return get().cameras[boardId];
}

export function setCamera(boardId: BoardId, camera: Camera): void {
  const current = get().cameras[boardId];
  if (current && sameCamera(current, camera)) return;
  const cameras = { ...get().cameras, [boardId]: camera };
  set({ cameras });
  saveCamerasSoon(cameras);
}

/** One board's camera, for the few components that follow it. */
export function useCamera(boardId: BoardId): Camera | undefined {
  return useCanvasSession((s) => s.cameras[boardId]);
}

let highlightTimer: ReturnType<typeof setTimeout> | undefined;
/** Draws attention to an item for a few seconds (after a search jump). */
export function flashHighlight(id: ItemId, ms = 2500): void {
  clearTimeout(highlightTimer);
  set({ highlight: id });
  highlightTimer = setTimeout(() => set({ highlight: null }), ms);
}

export function setSearchOpen(open: boolean): void {
  set({ searchOpen: open });
}

export function setSearchQuery(query: string): void {
  set({ searchQuery: query });
}

export function setPendingJump(id: ItemId | null): void {
  set({ pendingJump: id });
}

export function openContextMenu(menu: ContextMenuState | null): void {
  set({ contextMenu: menu });
}

export function setNoteColour(colour: PaletteKey): void {
  set({ noteColour: colour });
}

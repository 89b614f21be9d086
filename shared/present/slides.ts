import { boardsInOrder, type WorkshopDoc } from '../model/document.ts';
import type { BoardId, ItemId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';
import { itemBounds, unionBounds, type Rect } from '../items/geometry.ts';

/**
 * What a presentation steps through: every board in the workshop's order, and after each board
 * its frames in reading order (rows top to bottom, left to right within a row), so a prepared
 * board with frames "1 Forberede", "2 Planlegge", ... is walked like slides with a clicker.
 */
export interface Slide {
  boardId: BoardId;
  /** null: the whole board. */
  frameId: ItemId | null;
}

export function sameSlide(a: Slide | null, b: Slide | null): boolean {
  return a === b || (a !== null && b !== null && a.boardId === b.boardId && a.frameId === b.frameId);
}

/**
 * A board's frames in reading order. A frame whose top lies above the middle of the first frame
 * of the current row belongs to that row (frames drawn "roughly side by side" are a row); rows
 * read top to bottom, frames within a row left to right.
 */
export function framesInReadingOrder(frames: readonly Item[]): Item[] {
  const byTop = [...frames].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  const rows: Item[][] = [];
  let rowMiddle = -Infinity;
  for (const frame of byTop) {
    const row = rows.at(-1);
    if (row && frame.y < rowMiddle) {
      row.push(frame);
    } else {
      rows.push([frame]);
      rowMiddle = frame.y + frame.h / 2;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1)));
}

/** Every slide of the workshop in order. */
export function slidesOf(doc: WorkshopDoc): Slide[] {
  const framesByBoard = new Map<string, Item[]>();
  for (const item of Object.values(doc.items)) {
    if (item.type !== 'frame') continue;
    const list = framesByBoard.get(item.boardId);
    if (list) list.push(item);
    else framesByBoard.set(item.boardId, [item]);
  }
  const slides: Slide[] = [];
  for (const board of boardsInOrder(doc)) {
    slides.push({ boardId: board.id, frameId: null });
    for (const frame of framesInReadingOrder(framesByBoard.get(board.id) ?? [])) slides.push({ boardId: board.id, frameId: frame.id });
  }
  return slides;
}

/**
 * Where a slide is in the list. A slide that no longer exists (its frame was deleted while
 * presenting) counts as its board; a board that is gone as -1.
 */
export function slideIndex(slides: readonly Slide[], slide: Slide | null): number {
  if (!slide) return -1;
  const exact = slides.findIndex((s) => sameSlide(s, slide));
  if (exact >= 0) return exact;
  return slides.findIndex((s) => s.boardId === slide.boardId && s.frameId === null);
}

/**
 * The slide `delta` steps away, stopping at the first and the last (a clicker pressed once too
 * often must not wrap round to the start in front of the room). From nowhere, it starts at the
 * first slide. Null only when there are no slides at all.
 */
export function stepSlide(slides: readonly Slide[], current: Slide | null, delta: number): Slide | null {
  if (slides.length === 0) return null;
  const index = slideIndex(slides, current);
  if (index < 0) return slides[0]!;
  const next = Math.min(slides.length - 1, Math.max(0, index + delta));
  return slides[next]!;
}

export function firstSlide(slides: readonly Slide[]): Slide | null {
  return slides[0] ?? null;
}

export function lastSlide(slides: readonly Slide[]): Slide | null {
  return slides.at(-1) ?? null;
}

/** The slide a presentation starts on when the facilitator presses F5 on a board. */
export function slideForBoard(slides: readonly Slide[], boardId: BoardId | null): Slide | null {
  return slides.find((s) => s.boardId === boardId && s.frameId === null) ?? firstSlide(slides);
}

/** The part of the board a slide shows: the frame, or everything on the board; null for an empty board. */
export function slideBounds(doc: WorkshopDoc, slide: Slide): Rect | null {
  if (slide.frameId) {
    const frame = doc.items[slide.frameId];
    if (frame && frame.boardId === slide.boardId) return { x: frame.x, y: frame.y, w: frame.w, h: frame.h };
  }
  const lookup = (id: ItemId) => doc.items[id];
  const rects: Rect[] = [];
  for (const item of Object.values(doc.items)) if (item.boardId === slide.boardId) rects.push(itemBounds(item, lookup));
  return unionBounds(rects);
}

/** What a slide is called: the board's name, and the frame's title (or its number) for a frame. */
export interface SlideTitle {
  boardName: string;
  /** The frame's title; '' for the whole board or an untitled frame. */
  frameTitle: string;
  /** 1-based position of the frame on its board; 0 for the whole board. */
  frameNumber: number;
}

export function slideTitle(doc: WorkshopDoc, slides: readonly Slide[], slide: Slide): SlideTitle {
  const boardName = doc.boards[slide.boardId]?.name ?? '';
  if (!slide.frameId) return { boardName, frameTitle: '', frameNumber: 0 };
  const frame = doc.items[slide.frameId];
  const title = frame && typeof frame.props['title'] === 'string' ? frame.props['title'].trim() : '';
  const frameNumber = slides.filter((s) => s.boardId === slide.boardId && s.frameId !== null).findIndex((s) => s.frameId === slide.frameId) + 1;
  return { boardName, frameTitle: title, frameNumber };
}

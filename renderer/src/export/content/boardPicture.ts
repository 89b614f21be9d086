import type { Rect } from '../../../../shared/items/geometry.ts';
import type { Board } from '../../../../shared/model/records.ts';

/**
 * A board (or a part of it, a frame) as a picture for an Office file: a PNG for every program,
 * the SVG too where the file takes it (Word shows the SVG, with the PNG as its fallback).
 */
export interface BoardPicture {
  png: Uint8Array;
  /** The PNG's size in pixels; its aspect is the board's. */
  width: number;
  height: number;
  svg?: string;
  /** The words on the picture, for its text alternative. */
  words: string;
}

/**
 * Where the pictures come from: in the app, the board mounted off screen and drawn by the canvas
 * code (content/stagePictures.ts); `areas` are the parts wanted (null: the whole board), so a
 * board with frames is mounted once for all its slides.
 */
export type PictureSource = (board: Board, areas: readonly (Rect | null)[], options: { svg: boolean }) => Promise<BoardPicture[]>;

/** Fits a picture inside a box, keeping its aspect. */
export function fitInside(width: number, height: number, box: { w: number; h: number }): { w: number; h: number } {
  const scale = Math.min(box.w / Math.max(1, width), box.h / Math.max(1, height));
  return { w: width * scale, h: height * scale };
}

import type { Rect } from '../../../../shared/items/geometry.ts';
import type { Matrix } from './matrix.ts';

/**
 * A board as vector drawing primitives: what the canvas drew, recorded call by call from its 2D
 * context (see recordingContext.ts), in board units. The SVG writer and the PDF writer both read
 * this one form, so the two files show the same picture and neither knows Konva.
 *
 * Geometry of paths is already transformed into board units (the canvas transforms a path's
 * points when they are added, not when it is filled); text and images keep the transform they
 * were drawn under, so a rotated note's text stays one rotated line of real text.
 */

/** A path in board units: moves, lines, cubic curves and closes (arcs are already curves). */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

/** An opaque colour and how opaque it is painted (colour alpha × global alpha). */
export interface Paint {
  /** `#rrggbb`. */
  colour: string;
  /** 0..1. */
  alpha: number;
}

export interface StrokeStyle extends Paint {
  /** In board units (the line width times the scale it was drawn under). */
  width: number;
  dash: readonly number[];
  dashOffset: number;
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
  miterLimit: number;
}

/** A drop shadow, in board units; the PDF draws it without blur, the SVG with. */
export interface Shadow extends Paint {
  blur: number;
  dx: number;
  dy: number;
}

/**
 * A clipping region: its path intersected with its parent's. Shapes drawn under the same clip
 * share the object, so writers can group them.
 */
export interface Clip {
  id: number;
  path: readonly PathCommand[];
  parent: Clip | null;
}

export interface FontSpec {
  /** The CSS font-family list as the canvas had it. */
  family: string;
  size: number;
  weight: number;
  italic: boolean;
}

export interface PathShape {
  kind: 'path';
  path: readonly PathCommand[];
  fill: (Paint & { rule: 'nonzero' | 'evenodd' }) | null;
  stroke: StrokeStyle | null;
  shadow: Shadow | null;
  clip: Clip | null;
}

export interface TextShape {
  kind: 'text';
  text: string;
  /** The transform from the text's own units to board units. */
  matrix: Matrix;
  /** The anchor point, on the alphabetic baseline, in the text's own units. */
  x: number;
  y: number;
  /** Where the anchor is along the line (already resolved from start/end and the direction). */
  align: 'left' | 'center' | 'right';
  direction: 'ltr' | 'rtl';
  font: FontSpec;
  fill: Paint;
  /** The width the browser measured, in the text's own units (before any squeeze). */
  width: number;
  /** Height above and below the baseline, for bounds. */
  ascent: number;
  descent: number;
  /** Below 1 when the canvas squeezed the line to a maximum width. */
  squeeze: number;
  shadow: Shadow | null;
  clip: Clip | null;
}

export interface ImageShape {
  kind: 'image';
  /** A PNG or JPEG data URL. */
  src: string;
  matrix: Matrix;
  /** Where the picture goes, in its own units. */
  x: number;
  y: number;
  w: number;
  h: number;
  alpha: number;
  clip: Clip | null;
}

export type Shape = PathShape | TextShape | ImageShape;

export interface Drawing {
  shapes: Shape[];
  /** The box around everything drawn, in board units; null when nothing was. */
  bounds: Rect | null;
}

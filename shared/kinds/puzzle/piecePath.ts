import type { Point, Rect } from '../../items/geometry.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { EdgeKind, PieceEdges, Side } from './edges.ts';

/**
 * The outline of a jigsaw piece as a path of straight lines and cubic Bézier curves, in the piece's
 * own coordinates (its box is 0..w × 0..h; tabs reach outside it, blanks cut into it). Pure data, so
 * the canvas draws it with `bezierCurveTo`, an SVG export writes it as a `d` attribute, and tests
 * check that neighbours interlock without drawing anything.
 */

export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; c1: Point; c2: Point; x: number; y: number }
  | { op: 'Z' };

/** One edge from its start corner to its end corner, clockwise around the piece. */
export interface EdgePath {
  start: Point;
  /** Straight (one 'L') for a flat edge; three curves for a tab or a blank. */
  segments: Exclude<PathCommand, { op: 'M' } | { op: 'Z' }>[];
}

/**
 * The size unit of the knob. Tied to the piece's shorter side so the knobs on the long and the
 * short edges are the same size, and a neighbour's blank is exactly as big as this piece's tab.
 */
export function knobUnit(w: number, h: number): number {
  return 0.1 * Math.min(w, h);
}

/** How far a tab reaches out of the box, and so how far a blank cuts into it. */
export function knobDepth(w: number, h: number): number {
  return 2.5 * knobUnit(w, h);
}

/** Each side's start corner, direction along the edge and outward normal (clockwise, y pointing down). */
function frame(side: Side, w: number, h: number): { start: Point; length: number; along: Point; out: Point } {
  switch (side) {
    case 'top':
      return { start: { x: 0, y: 0 }, length: w, along: { x: 1, y: 0 }, out: { x: 0, y: -1 } };
    case 'right':
      return { start: { x: w, y: 0 }, length: h, along: { x: 0, y: 1 }, out: { x: 1, y: 0 } };
    case 'bottom':
      return { start: { x: w, y: h }, length: w, along: { x: -1, y: 0 }, out: { x: 0, y: 1 } };
    case 'left':
      return { start: { x: 0, y: h }, length: h, along: { x: 0, y: -1 }, out: { x: -1, y: 0 } };
    default:
      return assertNever(side, 'side');
  }
}

/**
 * The knob profile in (along, out) pairs, in knob units, relative to the edge's middle: the classic
 * shoulder, neck and round head. It is symmetric about the middle, which is what makes a tab
 * traversed one way the very same curve as the neighbour's blank traversed the other way.
 */
const profile = {
  shoulderIn: [-3, 0],
  dip: [0, -1],
  neckStart: [-1, 1],
  headStart: [-2, 3],
  headEnd: [2, 3],
  neckEnd: [1, 1],
  dipOut: [0, -1],
  shoulderOut: [3, 0],
} as const;

/** The path of one edge of a `w × h` piece. */
export function edgePath(side: Side, kind: EdgeKind, w: number, h: number): EdgePath {
  const f = frame(side, w, h);
  const end = { x: f.start.x + f.along.x * f.length, y: f.start.y + f.along.y * f.length };
  if (kind === 'flat') return { start: f.start, segments: [{ op: 'L', x: end.x, y: end.y }] };
  const unit = knobUnit(w, h);
  const sign = kind === 'tab' ? 1 : -1;
  const mid = f.length / 2;
  const at = ([a, o]: readonly [number, number]): Point => {
    const along = mid + a * unit;
    const out = sign * o * unit;
    return { x: f.start.x + f.along.x * along + f.out.x * out, y: f.start.y + f.along.y * along + f.out.y * out };
  };
  const neckStart = at(profile.neckStart);
  const neckEnd = at(profile.neckEnd);
  return {
    start: f.start,
    segments: [
      { op: 'C', c1: at(profile.shoulderIn), c2: at(profile.dip), x: neckStart.x, y: neckStart.y },
      { op: 'C', c1: at(profile.headStart), c2: at(profile.headEnd), x: neckEnd.x, y: neckEnd.y },
      { op: 'C', c1: at(profile.dipOut), c2: at(profile.shoulderOut), x: end.x, y: end.y },
    ],
  };
}

/** The closed outline of a `w × h` piece with the given edges, clockwise from the top-left corner. */
export function piecePath(w: number, h: number, edges: PieceEdges): PathCommand[] {
  const commands: PathCommand[] = [{ op: 'M', x: 0, y: 0 }];
  for (const side of ['top', 'right', 'bottom', 'left'] as const) commands.push(...edgePath(side, edges[side], w, h).segments);
  commands.push({ op: 'Z' });
  return commands;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The outline as an SVG path `d` attribute (for SVG export and tests). */
export function pathToSvg(commands: readonly PathCommand[], dx = 0, dy = 0): string {
  return commands
    .map((c) => {
      switch (c.op) {
        case 'M':
        case 'L':
          return `${c.op}${num(c.x + dx)} ${num(c.y + dy)}`;
        case 'C':
          return `C${num(c.c1.x + dx)} ${num(c.c1.y + dy)} ${num(c.c2.x + dx)} ${num(c.c2.y + dy)} ${num(c.x + dx)} ${num(c.y + dy)}`;
        case 'Z':
          return 'Z';
        default:
          return assertNever(c, 'path command');
      }
    })
    .join(' ');
}

/** A point on a cubic Bézier at parameter t (0..1). */
export function bezierPoint(p0: Point, c1: Point, c2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y };
}

/**
 * The inner box of a piece that no blank cuts into: where its label may go. A blank takes its
 * depth off that side; `padding` keeps the text off the outline.
 */
export function pieceTextBox(w: number, h: number, edges: PieceEdges, padding: number): Rect {
  const depth = knobDepth(w, h);
  // A tab's shoulders dip a little into the piece too (about a third of a knob unit).
  const dip = 0.35 * knobUnit(w, h);
  const inset = (kind: EdgeKind) => padding + (kind === 'blank' ? depth : kind === 'tab' ? dip : 0);
  const left = inset(edges.left);
  const top = inset(edges.top);
  const right = inset(edges.right);
  const bottom = inset(edges.bottom);
  return { x: left, y: top, w: Math.max(1, w - left - right), h: Math.max(1, h - top - bottom) };
}

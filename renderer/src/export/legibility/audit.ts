import type { Rect } from '../../../../shared/items/geometry.ts';
import type { Drawing, PathCommand, PathShape, TextShape } from '../drawing/drawing.ts';
import { lengthScale, transformRect } from '../drawing/matrix.ts';

/**
 * The legibility audit (issue 15): what a board's picture looks like from the back of the room,
 * measured on the one recording every export draws from (drawing/recordingContext.ts). Given the
 * scale at which the board is shown (projector pixels or print points per board unit), it reports
 * the smallest text per role, how many texts are cut short, how many text boxes overlap, and how
 * many lines run through a chip, a box or a text. Pure: it reads a Drawing and nothing else, so the
 * same numbers come out in the browser and in a unit test.
 */

/** How prominent a text is on its board, read from its size against the board's largest text. */
export type TextRole = 'primary' | 'secondary' | 'other';

export interface LegibilityFigures {
  /** Smallest text height (font size) per role, in the target's units; null when a role has none. */
  smallest: Record<TextRole, number | null>;
  median: number | null;
  texts: number;
  /** Texts below the target's floor. */
  belowFloor: number;
  /** Texts that end in an ellipsis or are an overflow counter ("+2"): user text cut short. */
  truncated: number;
  /** The first few texts cut short, as drawn, to see where. */
  cut: string[];
  overlaps: number;
  linesThrough: number;
  /** A few of the crossings found, to look at: the line's bounds and what it runs through. */
  crossings: { line: Rect; through: Rect; text: string | null }[];
}

interface TextBox {
  text: string;
  size: number;
  box: Rect;
}

/**
 * A role by size tier: the board's largest sizes are its titles and primary labels, then the
 * secondary labels, then everything else (axis ticks, footnotes, counts). Tiers are relative,
 * so the audit needs no knowledge of any kind; the absolute floors are the targets' business.
 */
export function roleOf(size: number, largest: number): TextRole {
  if (size >= largest * 0.7) return 'primary';
  if (size >= largest * 0.45) return 'secondary';
  return 'other';
}

function textBox(shape: TextShape): Rect {
  const w = shape.width * shape.squeeze;
  const left = shape.align === 'left' ? shape.x : shape.align === 'center' ? shape.x - w / 2 : shape.x - w;
  return transformRect(shape.matrix, { x: left, y: shape.y - shape.ascent, w, h: shape.ascent + shape.descent });
}

/** A box made smaller on every side (negative `by` grows it). */
function inset(r: Rect, dx: number, dy: number): Rect {
  return { x: r.x + dx, y: r.y + dy, w: Math.max(0, r.w - 2 * dx), h: Math.max(0, r.h - 2 * dy) };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
}

/** A cut-short text: "…" at its end (or alone), or an overflow counter such as "+2". */
export function isTruncated(text: string): boolean {
  const t = text.trim();
  return /…$/.test(t) || /^\+\d+$/.test(t);
}

/** A path as straight segments (curves by their chord through the control points). */
function segments(path: readonly PathCommand[]): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const c of path) {
    if (c.op === 'M') {
      x = sx = c.x;
      y = sy = c.y;
    } else if (c.op === 'L') {
      out.push([x, y, c.x, c.y]);
      x = c.x;
      y = c.y;
    } else if (c.op === 'C') {
      // Four samples of the cubic are close enough to say whether it crosses a box.
      let px = x;
      let py = y;
      for (let i = 1; i <= 4; i++) {
        const t = i / 4;
        const u = 1 - t;
        const qx = u * u * u * x + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x;
        const qy = u * u * u * y + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y;
        out.push([px, py, qx, qy]);
        px = qx;
        py = qy;
      }
      x = c.x;
      y = c.y;
    } else {
      out.push([x, y, sx, sy]);
      x = sx;
      y = sy;
    }
  }
  return out;
}

function pathBounds(path: readonly PathCommand[]): Rect | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of path) {
    if (c.op === 'Z') continue;
    xs.push(c.x);
    ys.push(c.y);
  }
  if (xs.length === 0) return null;
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Liang–Barsky: does the segment enter the rectangle? */
function segmentHits(s: [number, number, number, number], r: Rect): boolean {
  const [x0, y0, x1, y1] = s;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - r.x],
    [dx, r.x + r.w - x0],
    [-dy, y0 - r.y],
    [dy, r.y + r.h - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function endpoints(path: readonly PathCommand[]): { x: number; y: number }[] {
  const points = path.filter((c): c is Exclude<PathCommand, { op: 'Z' }> => c.op !== 'Z');
  return points.length > 0 ? [points[0]!, points[points.length - 1]!] : [];
}

/**
 * Audits one board drawing shown at `scale` target units per board unit, with `floor` the
 * smallest size a text may have there.
 */
export function auditDrawing(drawing: Drawing, scale: number, floor: number): LegibilityFigures {
  const texts: TextBox[] = drawing.shapes
    .filter((s): s is TextShape => s.kind === 'text' && s.text.trim() !== '')
    .map((s) => ({ text: s.text, size: s.font.size * lengthScale(s.matrix) * scale, box: textBox(s) }));
  const largest = Math.max(0, ...texts.map((t) => t.size));
  const smallest: Record<TextRole, number | null> = { primary: null, secondary: null, other: null };
  for (const t of texts) {
    const role = roleOf(t.size, largest);
    smallest[role] = smallest[role] === null ? t.size : Math.min(smallest[role], t.size);
  }
  const sizes = texts.map((t) => t.size).sort((a, b) => a - b);
  const median = sizes.length ? sizes[Math.floor(sizes.length / 2)]! : null;

  // Lines of one label sit close; a fifth of each box's height off top and bottom is leading, not overlap.
  const shrunk = texts.map((t) => inset(t.box, Math.min(2, t.box.w * 0.05), t.box.h * 0.2));
  let overlaps = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (!intersects(shrunk[i]!, shrunk[j]!)) continue;
      // A text drawn twice on itself (a halo under the text) is one text.
      const a = texts[i]!.box;
      const b = texts[j]!.box;
      if (texts[i]!.text === texts[j]!.text && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1) continue;
      overlaps++;
    }
  }

  // Chips and boxes: filled shapes holding one to three texts (a ring, lane or frame holds more).
  const filled = drawing.shapes.filter((s): s is PathShape => s.kind === 'path' && s.fill !== null && s.fill.alpha > 0.2);
  const chips: Rect[] = [];
  for (const shape of filled) {
    const b = pathBounds(shape.path);
    if (!b || b.w < 4 || b.h < 4) continue;
    const inside = texts.filter((t) => contains(b, t.box.x + t.box.w / 2, t.box.y + t.box.h / 2)).length;
    // A band ten times wider (or taller) than it is deep is a row or column header: grid lines cross it by design.
    if (inside >= 1 && inside <= 3 && b.w < b.h * 10 && b.h < b.w * 10) chips.push(b);
  }
  const obstacles: { box: Rect; text: string | null }[] = [...chips.map((c) => ({ box: inset(c, 3, 3), text: null })), ...shrunk.map((box, i) => ({ box, text: texts[i]!.text }))];
  const crossings: LegibilityFigures['crossings'] = [];
  // Lines: open stroked paths (relations, connectors, arrows, axes). A closed outline is a box's edge.
  const lines = drawing.shapes.filter((s): s is PathShape => s.kind === 'path' && s.fill === null && s.stroke !== null && s.stroke.alpha > 0.2 && !s.path.some((c) => c.op === 'Z'));
  let linesThrough = 0;
  for (const line of lines) {
    const segs = segments(line.path);
    const ends = endpoints(line.path);
    // A clipped line is a pattern inside a shape (a gap's hatching), not a line across the board.
    if (line.clip) continue;
    for (const o of obstacles) {
      // A line that starts or ends in a box belongs to it (a chip's relation, a station's arrow).
      if (ends.some((p) => contains(inset(o.box, -6, -6), p.x, p.y))) continue;
      if (!segs.some((s) => segmentHits(s, o.box))) continue;
      linesThrough++;
      if (crossings.length < 6) crossings.push({ line: pathBounds(line.path)!, through: o.box, text: o.text });
    }
  }

  return {
    smallest,
    median,
    texts: texts.length,
    belowFloor: texts.filter((t) => t.size < floor - 0.01).length,
    truncated: texts.filter((t) => isTruncated(t.text)).length,
    cut: texts.filter((t) => isTruncated(t.text)).slice(0, 6).map((t) => t.text),
    overlaps,
    linesThrough,
    crossings,
  };
}

/** Where a board is looked at, and the smallest text allowed there. */
export interface AuditTarget {
  id: '1920x1080' | '1280x720' | 'A4';
  /** px for a projector, pt for paper. */
  unit: 'px' | 'pt';
  floor: number;
}

/** The targets: nothing under 14 px at 1920×1080, the same scaled to 1280×720, 8 pt in print. */
export const auditTargets: readonly AuditTarget[] = [
  { id: '1920x1080', unit: 'px', floor: 14 },
  { id: '1280x720', unit: 'px', floor: (14 * 720) / 1080 },
  { id: 'A4', unit: 'pt', floor: 8 },
];

/** One board seen on one target (what `npm run legibility` prints a row of). */
export interface AuditRow extends LegibilityFigures {
  board: string;
  kind: string;
  target: AuditTarget['id'];
  unit: AuditTarget['unit'];
  floor: number;
  /** Target units per board unit. */
  scale: number;
}

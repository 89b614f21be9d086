import type { PathCommand } from './drawing.ts';
import { apply, type Matrix } from './matrix.ts';

/**
 * The canvas's current path, built the way the 2D context builds it: each point is transformed
 * by the transform in force when it is added (a Konva arrow head is traced under a rotation that
 * is gone by the time it is filled), and arcs become cubic Bézier curves, which SVG and PDF both
 * draw exactly (to well under a hundredth of a unit at board sizes).
 */
export class PathBuilder {
  private commands: PathCommand[] = [];
  /** The current point in board units, and the start of the current subpath. */
  private current: { x: number; y: number } | null = null;
  private start: { x: number; y: number } | null = null;

  get path(): readonly PathCommand[] {
    return this.commands;
  }

  get isEmpty(): boolean {
    return !this.commands.some((c) => c.op !== 'M');
  }

  /** The current point in board units, or null before the first point. */
  get currentPoint(): { x: number; y: number } | null {
    return this.current;
  }

  reset(): void {
    this.commands = [];
    this.current = null;
    this.start = null;
  }

  moveTo(m: Matrix, x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const p = apply(m, x, y);
    this.commands.push({ op: 'M', x: p.x, y: p.y });
    this.current = p;
    this.start = p;
  }

  lineTo(m: Matrix, x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (!this.current) return this.moveTo(m, x, y);
    const p = apply(m, x, y);
    this.commands.push({ op: 'L', x: p.x, y: p.y });
    this.current = p;
  }

  bezierCurveTo(m: Matrix, x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (![x1, y1, x2, y2, x, y].every(Number.isFinite)) return;
    if (!this.current) this.moveTo(m, x1, y1);
    const c1 = apply(m, x1, y1);
    const c2 = apply(m, x2, y2);
    const p = apply(m, x, y);
    this.commands.push({ op: 'C', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, x: p.x, y: p.y });
    this.current = p;
  }

  /** A quadratic curve is the cubic with its control points two thirds of the way to the control. */
  quadraticCurveTo(m: Matrix, inverse: Matrix | null, cx: number, cy: number, x: number, y: number): void {
    if (![cx, cy, x, y].every(Number.isFinite)) return;
    if (!this.current || !inverse) {
      this.moveTo(m, cx, cy);
      return this.lineTo(m, x, y);
    }
    const p0 = apply(inverse, this.current.x, this.current.y);
    this.bezierCurveTo(m, p0.x + (2 / 3) * (cx - p0.x), p0.y + (2 / 3) * (cy - p0.y), x + (2 / 3) * (cx - x), y + (2 / 3) * (cy - y), x, y);
  }

  closePath(): void {
    if (!this.current) return;
    this.commands.push({ op: 'Z' });
    this.current = this.start;
  }

  rect(m: Matrix, x: number, y: number, w: number, h: number): void {
    if (![x, y, w, h].every(Number.isFinite)) return;
    this.moveTo(m, x, y);
    this.lineTo(m, x + w, y);
    this.lineTo(m, x + w, y + h);
    this.lineTo(m, x, y + h);
    this.closePath();
    this.moveTo(m, x, y);
  }

  roundRect(m: Matrix, x: number, y: number, w: number, h: number, radii: number | readonly number[] = 0): void {
    const list = typeof radii === 'number' ? [radii] : radii.length > 0 ? radii : [0];
    const [tl, tr, br, bl] =
      list.length === 1 ? [list[0]!, list[0]!, list[0]!, list[0]!] : list.length === 2 ? [list[0]!, list[1]!, list[0]!, list[1]!] : list.length === 3 ? [list[0]!, list[1]!, list[2]!, list[1]!] : [list[0]!, list[1]!, list[2]!, list[3]!];
    const cap = (r: number) => Math.max(0, Math.min(r, Math.abs(w) / 2, Math.abs(h) / 2));
    const [a, b, c, d] = [cap(tl), cap(tr), cap(br), cap(bl)];
    this.moveTo(m, x + a, y);
    this.lineTo(m, x + w - b, y);
    this.arc(m, x + w - b, y + b, b, -Math.PI / 2, 0, false);
    this.lineTo(m, x + w, y + h - c);
    this.arc(m, x + w - c, y + h - c, c, 0, Math.PI / 2, false);
    this.lineTo(m, x + d, y + h);
    this.arc(m, x + d, y + h - d, d, Math.PI / 2, Math.PI, false);
    this.lineTo(m, x, y + a);
    this.arc(m, x + a, y + a, a, Math.PI, (3 * Math.PI) / 2, false);
    this.closePath();
    this.moveTo(m, x, y);
  }

  arc(m: Matrix, cx: number, cy: number, r: number, a0: number, a1: number, ccw = false): void {
    this.ellipse(m, cx, cy, r, r, 0, a0, a1, ccw);
  }

  ellipse(m: Matrix, cx: number, cy: number, rx: number, ry: number, rotationAngle: number, a0: number, a1: number, ccw = false): void {
    if (![cx, cy, rx, ry, rotationAngle, a0, a1].every(Number.isFinite) || rx < 0 || ry < 0) return;
    this.sweep(m, cx, cy, rx, ry, rotationAngle, a0, sweepOf(a0, a1, ccw));
  }

  /**
   * The canvas's arcTo: a straight line towards the corner (x1, y1), then a circular arc of radius
   * r tangent to both legs of the corner. `inverse` takes the current point back to user space,
   * where the corner's geometry is defined.
   */
  arcTo(m: Matrix, inverse: Matrix | null, x1: number, y1: number, x2: number, y2: number, r: number): void {
    if (![x1, y1, x2, y2, r].every(Number.isFinite)) return;
    if (!this.current || !inverse) return this.moveTo(m, x1, y1);
    const p0 = apply(inverse, this.current.x, this.current.y);
    const v1x = p0.x - x1;
    const v1y = p0.y - y1;
    const v2x = x2 - x1;
    const v2y = y2 - y1;
    const l1 = Math.hypot(v1x, v1y);
    const l2 = Math.hypot(v2x, v2y);
    const cross = v1x * v2y - v1y * v2x;
    if (r === 0 || l1 === 0 || l2 === 0 || Math.abs(cross) < 1e-9 * l1 * l2) return this.lineTo(m, x1, y1);
    const u1x = v1x / l1;
    const u1y = v1y / l1;
    const u2x = v2x / l2;
    const u2y = v2y / l2;
    const angle = Math.acos(Math.max(-1, Math.min(1, u1x * u2x + u1y * u2y)));
    const along = r / Math.tan(angle / 2);
    const t1 = { x: x1 + u1x * along, y: y1 + u1y * along };
    const t2 = { x: x1 + u2x * along, y: y1 + u2y * along };
    const bx = u1x + u2x;
    const by = u1y + u2y;
    const bl = Math.hypot(bx, by);
    const toCentre = r / Math.sin(angle / 2);
    const c = { x: x1 + (bx / bl) * toCentre, y: y1 + (by / bl) * toCentre };
    const start = Math.atan2(t1.y - c.y, t1.x - c.x);
    const end = Math.atan2(t2.y - c.y, t2.x - c.x);
    let sweep = end - start;
    while (sweep > Math.PI) sweep -= 2 * Math.PI;
    while (sweep < -Math.PI) sweep += 2 * Math.PI;
    this.lineTo(m, t1.x, t1.y);
    this.sweep(m, c.x, c.y, r, r, 0, start, sweep);
  }

  /** An elliptical arc from angle a0 through `sweep` radians, as curves of at most a quarter turn. */
  private sweep(m: Matrix, cx: number, cy: number, rx: number, ry: number, rotationAngle: number, a0: number, sweep: number): void {
    const cosR = Math.cos(rotationAngle);
    const sinR = Math.sin(rotationAngle);
    const point = (t: number) => {
      const ex = rx * Math.cos(t);
      const ey = ry * Math.sin(t);
      return { x: cx + ex * cosR - ey * sinR, y: cy + ex * sinR + ey * cosR };
    };
    const tangent = (t: number) => {
      const dx = -rx * Math.sin(t);
      const dy = ry * Math.cos(t);
      return { x: dx * cosR - dy * sinR, y: dx * sinR + dy * cosR };
    };
    const first = point(a0);
    const start = apply(m, first.x, first.y);
    const here = this.current;
    if (!here) this.moveTo(m, first.x, first.y);
    else if (Math.abs(here.x - start.x) > 1e-9 || Math.abs(here.y - start.y) > 1e-9) this.lineTo(m, first.x, first.y);
    if (sweep === 0) return;
    const parts = Math.max(1, Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9));
    const step = sweep / parts;
    const k = (4 / 3) * Math.tan(step / 4);
    for (let i = 0; i < parts; i++) {
      const t0 = a0 + i * step;
      const t1 = t0 + step;
      const p0 = point(t0);
      const p1 = point(t1);
      const d0 = tangent(t0);
      const d1 = tangent(t1);
      this.bezierCurveTo(m, p0.x + k * d0.x, p0.y + k * d0.y, p1.x - k * d1.x, p1.y - k * d1.y, p1.x, p1.y);
    }
  }
}

/** How far an arc turns, by the canvas's rules: a full turn or more draws the whole ellipse. */
export function sweepOf(a0: number, a1: number, ccw: boolean): number {
  const full = 2 * Math.PI;
  if (!ccw && a1 - a0 >= full) return full;
  if (ccw && a0 - a1 >= full) return -full;
  const mod = (v: number) => ((v % full) + full) % full;
  return ccw ? -mod(a0 - a1) : mod(a1 - a0);
}

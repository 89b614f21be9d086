import type { Point, Rect } from '../../../shared/items/geometry.ts';
import type { Item } from '../../../shared/model/records.ts';
import { connectorLabelSize } from './itemStyle.ts';

/** The point halfway along a polyline, measured by length: where an arrow's label sits. */
export function polylineMidpoint(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  if (points.length === 1) return points[0]!;
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  let remaining = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (remaining <= len && len > 0) {
      const t = remaining / len;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    remaining -= len;
  }
  return points.at(-1)!;
}

/** An estimate of a label's width without a canvas: tests and hit testing agree with the drawing within a few units. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.56;
}

/** The box of an arrow's label (centred on the path's midpoint), or null when it has none. */
export function connectorLabelRect(connector: Item, path: readonly Point[], measure: (text: string, fontSize: number) => number = estimateTextWidth): Rect | null {
  const label = connector.props['label'];
  if (typeof label !== 'string' || label.trim() === '') return null;
  const mid = polylineMidpoint(path);
  const lines = label.split('\n');
  const w = Math.max(...lines.map((l) => measure(l, connectorLabelSize))) + 20;
  const h = lines.length * connectorLabelSize * 1.25 + 8;
  return { x: mid.x - w / 2, y: mid.y - h / 2, w, h };
}

/** Flattens points for Konva's `points` attribute. */
export function flatPoints(points: readonly Point[]): number[] {
  const out: number[] = [];
  for (const p of points) out.push(p.x, p.y);
  return out;
}

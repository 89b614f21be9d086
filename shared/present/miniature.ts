import { z } from 'zod';
import type { WorkshopDoc } from '../model/document.ts';
import type { ItemId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';
import { connectorPath, itemBounds, rectsIntersect, type Rect } from '../items/geometry.ts';
import { isPaletteKey, palette } from '../items/palette.ts';
import { itemLabel } from './itemLabel.ts';
import { slideBounds, type Slide } from './slides.ts';

/**
 * A slide drawn small for the presenter view (the next slide, and the current one as a pad for
 * the laser pointer). The presenter view may run in another window or tab without the workshop
 * open, so the presenting window sends this outline along with the presentation state: boxes in
 * their colours and the first words of their text, no more. It is a picture, not a canvas: nothing
 * in it is edited, panned or zoomed.
 */

const finite = z.number().finite();
const colour = z.union([z.string().regex(/^#[0-9a-fA-F]{6}$/), z.literal('transparent')]);

/** Enough to recognise a board at a glance; a 50,000-note wall is shown by its first few hundred. */
export const maxMiniatureShapes = 400;
const maxMiniatureText = 60;

export const miniatureShapeKinds = ['rect', 'ellipse', 'diamond', 'frame', 'line', 'text'] as const;

export const MiniatureShapeSchema = z.object({
  kind: z.enum(miniatureShapeKinds),
  /** Board units. For a line: the start point and the offset to its end (w, h may be negative). */
  x: finite,
  y: finite,
  w: finite,
  h: finite,
  fill: colour,
  stroke: colour,
  text: z.string().max(maxMiniatureText),
  textColour: colour,
});
export type MiniatureShape = z.infer<typeof MiniatureShapeSchema>;

export const RectSchema = z.object({ x: finite, y: finite, w: finite.min(0), h: finite.min(0) });

export const MiniatureSchema = z.object({
  /** The part of the board shown; null for an empty board. */
  view: RectSchema.nullable(),
  shapes: z.array(MiniatureShapeSchema).max(maxMiniatureShapes),
  /** How many items did not fit in `shapes`. */
  omitted: z.number().int().min(0),
});
export type Miniature = z.infer<typeof MiniatureSchema>;

const hex = (value: unknown, fallback: string): string => (typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value : value === 'transparent' ? 'transparent' : fallback);

function shapeOf(doc: WorkshopDoc, item: Item): MiniatureShape | null {
  const text = itemLabel(doc, item).slice(0, maxMiniatureText);
  const base = { x: item.x, y: item.y, w: item.w, h: item.h, text };
  switch (item.type) {
    case 'note': {
      const key = item.props['color'];
      const c = isPaletteKey(key) ? palette[key] : palette.yellow;
      return { ...base, kind: 'rect', fill: c.fill, stroke: '#5b6b7b', textColour: c.text };
    }
    case 'text':
      return { ...base, kind: 'text', fill: 'transparent', stroke: 'transparent', textColour: hex(item.props['color'], '#1a1a1a') };
    case 'shape': {
      const outline = item.props['shape'];
      const kind = outline === 'ellipse' ? 'ellipse' : outline === 'diamond' ? 'diamond' : 'rect';
      return { ...base, kind, fill: hex(item.props['fill'], '#ffffff'), stroke: hex(item.props['stroke'], '#1a1a1a'), textColour: '#1a1a1a' };
    }
    case 'frame':
      return { ...base, kind: 'frame', fill: hex(item.props['fill'], '#f4f4f4'), stroke: '#1a1a1a', textColour: '#000000' };
    case 'connector': {
      const path = connectorPath(item, (id: ItemId) => doc.items[id]);
      const start = path[0];
      const end = path.at(-1);
      if (!start || !end) return null;
      return { kind: 'line', x: start.x, y: start.y, w: end.x - start.x, h: end.y - start.y, fill: 'transparent', stroke: hex(item.props['stroke'], '#1a1a1a'), text: '', textColour: '#000000' };
    }
    default:
      // Images and a kind's own items: a labelled box is enough to recognise them.
      return { ...base, kind: 'rect', fill: '#e6ebf0', stroke: '#33475b', textColour: '#000000' };
  }
}

/** The outline of a slide: the items inside its view, back to front, frames first. */
export function miniatureOf(doc: WorkshopDoc, slide: Slide, max = maxMiniatureShapes): Miniature {
  const view = slideBounds(doc, slide);
  if (!view) return { view: null, shapes: [], omitted: 0 };
  const lookup = (id: ItemId) => doc.items[id];
  const inView = Object.values(doc.items)
    .filter((item) => item.boardId === slide.boardId && rectsIntersect(itemBounds(item, lookup), view))
    .sort((a, b) => Number(b.type === 'frame') - Number(a.type === 'frame') || a.z - b.z || (a.id < b.id ? -1 : 1));
  const shapes: MiniatureShape[] = [];
  for (const item of inView) {
    if (shapes.length >= max) break;
    const shape = shapeOf(doc, item);
    if (shape) shapes.push(shape);
  }
  return { view: roundRect(view), shapes, omitted: Math.max(0, inView.length - shapes.length) };
}

function roundRect(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), w: Math.max(0, Math.round(r.w)), h: Math.max(0, Math.round(r.h)) };
}

import type { Item } from '../../../../shared/model/records.ts';
import { connectorPathIn } from '../boardIndex.ts';
import { connectorLook } from '../items/ConnectorNode.tsx';
import { drawBoxItem, noteColours } from '../items/draw.ts';
import { detailAt } from './lod.ts';

type Items = Readonly<Record<string, Item>>;

/** What a block (an item too small to show its words) is filled with. */
function blockFill(item: Item): string {
  if (item.type === 'note') return noteColours(item).fill;
  if (item.type === 'frame') return '#dfe5ec';
  if (item.type === 'shape') {
    const fill = item.props['fill'];
    return typeof fill === 'string' && fill !== 'transparent' ? fill : '#c9d2dc';
  }
  return '#c9d2dc';
}

/**
 * Paints items (back to front) in board coordinates onto a context already scaled to `zoom`
 * screen pixels per board unit: the level of detail of a zoomed-out board (lod.ts). One call per
 * tile; connectors' paths come from the document version's cache.
 */
export function paintItems(ctx: CanvasRenderingContext2D, list: readonly Item[], lookupItems: Items, zoom: number, skip: ReadonlySet<string>): void {
  const thinLine = 1 / zoom;
  for (const item of list) {
    if (skip.has(item.id)) continue;
    if (item.type === 'connector') {
      const path = connectorPathIn(lookupItems, item);
      const look = connectorLook(item);
      ctx.beginPath();
      for (let i = 0; i < path.length; i++) {
        const p = path[i]!;
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      }
      ctx.strokeStyle = look.stroke;
      ctx.lineWidth = Math.max(look.strokeWidth, thinLine);
      ctx.stroke();
      continue;
    }
    const detail = detailAt(item, zoom);
    if (detail === 'block' && item.rotation === 0) {
      ctx.fillStyle = blockFill(item);
      ctx.fillRect(item.x, item.y, item.w, item.h);
      continue;
    }
    ctx.save();
    ctx.translate(item.x + item.w / 2, item.y + item.h / 2);
    if (item.rotation) ctx.rotate((item.rotation * Math.PI) / 180);
    ctx.translate(-item.w / 2, -item.h / 2);
    if (detail === 'block' || item.type === 'image') {
      ctx.fillStyle = blockFill(item);
      ctx.fillRect(0, 0, item.w, item.h);
    } else {
      drawBoxItem(ctx, item, item.w, item.h, { scale: zoom });
    }
    ctx.restore();
  }
}

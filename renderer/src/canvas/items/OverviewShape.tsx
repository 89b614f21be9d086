import { useCallback } from 'react';
import type Konva from 'konva';
import { Shape } from 'react-konva';
import { connectorPath, rectsIntersect } from '../../../../shared/items/geometry.ts';
import { boundsOf } from '../boardIndex.ts';
import { liveView } from '../viewStore.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { connectorLook } from './ConnectorNode.tsx';
import { drawBoxItem, noteColours } from './draw.ts';

/**
 * A zoomed-out board drawn by one shape: no per-node overhead, notes as coloured boxes, text as
 * bars or nothing. Excalidraw-level frame times at 10,000 notes come from here.
 */
export function OverviewShape({ items, lookupItems, skip }: { items: readonly Item[]; lookupItems: Readonly<Record<string, Item>>; skip: ReadonlySet<string> }) {
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const ctx = context._context;
      const scale = shape.getAbsoluteScale().x;
      const lookup = (id: ItemId) => lookupItems[id];
      const view = liveView.rect;
      for (const item of items) {
        if (skip.has(item.id)) continue;
        if (item.type !== 'connector' && !rectsIntersect(boundsOf(item, lookup), view)) continue;
        if (item.type === 'connector') {
          const path = connectorPath(item, lookup);
          const look = connectorLook(item);
          ctx.beginPath();
          path.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
          ctx.strokeStyle = look.stroke;
          ctx.lineWidth = Math.max(look.strokeWidth, 1 / scale);
          ctx.stroke();
          continue;
        }
        const small = item.w * scale < 48 || item.h * scale < 30;
        if (small && item.rotation === 0) {
          ctx.fillStyle = item.type === 'note' ? noteColours(item).fill : item.type === 'frame' ? '#dfe5ec' : '#c9d2dc';
          ctx.fillRect(item.x, item.y, item.w, item.h);
          continue;
        }
        ctx.save();
        ctx.translate(item.x + item.w / 2, item.y + item.h / 2);
        if (item.rotation) ctx.rotate((item.rotation * Math.PI) / 180);
        ctx.translate(-item.w / 2, -item.h / 2);
        if (item.type === 'image') {
          ctx.fillStyle = '#c9d2dc';
          ctx.fillRect(0, 0, item.w, item.h);
        } else {
          drawBoxItem(ctx, item, item.w, item.h, { scale });
        }
        ctx.restore();
      }
    },
    [items, lookupItems, skip],
  );
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}

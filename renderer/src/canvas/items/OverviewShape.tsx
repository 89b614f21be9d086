import { useCallback } from 'react';
import type Konva from 'konva';
import { Shape } from 'react-konva';
import { rectsIntersect } from '../../../../shared/items/geometry.ts';
import { boundsIn, connectorPathIn } from '../boardIndex.ts';
import { liveView } from '../viewStore.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { connectorLook } from './ConnectorNode.tsx';
import { drawBoxItem, noteColours, type DrawOptions } from './draw.ts';

/**
 * A zoomed-out board drawn by one shape: no per-node overhead, notes as coloured boxes, text as
 * bars or nothing. Excalidraw-level frame times at 10,000 notes come from here. Paths and bounds
 * come from the document version's caches (boardIndex.ts), so a frame allocates next to nothing.
 */
export function OverviewShape({ items, lookupItems, skip }: { items: readonly Item[]; lookupItems: Readonly<Record<string, Item>>; skip: ReadonlySet<string> }) {
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const ctx = context._context;
      const scale = shape.getAbsoluteScale().x;
      const options: DrawOptions = { scale };
      const view = liveView.rect;
      const thinLine = 1 / scale;
      for (const item of items) {
        if (skip.has(item.id) || !rectsIntersect(boundsIn(lookupItems, item), view)) continue;
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
          drawBoxItem(ctx, item, item.w, item.h, options);
        }
        ctx.restore();
      }
    },
    [items, lookupItems, skip],
  );
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}

import { useCallback } from 'react';
import type Konva from 'konva';
import { Shape } from 'react-konva';
import type { Item } from '../../../../shared/model/records.ts';
import { useFontsVersion } from '../fontsReady.ts';
import { rectsIntersect, rotatedBounds } from '../../../../shared/items/geometry.ts';
import { nodeRef } from '../nodeRegistry.ts';
import { liveView } from '../viewStore.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { drawBoxItem } from './draw.ts';
import { itemShapeProps } from './itemShapeProps.ts';

/**
 * Notes, text, shapes and frames: a single Konva shape each that draws itself (see draw.ts).
 * Placed by its centre with an offset, so rotation turns it about its centre as the document says.
 */
/** Whether a shape (or its moving copy on the drag layer) is in the view, by its own attributes. */
export function onScreen(shape: Konva.Shape): boolean {
  const view = liveView.rect;
  if (view.w === Infinity) return true;
  const w = shape.width();
  const h = shape.height();
  const box = { x: shape.x() - shape.offsetX(), y: shape.y() - shape.offsetY(), w, h };
  // Generous: a growing note may draw below its box.
  const bounds = rotatedBounds({ ...box, h: h * 2 }, shape.rotation());
  return rectsIntersect(bounds, view);
}

export function BoxNode({ item }: { item: Item }) {
  const editing = useCanvasSession((s) => s.editingId === item.id);
  const fonts = useFontsVersion((s) => s.version);
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      void fonts;
      // Mounted but off screen (the mounted region is larger than the view): nothing to draw.
      if (!onScreen(shape)) return;
      drawBoxItem(context._context, item, shape.width(), shape.height(), { scale: shape.getAbsoluteScale().x, hideText: editing });
    },
    [item, editing, fonts],
  );
  return (
    <Shape
      ref={nodeRef(item.id)}
      {...itemShapeProps(item)}
      sceneFunc={sceneFunc}
      perfectDrawEnabled={false}
      listening={false}
    />
  );
}

import Konva from 'konva';
import { rectFromCorners, type Point } from '../../../../shared/items/geometry.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { defaultSizeOf, newItemFor, placeItem, type CreateTool } from '../actions.ts';
import { selectionColour } from '../itemStyle.ts';
import { setTool } from '../sessionStore.ts';
import { dragThresholdPx, travelled, type Gesture } from './gesture.ts';

/**
 * Placing a note, text, shape or frame: a click puts one of the default size there (centred on the
 * pointer; text starts at it), a drag draws its box. The tool then goes back to selecting.
 */
export function createGesture(runtime: CanvasRuntime, tool: CreateTool, start: Point, startScreen: Point): Gesture {
  const preview = new Konva.Rect({ stroke: selectionColour, strokeWidth: 2, strokeScaleEnabled: false, dash: [8, 5], listening: false });
  let dragging = false;
  const clear = () => {
    preview.destroy();
    runtime.layers.drag.batchDraw();
  };
  return {
    move(p, screen) {
      if (!dragging) {
        if (travelled(screen, startScreen) < dragThresholdPx) return;
        dragging = true;
        runtime.layers.drag.add(preview);
      }
      const r = rectFromCorners(start, p);
      preview.setAttrs({ x: r.x, y: r.y, width: r.w, height: r.h });
      runtime.layers.drag.batchDraw();
    },
    up(p) {
      clear();
      const size = defaultSizeOf(tool);
      const rect = dragging
        ? rectFromCorners(start, p)
        : tool === 'text'
          ? { x: start.x, y: start.y - size.h / 2, ...size }
          : { x: start.x - size.w / 2, y: start.y - size.h / 2, ...size };
      setTool('select');
      placeItem(runtime, newItemFor(runtime, tool, rect));
    },
    cancel: clear,
  };
}

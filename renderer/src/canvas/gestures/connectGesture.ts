import Konva from 'konva';
import { defaultItem } from '../../../../shared/items/itemTypes.ts';
import { connectorPath, type Point } from '../../../../shared/items/geometry.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { canvasItems, type CanvasRuntime } from '../activeCanvas.ts';
import { itemsById, run, topZ } from '../actions.ts';
import { lookupIn } from '../boardIndex.ts';
import { createItemsWithParents } from '../canvasOps.ts';
import { flatPoints } from '../connectorGeometry.ts';
import { topItemAt } from '../hitTest.ts';
import { connectorStrokeWidth, selectionColour } from '../itemStyle.ts';
import { setSelection, setTool } from '../sessionStore.ts';
import { dragThresholdPx, travelled, type Gesture } from './gesture.ts';

/** The item under `p` an arrow can attach to (anything but another arrow). */
export function attachTarget(runtime: CanvasRuntime, p: Point, except?: ItemId): Item | undefined {
  const items = itemsById(runtime);
  const tolerance = 8 / runtime.camera().zoom;
  return topItemAt(canvasItems(runtime), p, { tolerance, lookup: lookupIn(items) }, (item) => item.type !== 'connector' && item.id !== except);
}

/**
 * Drawing an arrow: press on an item (or empty board), drag to another, release. Either end may
 * stay free. The target under the pointer is outlined while dragging.
 */
export function connectGesture(runtime: CanvasRuntime, start: Point, startScreen: Point): Gesture {
  const from = attachTarget(runtime, start);
  const items = itemsById(runtime);
  const lookup = lookupIn(items);
  const line = new Konva.Arrow({
    points: [],
    stroke: selectionColour,
    fill: selectionColour,
    strokeWidth: 3,
    strokeScaleEnabled: false,
    pointerLength: 14,
    pointerWidth: 14,
    listening: false,
  });
  const targetBox = new Konva.Rect({ stroke: selectionColour, strokeWidth: 3, strokeScaleEnabled: false, listening: false });
  let active = false;
  const draft = (to: Item | undefined, p: Point): Item =>
    defaultItem('connector', runtime.boardId, {
      z: topZ(runtime) + 1,
      props: { fromId: from?.id ?? null, toId: to?.id ?? null, fromPoint: start, toPoint: p, strokeWidth: connectorStrokeWidth },
    });
  const clear = () => {
    line.destroy();
    targetBox.destroy();
    runtime.layers.drag.batchDraw();
  };
  return {
    move(p, screen) {
      if (!active) {
        if (travelled(screen, startScreen) < dragThresholdPx) return;
        active = true;
        runtime.layers.drag.add(line, targetBox);
      }
      const to = attachTarget(runtime, p, from?.id);
      const path = connectorPath(draft(to, p), (id) => (id === to?.id ? to : lookup(id)));
      line.points(flatPoints(path));
      if (to) targetBox.setAttrs({ visible: true, x: to.x, y: to.y, width: to.w, height: to.h, rotation: 0 });
      else targetBox.visible(false);
      runtime.layers.drag.batchDraw();
    },
    up(p) {
      clear();
      if (!active) return;
      const to = attachTarget(runtime, p, from?.id);
      const connector = draft(to, p);
      setTool('select');
      if (run(runtime, createItemsWithParents, { items: [connector], parents: [] })) setSelection([connector.id]);
    },
    cancel: clear,
  };
}

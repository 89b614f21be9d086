import Konva from 'konva';
import { rectFromCorners, type Point } from '../../../../shared/items/geometry.ts';
import { expandToGroups } from '../../../../shared/items/groups.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import { canvasItems, type CanvasRuntime } from '../activeCanvas.ts';
import { itemsById } from '../actions.ts';
import { lookupIn } from '../boardIndex.ts';
import { itemsInMarquee } from '../hitTest.ts';
import { selectionColour } from '../itemStyle.ts';
import { setSelection } from '../sessionStore.ts';
import { dragThresholdPx, travelled, type Gesture } from './gesture.ts';

/**
 * Selecting by dragging a box over empty board: whatever lies wholly inside is selected, live.
 * With Shift the box adds to what was selected. Locked items (a template's backdrop) are left out.
 */
export function marqueeGesture(runtime: CanvasRuntime, start: Point, startScreen: Point, additive: boolean, before: readonly ItemId[]): Gesture {
  const rect = new Konva.Rect({
    stroke: selectionColour,
    strokeWidth: 2,
    strokeScaleEnabled: false,
    dash: [8, 5],
    fill: 'rgba(7,69,127,0.08)',
    listening: false,
  });
  let shown = false;
  const finish = () => {
    rect.destroy();
    runtime.layers.drag.batchDraw();
  };
  return {
    move(p, screen) {
      if (!shown) {
        if (travelled(screen, startScreen) < dragThresholdPx) return;
        runtime.layers.drag.add(rect);
        shown = true;
      }
      const r = rectFromCorners(start, p);
      rect.setAttrs({ x: r.x, y: r.y, width: r.w, height: r.h });
      runtime.layers.drag.batchDraw();
      const items = itemsById(runtime);
      const inside = itemsInMarquee(canvasItems(runtime), r, lookupIn(items))
        .filter((item) => !item.locked)
        .map((item) => item.id);
      const ids = expandToGroups(inside, items);
      setSelection(additive ? [...new Set([...before, ...ids])] : [...ids]);
    },
    up: finish,
    cancel() {
      finish();
      setSelection(before);
    },
  };
}

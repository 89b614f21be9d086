import Konva from 'konva';
import { connectorPath, frameAt, itemBounds, rectsIntersect, unionBounds, type Point, type Rect } from '../../../../shared/items/geometry.ts';
import { moveClosure } from '../../../../shared/items/groups.ts';
import { snapMove, type Guide } from '../../../../shared/items/snapping.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { canvasItems, type CanvasRuntime } from '../activeCanvas.ts';
import { itemsById, run } from '../actions.ts';
import { boundsOf, connectorsTouching, lookupIn } from '../boardIndex.ts';
import { visibleRect } from '../camera.ts';
import { dragItems } from '../canvasOps.ts';
import { connectorLabelRect, flatPoints } from '../connectorGeometry.ts';
import { guideColour } from '../itemStyle.ts';
import { liveNodes } from '../nodeRegistry.ts';
import { measureText } from '../textLayout.ts';
import type { Gesture } from './gesture.ts';

/**
 * Moving items. While the pointer moves, copies of the moving nodes (and of the arrows attached to
 * them) move on the drag layer and the item layer is not redrawn; on release the document changes
 * once, with one operation, so a drag of forty notes is one undo step. Dropping items into a frame
 * (or out of one) is part of that same step. Alt turns snapping off.
 */
export function moveGesture(runtime: CanvasRuntime, start: Point, ids: readonly ItemId[]): Gesture | null {
  const items = itemsById(runtime);
  const ordered = canvasItems(runtime);
  const lookup = lookupIn(items);
  const roots = ids.filter((id) => items[id] && !items[id]!.locked);
  const moving = moveClosure(roots, items, (item) => !item.locked);
  if (moving.size === 0) return null;

  const movingBoxes = [...moving].map((id) => items[id]!).filter((item) => item.type !== 'connector');
  const startRect = unionBounds(movingBoxes.map((item) => boundsOf(item, lookup)));
  const connectors = [
    ...ordered.filter((item) => item.type === 'connector' && moving.has(item.id)),
    ...connectorsTouching(ordered, moving).filter((c) => !moving.has(c.id)),
  ];
  const view = visibleRect(runtime.camera(), runtime.size());
  const targets: Rect[] = ordered
    .filter((item) => !moving.has(item.id) && item.type !== 'connector')
    .map((item) => boundsOf(item, lookup))
    .filter((b) => rectsIntersect(b, view));

  const { drag, items: itemsLayer } = runtime.layers;
  const originals: Konva.Node[] = [];
  const clones: { clone: Konva.Node; x: number; y: number }[] = [];
  const connectorClones: { item: Item; clone: Konva.Group }[] = [];
  const guideGroup = new Konva.Group({ listening: false });
  let started = false;

  const begin = () => {
    started = true;
    for (const id of moving) {
      if (items[id]!.type === 'connector') continue;
      const original = liveNodes.get(id);
      if (!original) continue;
      const clone = original.clone({ listening: false });
      drag.add(clone);
      original.visible(false);
      originals.push(original);
      clones.push({ clone, x: original.x(), y: original.y() });
    }
    for (const item of connectors) {
      const original = liveNodes.get(item.id);
      if (!(original instanceof Konva.Group)) continue;
      const clone = original.clone({ listening: false }) as Konva.Group;
      drag.add(clone);
      original.visible(false);
      originals.push(original);
      connectorClones.push({ item, clone });
    }
    drag.add(guideGroup);
    // Outlines and handles would stay behind at the old place: hide them while dragging.
    runtime.layers.overlay.visible(false);
    itemsLayer.batchDraw();
  };

  let delta: Point = { x: 0, y: 0 };

  const shiftedLookup = (d: Point) => (id: ItemId) => {
    const item = items[id];
    return item && moving.has(id) ? { ...item, x: item.x + d.x, y: item.y + d.y } : item;
  };

  const drawGuides = (guides: Guide[]) => {
    guideGroup.destroyChildren();
    for (const g of guides) {
      const points = g.axis === 'x' ? [g.at, g.from - 20, g.at, g.to + 20] : [g.from - 20, g.at, g.to + 20, g.at];
      guideGroup.add(new Konva.Line({ points, stroke: guideColour, strokeWidth: 2, strokeScaleEnabled: false, dash: [6, 4], listening: false }));
    }
  };

  const cleanup = () => {
    for (const { clone } of clones) clone.destroy();
    for (const { clone } of connectorClones) clone.destroy();
    guideGroup.destroy();
    for (const original of originals) original.visible(true);
    runtime.layers.overlay.visible(true);
    runtime.layers.overlay.batchDraw();
    itemsLayer.batchDraw();
    drag.batchDraw();
  };

  return {
    move(p, _screen, event) {
      if (!started) begin();
      let d = { x: p.x - start.x, y: p.y - start.y };
      let guides: Guide[] = [];
      if (!event.altKey && startRect) {
        const snapped = snapMove(startRect, d, targets, { zoom: runtime.camera().zoom });
        d = snapped.delta;
        guides = snapped.guides;
      }
      delta = d;
      for (const { clone, x, y } of clones) clone.position({ x: x + d.x, y: y + d.y });
      const shifted = shiftedLookup(d);
      for (const { item, clone } of connectorClones) {
        const self: Item = moving.has(item.id) ? shiftConnectorPoints(item, d) : item;
        const path = connectorPath(self, shifted);
        clone.findOne<Konva.Arrow>('.line')?.points(flatPoints(path));
        const label = clone.findOne<Konva.Group>('.label');
        const rect = connectorLabelRect(self, path, measureText);
        if (label && rect) label.position({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });
      }
      drawGuides(guides);
      drag.batchDraw();
    },
    up() {
      if (!started) return;
      const { x: dx, y: dy } = delta;
      const kindTookIt = (dx !== 0 || dy !== 0) && runtime.extension().commitDrag?.({ board: runtime.board(), store: runtime.store, ids: roots, dx, dy });
      if (!kindTookIt && (dx !== 0 || dy !== 0)) {
        const others = ordered.filter((item) => !moving.has(item.id));
        const parents: { id: ItemId; parentId: ItemId | null }[] = [];
        for (const id of moving) {
          const item = items[id]!;
          if (item.type === 'connector' || (item.parentId && moving.has(item.parentId))) continue;
          const b = itemBounds({ ...item, x: item.x + dx, y: item.y + dy });
          const frame = frameAt(b, others);
          const parentId = frame?.id ?? null;
          if (parentId !== item.parentId) parents.push({ id, parentId });
        }
        run(runtime, dragItems, { ids: roots, dx, dy, parents });
      }
      // Keep the copies until React has drawn the items in their new places, so nothing flickers.
      requestAnimationFrame(() => requestAnimationFrame(cleanup));
    },
    cancel() {
      if (started) cleanup();
    },
  };
}

function shiftConnectorPoints(item: Item, d: Point): Item {
  const shift = (v: unknown) => {
    const p = v as Point | undefined;
    return p && typeof p.x === 'number' ? { x: p.x + d.x, y: p.y + d.y } : v;
  };
  return { ...item, props: { ...item.props, fromPoint: shift(item.props['fromPoint']), toPoint: shift(item.props['toPoint']) } };
}

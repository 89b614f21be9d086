import type { Item } from '../../../../shared/model/records.ts';

/**
 * Where and how big an item's Konva shape is: placed by its centre so it rotates about the
 * centre, as the selection handles and the stored `rotation` assume. Every item renderer (the
 * canvas's own and the kinds') uses this, so they all agree with selection, hit-testing and export.
 */
export function itemShapeProps(item: Item) {
  return {
    id: item.id,
    x: item.x + item.w / 2,
    y: item.y + item.h / 2,
    offsetX: item.w / 2,
    offsetY: item.h / 2,
    width: item.w,
    height: item.h,
    rotation: item.rotation,
  };
}

import type { Point } from '../../../shared/items/geometry.ts';
import { boardToScreen, type Camera } from '../canvas/camera.ts';

/**
 * The laser pointer: a red dot with a white halo where the facilitator points, moved by the
 * mouse over the projection or over the slide in the presenter view. It replaces the mouse
 * cursor on the projection, which is too small to follow from the back of a room.
 */
export function LaserPointer({ point, camera }: { point: Point | null; camera: Camera }) {
  if (!point) return null;
  const at = boardToScreen(camera, point);
  return <div className="laser-pointer" style={{ transform: `translate(${at.x}px, ${at.y}px)` }} aria-hidden data-testid="laser-pointer" />;
}

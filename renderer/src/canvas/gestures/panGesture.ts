import type { Point } from '../../../../shared/items/geometry.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { panBy } from '../camera.ts';
import type { Gesture } from './gesture.ts';

/** Dragging the board itself: the hand tool, space + drag, the middle button. */
export function panGesture(runtime: CanvasRuntime, startScreen: Point): Gesture {
  let last = startScreen;
  runtime.host.classList.add('is-panning');
  const end = () => runtime.host.classList.remove('is-panning');
  return {
    move(_p, screen) {
      runtime.setCamera(panBy(runtime.camera(), screen.x - last.x, screen.y - last.y));
      last = screen;
    },
    up: end,
    cancel: end,
  };
}

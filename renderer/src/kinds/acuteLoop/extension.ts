import type { CanvasExtension } from '../rendererKind.ts';
import { AcuteLoopBackground } from './AcuteLoopBackground.tsx';

/**
 * The acute loop for the shared canvas, for when BoardCanvas takes an `extension`: the whole
 * picture as the board's backdrop (board units = slide units, 1920×1080 at the origin), so
 * ordinary sticky notes can be put on top of it. The board view does not use this yet: the
 * loop's own drag-along-the-loop needs a listening layer, which a non-listening Background is not.
 */
export const acuteLoopExtension: CanvasExtension = {
  Background: AcuteLoopBackground,
};

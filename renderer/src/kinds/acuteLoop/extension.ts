import { slideSize } from '../../../../shared/kinds/acuteLoop/slide.ts';
import type { CanvasExtension } from '../../canvas/extension.ts';
import { AcuteLoopBackground } from './AcuteLoopBackground.tsx';

/**
 * The acute loop for the shared canvas: the whole picture as the board's backdrop (board units =
 * slide units, 1920×1080 at the origin), so ordinary sticky notes could be put on top of it. The
 * board view draws on its own stage instead (AcuteLoopBoard; the loop's drag-along-the-loop needs
 * a listening layer, which a non-listening Background is not), but the presentation reads the
 * picture's extent and content from here: the board always shows its picture (title, loop,
 * clock), stations or not, so it is never "empty".
 */
export const acuteLoopExtension: CanvasExtension = {
  Background: AcuteLoopBackground,
  contentBounds: () => ({ x: 0, y: 0, w: slideSize.w, h: slideSize.h }),
  hasContent: () => true,
};

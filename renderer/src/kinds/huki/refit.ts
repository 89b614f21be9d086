import { activeCanvas } from '../../canvas/activeCanvas.ts';
import { zoomToFit } from '../../canvas/actions.ts';

/**
 * Fits the board in view again once the matrix has been redrawn at its new size (issue 16): a new
 * column used to sit behind the side panel, and an imported matrix of another size was left in a
 * corner. Two frames: one for React to render the new size, one for Konva to draw it.
 */
export function refitMatrixSoon(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => zoomToFit(activeCanvas())));
}

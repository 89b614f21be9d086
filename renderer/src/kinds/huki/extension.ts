import { hukiMatrixType } from '../../../../shared/kinds/huki/model.ts';
import type { CanvasExtension } from '../rendererKind.ts';
import { HukiMatrixNode } from './HukiMatrixNode.tsx';
import { HukiSidePanel } from './HukiSidePanel.tsx';

/**
 * What the HUKI board adds to the shared canvas: the matrix item's drawing, and the facilitator's
 * panel (grid, checks, settings, CSV) beside the canvas.
 */
export const hukiExtension: CanvasExtension = {
  itemRenderers: { [hukiMatrixType]: HukiMatrixNode },
  Panel: HukiSidePanel,
};

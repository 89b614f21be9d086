import { hukiMatrixType } from '../../../../shared/kinds/huki/model.ts';
import type { CanvasExtension, ItemCapabilities } from '../../canvas/extension.ts';
import { describeMatrixItem } from './describeMatrix.ts';
import { HukiMatrixNode } from './HukiMatrixNode.tsx';
import { HukiSidePanel } from './HukiSidePanel.tsx';
import { clickMatrixAt } from './matrixClick.ts';

/**
 * The matrix is drawn at one scale, its height following its width: it is resized by its corners
 * only, and never turned (its sticky headers and its cells' hit test read it level).
 */
export const matrixCapabilities: ItemCapabilities = { keepAspect: true, rotate: false };

/**
 * What the HUKI board adds to the shared canvas: the matrix item's drawing, clicks on it (a cell
 * cycles its letter, a task's or an actor's head takes the grid there), how it reads aloud, and the
 * facilitator's panel (grid, checks, settings, CSV) beside the canvas.
 */
export const hukiExtension: CanvasExtension = {
  itemRenderers: { [hukiMatrixType]: HukiMatrixNode },
  Panel: HukiSidePanel,
  onItemClick: ({ runtime, item, board, point }) => clickMatrixAt(runtime, item, board, point),
  describeItem: (item, t, { board, actors }) => describeMatrixItem(t, item, board, actors),
  itemCapabilities: (item) => (item.type === hukiMatrixType ? matrixCapabilities : undefined),
};

import { BoardCanvas } from '../../canvas/BoardCanvas.tsx';
import type { RendererKind } from '../rendererKind.ts';

/** Fritt lerret is the canvas itself, with nothing added. */
export const whiteboardView: RendererKind = { kind: 'whiteboard', BoardView: BoardCanvas };

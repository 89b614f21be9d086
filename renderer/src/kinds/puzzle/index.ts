import type { RendererKind } from '../rendererKind.ts';
import { writePuzzle } from './reportPages.ts';
import { puzzleExtension } from './extension.ts';
import { PuzzleBoardView } from './PuzzleBoardView.tsx';

/** SAMMEN-puslespillet on screen: the canvas with pieces and grid, the panel, the inventory. */
export const puzzleView: RendererKind = { kind: 'puzzle', BoardView: PuzzleBoardView, extension: puzzleExtension, writeReportSection: writePuzzle };

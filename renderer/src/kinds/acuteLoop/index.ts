import type { RendererKind } from '../rendererKind.ts';
import { writeAcuteLoop } from './reportPages.ts';
import { acuteLoopExtension } from './extension.ts';
import { AcuteLoopBoard } from './AcuteLoopBoard.tsx';

/** Akuttloopen on screen: the loop picture (or its swimlanes) with the editing panel beside it. */
export const acuteLoopView: RendererKind = { kind: 'acuteLoop', BoardView: AcuteLoopBoard, extension: acuteLoopExtension, writeReportSection: writeAcuteLoop };

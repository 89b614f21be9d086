import type { RendererKind } from '../rendererKind.ts';
import { writeHuki } from './reportPages.ts';
import { hukiExtension } from './extension.ts';
import { HukiBoardView } from './HukiBoardView.tsx';

/** HUKI-matrise: the matrix drawn on the shared canvas, edited in the grid beside it. */
export const hukiView: RendererKind = { kind: 'huki', BoardView: HukiBoardView, extension: hukiExtension, writeReportSection: writeHuki };

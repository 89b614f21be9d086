import type { ComponentType } from 'react';
import type { Board } from '../../../shared/model/records.ts';
import type { CanvasExtension } from '../canvas/extension.ts';

/** The renderer's half of a board kind: how its board is shown and edited. */
export interface RendererKind {
  kind: string;
  BoardView: ComponentType<{ board: Board }>;
  /** What the kind adds to the shared canvas; the presentation reads its bounds and content from it. */
  extension?: CanvasExtension;
}

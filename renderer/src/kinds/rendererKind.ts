import type { ComponentType } from 'react';
import type { Board } from '../../../shared/model/records.ts';

/** The renderer's half of a board kind: how its board is shown and edited. */
export interface RendererKind {
  kind: string;
  BoardView: ComponentType<{ board: Board }>;
}

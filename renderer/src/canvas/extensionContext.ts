import { createContext, useContext } from 'react';
import type { Board } from '../../../shared/model/records.ts';
import type { CanvasExtension, CanvasTool } from './extension.ts';

/**
 * The board kind around the canvas: its own item renderers, backdrop, panel and tools (see
 * extension.ts). Fritt lerret has none. Konva components read it through this context
 * (react-konva bridges React context into the stage).
 */
export interface CanvasKind {
  board: Board;
  extension: CanvasExtension;
}

export const noExtension: CanvasExtension = {};

export const CanvasKindContext = createContext<CanvasKind | null>(null);

export function useCanvasKind(): CanvasKind | null {
  return useContext(CanvasKindContext);
}

/** A kind's tool as the session names it, so it can't collide with the canvas's own tools. */
export type KindToolId = `kind:${string}`;

export function kindToolId(tool: CanvasTool): KindToolId {
  return `kind:${tool.id}`;
}

export function isKindTool(tool: string): tool is KindToolId {
  return tool.startsWith('kind:');
}

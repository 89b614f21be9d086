import type { RendererKind } from './rendererKind.ts';
import { whiteboardView } from './whiteboard/index.ts';

/** Board views by kind; a kind missing here (from a newer file) is shown as unknown, untouched. */
const views = new Map<string, RendererKind>([whiteboardView].map((k) => [k.kind, k]));

export function rendererKind(kind: string): RendererKind | undefined {
  return views.get(kind);
}

import type { CanvasExtension, CanvasTool } from '../canvas/extension.ts';
import type { RendererKind } from './rendererKind.ts';
import { whiteboardView } from './whiteboard/index.ts';
import { actorMapView } from './actorMap/index.ts';
import { acuteLoopView } from './acuteLoop/index.ts';
import { puzzleView } from './puzzle/index.ts';
import { hukiView } from './huki/index.ts';

/**
 * Board views by kind, the renderer's half of shared/kinds/registry.ts: adding a kind means adding
 * its view here and nothing else outside its folder. A kind missing here (from a newer file) is
 * shown as unknown, untouched.
 */
const views = new Map<string, RendererKind>([whiteboardView, actorMapView, acuteLoopView, puzzleView, hukiView].map((k) => [k.kind, k]));

export function rendererKind(kind: string): RendererKind | undefined {
  return views.get(kind);
}

/** What a kind adds to the shared canvas (none for Fritt lerret and unknown kinds). */
export function canvasExtensionOf(kind: string): CanvasExtension | undefined {
  return views.get(kind)?.extension;
}

/** Adds a kind's view after start (a plug-in; the tests' fixture kind), beside registerBoardKind. */
export function registerRendererKind(view: RendererKind): void {
  if (views.has(view.kind)) throw new Error(`board view ${view.kind} is already registered`);
  views.set(view.kind, view);
}

/**
 * Every kind's own canvas tools, for the composition root (app/commandRoot.ts) to register as
 * commands at start-up, so their keys work, are listed and are checked before a board is shown.
 */
export function kindTools(): { kind: string; tools: readonly CanvasTool[] }[] {
  return [...views.values()].flatMap((view) => (view.extension?.tools?.length ? [{ kind: view.kind, tools: view.extension.tools }] : []));
}

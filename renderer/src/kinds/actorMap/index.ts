import type { RendererKind } from '../rendererKind.ts';
import { actorMapExtension } from './extension.ts';
import { ActorMapBoardView } from './ActorMapBoardView.tsx';

/** Aktørkart on screen: the map on the shared canvas, with the stakeholder table and the grid beside it. */
export const actorMapView: RendererKind = { kind: 'actorMap', BoardView: ActorMapBoardView, extension: actorMapExtension };

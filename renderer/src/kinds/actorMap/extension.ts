import { actorChipType } from '../../../../shared/kinds/actorMap/chip.ts';
import type { CanvasExtension } from '../rendererKind.ts';
import { ActorChipNode } from './ActorChipNode.tsx';
import { ActorMapBackground } from './ActorMapBackground.tsx';

/**
 * What the actor map adds to the shared canvas: its chips and its backdrop (rings, sectors,
 * relations, legend). The side panel, the stakeholder table and the grid are HTML beside the
 * canvas (ActorMapBoardView), not inside it.
 */
export const actorMapExtension: CanvasExtension = {
  itemRenderers: { [actorChipType]: ActorChipNode },
  Background: ActorMapBackground,
};

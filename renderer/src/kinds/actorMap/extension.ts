import { actorChipType } from '../../../../shared/kinds/actorMap/chip.ts';
import type { CanvasExtension } from '../../canvas/extension.ts';
import { ActorChipNode } from './ActorChipNode.tsx';
import { ActorMapBackground } from './ActorMapBackground.tsx';
import { actorMapContentBounds, chipCapabilities, describeChip, openChipActor } from './canvasHooks.ts';

/**
 * What the actor map adds to the shared canvas: its chips and its backdrop (rings, sectors,
 * relations, legend), which fitting the view takes in. The side panel, the stakeholder table and
 * the grid are HTML beside the canvas (ActorMapBoardView), not inside it.
 */
export const actorMapExtension: CanvasExtension = {
  itemRenderers: { [actorChipType]: ActorChipNode },
  Background: ActorMapBackground,
  contentBounds: actorMapContentBounds,
  describeItem: describeChip,
  onItemDoubleClick: openChipActor,
  itemCapabilities: (item) => (item.type === actorChipType ? chipCapabilities : undefined),
};

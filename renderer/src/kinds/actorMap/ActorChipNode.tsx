import { useCallback } from 'react';
import type Konva from 'konva';
import { Shape } from 'react-konva';
import { isActorChip } from '../../../../shared/kinds/actorMap/chip.ts';
import { useFontsVersion } from '../../canvas/fontsReady.ts';
import { nodeRef } from '../../canvas/nodeRegistry.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import type { ItemRendererProps } from '../../canvas/extension.ts';
import { drawChip } from './drawChip.ts';
import { useMapSession } from './mapSession.ts';
import { itemShapeProps } from '../../canvas/items/itemShapeProps.ts';

/** Opacity of a chip the filter hides: still there to grab, clearly not part of the picture. */
const filteredOpacity = 0.14;

/**
 * An actor chip on the canvas: one Konva shape that draws itself, placed and registered like the
 * canvas's own box items (centre + offset, `nodeRef`), so selecting, dragging, resizing, culling
 * and export treat it as any other item. It subscribes to its actor: a rename in the registry
 * redraws every chip of that actor, on every map.
 */
export function ActorChipNode({ item }: ItemRendererProps) {
  const actorId = isActorChip(item) ? item.props.actorId : null;
  const actor = useWorkshop((s) => (actorId ? s.doc.actors[actorId] : undefined));
  const fonts = useFontsVersion((s) => s.version);
  const hidden = useMapSession(item.boardId).hiddenCategories;
  const dimmed = actor !== undefined && hidden.includes(actor.category);
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      void fonts;
      drawChip(context._context, actor, shape.width(), shape.height(), shape.getAbsoluteScale().x);
    },
    [actor, fonts],
  );
  return (
    <Shape
      ref={nodeRef(item.id)}
      {...itemShapeProps(item)}
      opacity={dimmed ? filteredOpacity : 1}
      sceneFunc={sceneFunc}
      perfectDrawEnabled={false}
      listening={false}
    />
  );
}

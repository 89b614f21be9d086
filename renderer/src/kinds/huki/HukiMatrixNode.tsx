import { useCallback, useMemo } from 'react';
import type Konva from 'konva';
import { Shape } from 'react-konva';
import { letterWordKey } from '../../../../shared/kinds/huki/letters.ts';
import { scaleOf } from '../../../../shared/kinds/huki/layout.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import { useFontsVersion } from '../../canvas/fontsReady.ts';
import { nodeRef } from '../../canvas/nodeRegistry.ts';
import { canvasFont, measureText } from '../../canvas/textLayout.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import type { ItemRendererProps } from '../../canvas/extension.ts';
import { drawMatrixPicture } from './drawMatrix.ts';
import { useHukiFocus } from './hukiFocus.ts';
import { usePresenting } from '../../state/usePresenting.ts';
import { buildMatrixPicture } from './matrixPicture.ts';
import { deriveMatrixView } from './useHukiMatrix.ts';
import { itemShapeProps } from '../../canvas/items/itemShapeProps.ts';

/**
 * The HUKI matrix on the canvas: one Konva shape that paints the whole matrix (see drawMatrix.ts),
 * so it is selected, moved, culled and exported like any other item. Its text is fitted once per
 * change of the data; a redraw while panning only paints, skipping rows out of view.
 *
 * The header row, the task column and the legend stay on screen when the matrix is larger than it:
 * on every redraw of its own layer the shape works out which part of it the screen shows (from its
 * absolute transform and the stage's size) and paints the headers at that part's top and left.
 * Drawn anywhere else (an export, a cache), it is drawn whole, headers in
 * place, because there is no screen to follow.
 */
export function HukiMatrixNode({ item, board }: ItemRendererProps) {
  const t = useT();
  const actors = useWorkshop((s) => s.doc.actors);
  const fonts = useFontsVersion((s) => s.version);
  const presenting = usePresenting();
  const flashed = useHukiFocus((s) => (s.highlight?.itemId === item.id ? s.highlight.target : null));
  // The selected cell is the facilitator's cursor: outlined while editing, never in front of the room.
  const selected = useHukiFocus((s) => s.selectedCell);
  const selectedHere = useMemo(
    () => (selected && selected.itemId === item.id && !presenting ? { taskId: selected.taskId, actorId: selected.actorId } : null),
    [selected, item.id, presenting],
  );
  const highlight = flashed ?? selectedHere;

  const picture = useMemo(() => {
    void fonts;
    const view = deriveMatrixView(item, actors, board);
    return buildMatrixPicture(
      view.matrix,
      view.columns,
      view.findings,
      view.settings.letters,
      {
        untitledTask: t('huki.task.untitled'),
        untitledPhase: t('huki.phase.untitled'),
        word: (letter) => t(letterWordKey(letter, view.settings.letters)),
        finding: t('huki.legend.finding'),
      },
      measureText,
    );
  }, [item, actors, board, t, fonts]);

  const scale = scaleOf(item.w, picture.layout);

  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const ctx = context._context;
      ctx.save();
      ctx.scale(scale, scale);
      drawMatrixPicture(ctx, picture, canvasFont, visiblePart(context, shape, scale), highlight);
      ctx.restore();
    },
    [picture, scale, highlight],
  );

  return (
    <Shape
      ref={nodeRef(item.id)}
      {...itemShapeProps(item)}
      height={picture.layout.height * scale}
      sceneFunc={sceneFunc}
      perfectDrawEnabled={false}
      listening={false}
    />
  );
}

/**
 * The part of the shape the screen shows, in the matrix's natural units; null when the shape is
 * not being drawn onto its own layer's canvas (export, cache), where the whole matrix is wanted.
 */
function visiblePart(context: Konva.Context, shape: Konva.Shape, scale: number): Rect | null {
  const layer = shape.getLayer();
  const stage = shape.getStage();
  if (!layer || !stage || context.canvas !== layer.getCanvas()) return null;
  const inverse = shape.getAbsoluteTransform().copy().invert();
  const a = inverse.point({ x: 0, y: 0 });
  const b = inverse.point({ x: stage.width(), y: stage.height() });
  const x = Math.min(a.x, b.x) / scale;
  const y = Math.min(a.y, b.y) / scale;
  return { x, y, w: Math.abs(b.x - a.x) / scale, h: Math.abs(b.y - a.y) / scale };
}

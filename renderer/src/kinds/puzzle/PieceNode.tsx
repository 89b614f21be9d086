import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import Konva from 'konva';
import { Shape } from 'react-konva';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { pieceProps } from '../../../../shared/kinds/puzzle/piece.ts';
import { useFontsVersion } from '../../canvas/fontsReady.ts';
import { nodeRef } from '../../canvas/nodeRegistry.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import type { ItemRendererProps } from '../../canvas/extension.ts';
import { edgesOf, pieceLabelText, useBoardLabelSize } from './boardLabelSize.ts';
import { drawPiece, type PieceLook } from './drawPiece.ts';
import { snapDuration, startGlide, takeGlideStart } from './snapAnimation.ts';
import { itemShapeProps } from '../../canvas/items/itemShapeProps.ts';

/** A piece without a provider: white with dark text (21:1), and a dashed outline. */
const unassigned: PieceLook = { fill: '#ffffff', text: '#0b1f33', unfinished: true };

/**
 * A puzzle piece on the canvas: one Konva shape that draws the jigsaw outline in the provider's
 * category colour and the fitted label. Its edges follow from the slot it lies in (loose pieces get
 * the classic shape). Like the canvas's own items it is placed by its centre and registered as the
 * item's live node, so the canvas selects, drags and culls it like a note.
 */
export const PieceNode = memo(function PieceNode({ item, board, selected }: ItemRendererProps) {
  const t = useT();
  const props = pieceProps(item);
  const actorId = props.actorId;
  const actor = useWorkshop((s) => (actorId ? s.doc.actors[actorId] : undefined));
  const fonts = useFontsVersion((s) => s.version);
  const edges = edgesOf(board, item);
  const style = actor ? categoryStyle(actor.category) : undefined;
  const look: PieceLook = style ? { fill: style.fill, text: style.text, unfinished: false } : unassigned;
  const { name, provider } = pieceLabelText(item, actor, t);
  // One name size for the whole board (issue 15: even type).
  const maxSize = useBoardLabelSize(board);

  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      drawPiece(context._context, shape.width(), shape.height(), edges, look, { name, provider }, { scale: shape.getAbsoluteScale().x, selected, fontsVersion: fonts, maxSize });
    },
    // `edges` and `look` are rebuilt each render from the values listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [edges.top, edges.right, edges.bottom, edges.left, look.fill, look.text, look.unfinished, name, provider, selected, fonts, maxSize],
  );

  const shapeRef = useRef<Konva.Shape | null>(null);
  const register = nodeRef(item.id);
  const setRef = useCallback(
    (node: Konva.Shape | null) => {
      shapeRef.current = node;
      register(node);
    },
    [register],
  );

  // Where the piece's node belongs now (its centre: the shape is drawn around its offset). Read
  // when a glide stops, so a glide cut short never leaves the piece off its place.
  const home = useRef({ x: item.x + item.w / 2, y: item.y + item.h / 2 });
  home.current = { x: item.x + item.w / 2, y: item.y + item.h / 2 };

  // Glide into place after a drop or a move from the panel (see snapAnimation.ts).
  useLayoutEffect(() => {
    const node = shapeRef.current;
    const from = takeGlideStart(item.id);
    if (!node || !from || !node.getLayer()) return;
    return startGlide(node, { x: from.x + item.w / 2, y: from.y + item.h / 2 }, () => home.current, (to) => {
      const tween = new Konva.Tween({ node, duration: snapDuration, x: to.x, y: to.y, easing: Konva.Easings.EaseOut });
      tween.play();
      return tween;
    });
  }, [item.id, item.x, item.y, item.w, item.h]);

  return (
    <Shape
      ref={setRef}
      {...itemShapeProps(item)}
      sceneFunc={sceneFunc}
      perfectDrawEnabled={false}
      listening={false}
    />
  );
});

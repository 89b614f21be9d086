import { memo, type ComponentType } from 'react';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import type { ItemRendererProps } from '../extension.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { useCanvasKind } from '../extensionContext.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { BoxNode } from './BoxNode.tsx';
import { ConnectorNode } from './ConnectorNode.tsx';
import { ImageNode } from './ImageNode.tsx';

/**
 * One item on the board. It subscribes to its own record only, so typing into one note among
 * 2,000 re-renders that note and nothing else.
 */
export const ItemNode = memo(function ItemNode({ id }: { id: ItemId }) {
  const item = useWorkshop((s) => s.doc.items[id]);
  const kind = useCanvasKind();
  if (!item) return null;
  const Renderer = kind?.extension.itemRenderers?.[item.type];
  if (Renderer) return <KindItem Renderer={Renderer} item={item} board={kind.board} />;
  if (item.type === 'connector') return <ConnectorNode item={item} />;
  if (item.type === 'image') return <ImageNode item={item} />;
  return <BoxNode item={item} />;
});

/** A board kind's own item type, drawn by the kind's renderer; only these re-render on selection. */
function KindItem({ Renderer, item, board }: { Renderer: ComponentType<ItemRendererProps>; item: Item; board: Board }) {
  const selected = useCanvasSession((s) => s.selection.includes(item.id));
  return <Renderer item={item} board={board} selected={selected} />;
}

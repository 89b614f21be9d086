import { useMemo } from 'react';
import type { BoardId } from '../../../../shared/model/ids.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { boundsOf, lookupIn, orderedBoardItems } from '../boardIndex.ts';
import { cullItems } from '../culling.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { overviewMinItems, useCanvasView } from '../viewStore.ts';
import { ItemNode } from './ItemNode.tsx';
import { OverviewShape } from './OverviewShape.tsx';

/**
 * The board's items in z-order, only those in the mounted region (plus the selected and edited
 * ones, which the transformer and editor need). Over a crowded region (zoomed out on a big board)
 * one overview shape draws them all instead.
 */
export function ItemsLayerContent({ boardId }: { boardId: BoardId }) {
  const items = useWorkshop((s) => s.doc.items);
  const ordered = orderedBoardItems(items, boardId);
  const cull = useCanvasView((s) => s.cull);
  const selection = useCanvasSession((s) => s.selection);
  const editingId = useCanvasSession((s) => s.editingId);
  const pinned = useMemo(() => new Set<string>([...selection, ...(editingId ? [editingId] : [])]), [selection, editingId]);
  const visible = useMemo(() => {
    if (!cull) return [];
    const lookup = lookupIn(items);
    return cullItems(ordered, (item) => boundsOf(item, lookup), cull, pinned);
  }, [ordered, items, cull, pinned]);

  if (visible.length >= overviewMinItems) {
    return (
      <>
        <OverviewShape items={visible} lookupItems={items} skip={pinned} />
        {visible.filter((item) => pinned.has(item.id)).map((item) => (
          <ItemNode key={item.id} id={item.id} />
        ))}
      </>
    );
  }
  return visible.map((item) => <ItemNode key={item.id} id={item.id} />);
}

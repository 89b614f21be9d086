import { useEffect, useMemo } from 'react';
import type { BoardId } from '../../../../shared/model/ids.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { activeCanvas } from '../activeCanvas.ts';
import { boardItemsIn } from '../boardIndex.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { overviewMinItems } from '../viewStore.ts';
import { TiledItems } from '../tiles/TiledItems.tsx';
import { markFirstDraw } from './firstFrame.ts';
import { ItemNode } from './ItemNode.tsx';
import { useMountedRegion } from './useMountedRegion.ts';

/**
 * The board's items in z-order, only those in the mounted region (plus the selected and edited
 * ones, which the transformer and editor need). Over a crowded region (zoomed out on a big board)
 * one shape draws them all from cached bitmap tiles instead (tiles/TiledItems.tsx), at a level of
 * detail for the zoom (tiles/lod.ts); the selected and edited items stay nodes on top.
 *
 * A new region is mounted in the background (useMountedRegion.ts): the wheel or pointer event
 * that moved the camera only moves the stage.
 */
export function ItemsLayerContent({ boardId }: { boardId: BoardId }) {
  const items = useWorkshop((s) => s.doc.items);
  const cull = useMountedRegion(boardId);
  const selection = useCanvasSession((s) => s.selection);
  const editingId = useCanvasSession((s) => s.editingId);
  const pinned = useMemo(() => new Set<string>([...selection, ...(editingId ? [editingId] : [])]), [selection, editingId]);
  const visible = useMemo(() => (cull ? boardItemsIn(items, boardId, cull, pinned) : []), [items, boardId, cull, pinned]);
  const mounted = cull !== null;
  useEffect(() => {
    const runtime = activeCanvas();
    if (mounted && runtime?.boardId === boardId) markFirstDraw(runtime.layers.items, boardId, visible.length);
    // Only the first region of a board counts; later ones are pans, which the bench times per frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mounted, boardId]);

  if (visible.length >= overviewMinItems) {
    return (
      <>
        <TiledItems boardId={boardId} items={items} skip={pinned} />
        {visible.filter((item) => pinned.has(item.id)).map((item) => (
          <ItemNode key={item.id} id={item.id} />
        ))}
      </>
    );
  }
  return visible.map((item) => <ItemNode key={item.id} id={item.id} />);
}

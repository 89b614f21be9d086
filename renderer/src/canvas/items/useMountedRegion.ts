import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { KonvaRenderer } from 'react-konva';
import { rectContains, type Rect } from '../../../../shared/items/geometry.ts';
import type { BoardId } from '../../../../shared/model/ids.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { liveView, useCanvasView } from '../viewStore.ts';

/**
 * The region whose items are mounted. When the camera moves on to a new region (culling.ts picks
 * it a little before the view gets there), its items are mounted in the background as a React
 * transition, in slices between frames, so a wheel or pointer event only moves the stage. Should
 * the view still outrun that (a fast fling, a big zoom out), the new region is mounted at once:
 * never a frame with items missing at the edge.
 */
export function useMountedRegion(boardId: BoardId): Rect | null {
  const latest = useCanvasView((s) => s.cull);
  const [mounted, setMounted] = useState<{ boardId: BoardId; region: Rect | null }>({ boardId, region: latest });
  // A board just shown, or a region nothing was mounted for yet: no reason to wait.
  const current = mounted.boardId === boardId && mounted.region ? mounted.region : latest;
  const steady = mounted.boardId === boardId && mounted.region !== null;
  // What is committed (drawn), not what a background render is working on: set after commit.
  const currentRef = useRef({ region: current, steady });
  useLayoutEffect(() => {
    currentRef.current = { region: current, steady };
  }, [current, steady]);

  useEffect(() => {
    if (latest === currentRef.current.region && currentRef.current.steady) return;
    const next = { boardId, region: latest };
    if (!latest || !currentRef.current.steady) setMounted(next);
    else startTransition(() => setMounted(next));
  }, [latest, boardId]);

  useEffect(
    () =>
      useCanvasSession.subscribe((s, previous) => {
        if (s.cameras === previous.cameras) return;
        const { region, steady } = currentRef.current;
        const next = useCanvasView.getState().cull;
        // Only while panning this board: a board being switched to mounts its region directly.
        if (steady && region && next && next !== region && !rectContains(region, liveView.rect)) {
          // The items live in react-konva's renderer: its own flushSync, not react-dom's.
          KonvaRenderer.flushSyncFromReconciler(() => setMounted({ boardId, region: next }));
        }
      }),
    [boardId],
  );

  return current;
}

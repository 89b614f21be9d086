import { useCallback, useEffect, useMemo } from 'react';
import type Konva from 'konva';
import { Shape } from 'react-konva';
import type { BoardId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { useFontsVersion } from '../fontsReady.ts';
import { liveView } from '../viewStore.ts';
import { TileCache } from './tileCache.ts';

/** The tile cache of the board on screen, for the e2e tests and the bench to read. */
export const liveTiles: { cache: TileCache | null } = { cache: null };

/**
 * A crowded or zoomed-out board drawn by one Konva shape from cached bitmap tiles (tileCache.ts):
 * a camera move re-renders nothing in React and repaints no item, it copies tiles. React renders
 * this only when the document, the selection or the fonts change, and then only the tiles those
 * touch are painted again.
 */
export function TiledItems({ boardId, items, skip }: { boardId: BoardId; items: Readonly<Record<string, Item>>; skip: ReadonlySet<string> }) {
  const cache = useMemo(() => new TileCache(boardId), [boardId]);
  const fonts = useFontsVersion((s) => s.version);
  // After a frame, tiles just outside the view are painted while the page is idle.
  const warm = useMemo(() => {
    let pending = 0;
    const run = () => {
      if (pending) return;
      pending = requestIdleCallback(
        (deadline) => {
          pending = 0;
          const view = liveView.rect;
          const zoom = lastZoom.get(cache);
          if (zoom && view.w !== Infinity) cache.prefetch(view, zoom, () => deadline.timeRemaining());
        },
        { timeout: 500 },
      );
    };
    run.cancel = () => cancelIdleCallback(pending);
    return run;
  }, [cache]);
  useEffect(() => {
    liveTiles.cache = cache;
    return () => {
      warm.cancel();
      if (liveTiles.cache === cache) liveTiles.cache = null;
      cache.clear();
    };
  }, [cache, warm]);
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const layer = shape.getLayer();
      const zoom = shape.getAbsoluteScale().x;
      cache.sync(items, skip, fonts, layer?.getCanvas().getPixelRatio() ?? 1);
      lastZoom.set(cache, zoom);
      const view = liveView.rect;
      if (view.w === Infinity) return;
      // A stand-in from another level was shown: paint the rest of the view's own next frame.
      if (cache.draw(context._context, view, zoom)) requestAnimationFrame(() => layer?.batchDraw());
      else warm();
    },
    [cache, items, skip, fonts, warm],
  );
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}

const lastZoom = new WeakMap<TileCache, number>();

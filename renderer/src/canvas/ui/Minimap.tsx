import { useEffect, useMemo, useRef } from 'react';
import { rectContains, type Rect } from '../../../../shared/items/geometry.ts';
import type { Board } from '../../../../shared/model/records.ts';
import type { CanvasExtension } from '../extension.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { boundsOf, lookupIn, orderedBoardItems } from '../boardIndex.ts';
import { centreOn, visibleRect } from '../camera.ts';
import { padRect } from '../culling.ts';
import { noteColours } from '../items/draw.ts';
import { boardContentBounds } from '../kindContent.ts';
import { useCanvasSession } from '../sessionStore.ts';

const width = 220;
const height = 140;

/**
 * An overview of a board larger than the view: every item as a small box and the view as a
 * frame. Clicking or dragging in it moves the view there. The items are drawn only when they
 * change; panning moves just the frame. A kind's backdrop (an actor map's rings, a puzzle's grid)
 * counts as part of the board and shows as a pale area behind the items.
 */
export function Minimap({ runtime, board, extension }: { runtime: CanvasRuntime; board: Board; extension: CanvasExtension }) {
  const t = useT();
  const items = useWorkshop((s) => s.doc.items);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ordered = orderedBoardItems(items, runtime.boardId);
  const backdrop = useMemo(() => extension.contentBounds?.(board, ordered) ?? null, [extension, board, ordered]);
  const content = useMemo(() => boardContentBounds(board, ordered, lookupIn(items), extension), [board, ordered, items, extension]);
  const world = useMemo<Rect | null>(() => (content ? padRect(content, 0.15) : null), [content]);
  const scale = world ? Math.min(width / Math.max(1, world.w), height / Math.max(1, world.h)) : 1;
  // Only for boards larger than the view: many items, or content well beyond the screen. This
  // re-renders only when that answer changes; panning moves the view frame directly (below).
  const shown = useCanvasSession((s) => {
    const camera = s.cameras[runtime.boardId];
    if (!camera || !content) return false;
    const view = visibleRect(camera, runtime.size());
    return !rectContains(view, content) && (ordered.length >= 20 || content.w * content.h > 1.5 * view.w * view.h);
  });

  useEffect(() => {
    if (!shown || !world) return;
    const place = () => {
      const frame = frameRef.current;
      if (!frame) return;
      const view = visibleRect(runtime.camera(), runtime.size());
      // Moved by a transform, which needs no layout: a left/top change re-laid out the whole page
      // (with a 10,000-row item list) on every frame of a pan. The size changes only on zoom.
      frame.style.transform = `translate(${(view.x - world.x) * scale}px, ${(view.y - world.y) * scale}px)`;
      const w = `${(view.w * scale).toFixed(1)}px`;
      const h = `${(view.h * scale).toFixed(1)}px`;
      if (frame.style.width !== w) frame.style.width = w;
      if (frame.style.height !== h) frame.style.height = h;
    };
    place();
    return useCanvasSession.subscribe((s, previous) => {
      if (s.cameras !== previous.cameras) place();
    });
  }, [shown, world, scale, runtime]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !world || !shown) return;
    // Drawn in a task of its own after the frame: on a 50,000-item board drawing every item takes
    // tens of milliseconds, which must not hold up the board's first frame or an edit's.
    const task = setTimeout(() => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = width * ratio;
      canvas.height = height * ratio;
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      if (backdrop) {
        ctx.fillStyle = 'rgba(91,107,123,0.12)';
        ctx.fillRect((backdrop.x - world.x) * scale, (backdrop.y - world.y) * scale, backdrop.w * scale, backdrop.h * scale);
      }
      const lookup = lookupIn(items);
      for (const item of ordered) {
        if (item.type === 'connector') continue;
        const b = boundsOf(item, lookup);
        ctx.fillStyle = item.type === 'note' ? noteColours(item).fill : item.type === 'frame' ? 'rgba(91,107,123,0.18)' : '#9aa8b6';
        ctx.fillRect((b.x - world.x) * scale, (b.y - world.y) * scale, Math.max(1.5, b.w * scale), Math.max(1.5, b.h * scale));
        // An outline on a box a few pixels wide is invisible: not drawn (most of a 50,000-item wall).
        if ((item.type === 'frame' || item.type === 'note') && b.w * scale >= 4) {
          ctx.strokeStyle = 'rgba(11,31,51,0.45)';
          ctx.lineWidth = 0.5;
          ctx.strokeRect((b.x - world.x) * scale, (b.y - world.y) * scale, Math.max(1.5, b.w * scale), Math.max(1.5, b.h * scale));
        }
      }
    }, 0);
    return () => clearTimeout(task);
  }, [ordered, items, world, scale, shown, backdrop]);

  if (!shown || !world) return null;

  const moveTo = (e: React.PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const p = { x: world.x + (e.clientX - r.left) / scale, y: world.y + (e.clientY - r.top) / scale };
    runtime.setCamera(centreOn(p, runtime.size(), runtime.camera().zoom));
  };
  return (
    <div
      className="minimap"
      data-canvas-ui
      role="img"
      aria-label={t('canvas.minimap')}
      title={t('canvas.minimap')}
      style={{ width, height }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons & 1) moveTo(e);
      }}
    >
      <canvas ref={canvasRef} style={{ width, height }} />
      <div ref={frameRef} className="minimap-view" style={{ left: 0, top: 0 }} />
    </div>
  );
}

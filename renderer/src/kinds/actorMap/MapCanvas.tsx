import { useLayoutEffect, useRef, type ComponentType } from 'react';
import type { ActorId } from '../../../../shared/model/ids.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { placeActorsOnMap } from '../../../../shared/kinds/actorMap/ops.ts';
import { BoardCanvas } from '../../canvas/BoardCanvas.tsx';
import { activeCanvas } from '../../canvas/activeCanvas.ts';
import { fitRect, screenToBoard } from '../../canvas/camera.ts';
import { cameraOf, setCamera } from '../../canvas/sessionStore.ts';
import { mapBounds } from '../../../../shared/kinds/actorMap/rings.ts';
import { readActorMapProps } from '../../../../shared/kinds/actorMap/props.ts';
import { useWorkshopStore } from '../../workshop/WorkshopContext.ts';
import type { CanvasExtension } from '../rendererKind.ts';
import { actorDragType, isActorDrag } from './dnd.ts';
import { actorMapExtension } from './extension.ts';

/**
 * The shared canvas as the rendererKind contract describes it: BoardCanvas with an `extension`.
 * (Typed loosely here so this file compiles whether or not BoardCanvas declares the prop yet.)
 */
const CanvasWithExtension = BoardCanvas as unknown as ComponentType<{ board: Board; extension?: CanvasExtension }>;

/**
 * The map itself: the shared canvas with the actor map's chips and backdrop, which also takes
 * actors dropped from the panel's list. The drop point becomes the chip's centre.
 */
export function MapCanvas({ board }: { board: Board }) {
  const store = useWorkshopStore();
  const wrapper = useRef<HTMLDivElement>(null);

  // The canvas opens a board on its items; a map is its rings and legend too (and a new map may
  // have no chips yet). The first time a map is shown, start with all of it in view.
  useLayoutEffect(() => {
    if (cameraOf(board.id)) return;
    const host = wrapper.current?.querySelector<HTMLElement>('.canvas-host');
    const width = host?.clientWidth || (wrapper.current?.clientWidth ?? 0) - 84;
    const height = host?.clientHeight || (wrapper.current?.clientHeight ?? 0);
    if (width <= 0 || height <= 0) return;
    const props = readActorMapProps(store.getState().doc.boards[board.id]?.props ?? {});
    setCamera(board.id, fitRect(mapBounds(props.rings.length, props.legend, props.sectors), { width, height }, { padding: 24, maxFitZoom: 1 }));
  }, [board.id, store]);
  const onDrop = (e: React.DragEvent<HTMLDivElement>) => {
    if (!isActorDrag(e)) return;
    e.preventDefault();
    const actorId = e.dataTransfer.getData(actorDragType) as ActorId;
    if (!actorId || !store.getState().doc.actors[actorId]) return;
    const runtime = activeCanvas();
    let at: { x: number; y: number } | undefined;
    if (runtime && runtime.boardId === board.id) {
      const r = runtime.host.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (inside) at = screenToBoard(runtime.camera(), { x: e.clientX - r.left, y: e.clientY - r.top });
    }
    store.getState().run(placeActorsOnMap, { boardId: board.id, actorIds: [actorId], at });
    runtime?.host.focus();
  };
  return (
    <div
      ref={wrapper}
      className="actor-map-canvas"
      onDragOver={(e) => {
        if (!isActorDrag(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
    >
      <CanvasWithExtension board={board} extension={actorMapExtension} />
    </div>
  );
}

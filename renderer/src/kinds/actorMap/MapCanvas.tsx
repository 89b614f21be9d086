import type { ActorId } from '../../../../shared/model/ids.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { placeActorsOnMap } from '../../../../shared/kinds/actorMap/ops.ts';
import { BoardCanvas } from '../../canvas/BoardCanvas.tsx';
import { activeCanvas } from '../../canvas/activeCanvas.ts';
import { screenToBoard } from '../../canvas/camera.ts';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { actorDragType, isActorDrag } from './dnd.ts';
import { actorMapExtension } from './extension.ts';

/**
 * The map itself: the shared canvas with the actor map's chips and backdrop, which also takes
 * actors dropped from the panel's list. The drop point becomes the chip's centre. The first view
 * takes in the whole map, rings and legend too (the extension's `contentBounds`).
 */
export function MapCanvas({ board }: { board: Board }) {
  const store = useWorkshopStore();
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
      className="actor-map-canvas"
      onDragOver={(e) => {
        if (!isActorDrag(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
    >
      <BoardCanvas board={board} extension={actorMapExtension} />
    </div>
  );
}

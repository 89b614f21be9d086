/**
 * Dragging an actor from a list (the map's panel) onto the canvas: HTML drag and drop with our
 * own type, so a drop of text or a file from elsewhere is never read as an actor.
 */
export const actorDragType = 'application/x-samkart-actor';

export function startActorDrag(e: React.DragEvent, actorId: string): void {
  e.dataTransfer.setData(actorDragType, actorId);
  e.dataTransfer.effectAllowed = 'copyMove';
}

export function isActorDrag(e: React.DragEvent): boolean {
  return e.dataTransfer.types.includes(actorDragType);
}

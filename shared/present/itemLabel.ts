import type { WorkshopDoc } from '../model/document.ts';
import type { ActorId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';

/** Longest label a list or a dot-count summary shows; the full text stays on the board. */
export const maxLabelLength = 140;

const textKeys = ['text', 'title', 'label', 'name', 'alt'] as const;

/**
 * The words that name an item in a list (the vote summary, the accessible item list): its own
 * text, else the CURRENT name of the actor it stands for (so a rename shows everywhere), else ''.
 */
export function itemLabel(doc: Pick<WorkshopDoc, 'actors'>, item: Item): string {
  for (const key of textKeys) {
    const value = item.props[key];
    if (typeof value === 'string' && value.trim() !== '') return tidy(value);
  }
  const actorId = item.props['actorId'];
  if (typeof actorId === 'string') {
    const actor = doc.actors[actorId as ActorId];
    if (actor) return tidy(actor.name);
  }
  return '';
}

function tidy(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > maxLabelLength ? `${oneLine.slice(0, maxLabelLength - 1)}…` : oneLine;
}

/**
 * What a room votes on: notes, texts, shapes, images and a kind's own items (an actor, a puzzle
 * piece). Frames are containers and connectors are relations; a dot on them means nothing.
 */
export function isVotable(item: Item): boolean {
  return item.type !== 'frame' && item.type !== 'connector';
}

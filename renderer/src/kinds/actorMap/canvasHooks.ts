import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { isActorChip } from '../../../../shared/kinds/actorMap/chip.ts';
import { readActorMapProps } from '../../../../shared/kinds/actorMap/props.ts';
import { mapBounds } from '../../../../shared/kinds/actorMap/rings.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import type { DescribeContext, ItemCapabilities, ItemClick, Translate } from '../../canvas/extension.ts';
import { updateMapSession } from './mapSession.ts';

/**
 * The actor map's answers to the shared canvas (see CanvasExtension): what of the board it draws,
 * how its chips read aloud, and what the selection may do to them.
 */

/** The rings, the sector names and the legend: the map, even before any actor is on it. */
export function actorMapContentBounds(board: Board): Rect {
  const props = readActorMapProps(board.props);
  return mapBounds(props.rings.length, props.legend, props.sectors);
}

/** «Aktør: NAV (Kommune)»: the actor's current name and category, as the chip shows them. */
export function describeChip(item: Item, t: Translate, { actors }: DescribeContext): string {
  const actor = isActorChip(item) ? actors[item.props.actorId] : undefined;
  if (!actor) return t('actorMap.item.chipMissing');
  return t('actorMap.item.chip', { name: actor.name, category: t(categoryStyle(actor.category).labelKey) });
}

/** Chips are read level from the back of the room: they are resized but never turned. */
export const chipCapabilities: ItemCapabilities = { rotate: false };

/** A double-click on a chip opens its actor's card, where every field of the actor is edited. */
export function openChipActor({ board, item }: ItemClick): boolean {
  if (!isActorChip(item)) return false;
  updateMapSession(board.id, { editingActor: item.props.actorId });
  return true;
}

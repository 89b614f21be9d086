import { actorChipItemType } from './chip.ts';
import { defineBoardKind, type BoardKind } from '../boardKind.ts';
import { describeActorMapUses } from './actorUses.ts';
import { tidyActorMaps } from './cleanup.ts';
import { addActorMapExample } from './example.ts';
import { actorMapTables } from './tables.ts';
import { actorMap as messages } from './messages.ts';
import { actorMapKindName } from './kindName.ts';
import { ActorMapPropsSchema, defaultActorMapProps, type ActorMapProps } from './props.ts';
import { applyMentalHealthTemplate } from './template.ts';

/**
 * Aktørkart: the user in the centre, rings of actors around, relations between them; with the
 * stakeholder table and the power/interest grid as companion views of the same registry records.
 */
export const actorMapKind: BoardKind<ActorMapProps, typeof messages> = defineBoardKind({
  kind: actorMapKindName,
  labelKey: 'actorMap.kind',
  descriptionKey: 'actorMap.kind.description',
  propsSchema: ActorMapPropsSchema,
  defaultProps: defaultActorMapProps,
  applyTemplate: applyMentalHealthTemplate,
  itemTypes: [actorChipItemType],
  messages,
  // A merge or delete may leave a chip without its actor, two chips of one actor, or duplicate relations.
  actorHooks: { afterActorsRewritten: (draft, boardIds) => tidyActorMaps(draft, boardIds), describeUses: describeActorMapUses },
  example: { place: 2, add: addActorMapExample },
  tables: actorMapTables,
});

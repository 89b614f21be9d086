import { defineBoardKind } from '../boardKind.ts';
import { actorChipItemType } from './chip.ts';
import { actorMapKindName } from './kindName.ts';
import { ActorMapPropsSchema, defaultActorMapProps } from './props.ts';
import { applyMentalHealthTemplate } from './template.ts';

/**
 * Aktørkart: the user in the centre, rings of actors around, relations between them; with the
 * stakeholder table and the power/interest grid as companion views of the same registry records.
 */
export const actorMapKind = defineBoardKind({
  kind: actorMapKindName,
  labelKey: 'actorMap.kind',
  descriptionKey: 'actorMap.kind.description',
  propsSchema: ActorMapPropsSchema,
  defaultProps: defaultActorMapProps,
  applyTemplate: applyMentalHealthTemplate,
  itemTypes: [actorChipItemType],
});

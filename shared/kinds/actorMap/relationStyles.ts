import type { MessageKey } from '../../i18n/messages.ts';
import { relationTypes, type RelationType } from './props.ts';

/**
 * How each relation type is drawn. Each differs by its line pattern and width as well as its
 * colour, so the map reads the same on a washed-out projector, to a colour-blind reader and in a
 * greyscale print of the report (checked in tests/unit/actorMap/relationStyles.test.ts):
 * formal agreement is the thickest solid line, regular collaboration a thinner solid line,
 * informal contact dashed, weak or missing dotted, conflict dash-dot in red.
 */
export interface RelationStyle {
  type: RelationType;
  labelKey: MessageKey;
  /** '#rrggbb', at least 4.5:1 against the map's light backgrounds. */
  stroke: string;
  /** Board units. */
  width: number;
  /** Konva/Canvas dash pattern in board units; empty = solid. */
  dash: readonly number[];
  /** Round caps turn the short dashes of "weak" into dots. */
  lineCap: 'butt' | 'round';
}

const styles: Record<RelationType, Omit<RelationStyle, 'type' | 'labelKey'>> = {
  formal: { stroke: '#0B3C74', width: 9, dash: [], lineCap: 'butt' },
  regular: { stroke: '#1D6331', width: 4.5, dash: [], lineCap: 'butt' },
  informal: { stroke: '#6E4300', width: 4.5, dash: [22, 14], lineCap: 'butt' },
  weak: { stroke: '#4D4D4D', width: 6, dash: [0.1, 16], lineCap: 'round' },
  conflict: { stroke: '#A3001B', width: 6, dash: [30, 10, 6, 10], lineCap: 'butt' },
};

export const relationStyles: readonly RelationStyle[] = relationTypes.map((type) => ({
  type,
  labelKey: `actorMap.relation.${type}` as const satisfies MessageKey,
  ...styles[type],
}));

export function relationStyle(type: RelationType): RelationStyle {
  return relationStyles.find((s) => s.type === type) ?? relationStyles[0]!;
}

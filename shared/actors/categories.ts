import type { MessageKey } from '../i18n/messages.ts';
import type { ActorCategory } from '../model/records.ts';

/** How one actor category looks everywhere: actor map, matrix column heads, puzzle pieces, exports. */
export interface ActorCategoryStyle {
  category: ActorCategory;
  labelKey: MessageKey;
  /** Background of the actor's shape, '#rrggbb'. */
  fill: string;
  /** Text drawn on the fill, '#rrggbb'; contrast with the fill is at least 7:1 (WCAG AAA). */
  text: string;
}

/*
 * The palette. Two constraints, both checked by tests/unit/examples/categories.test.ts:
 * - Legible from the back of a room on a washed-out projector: text/fill contrast >= 7:1. With black
 *   text that needs a fill of relative luminance >= 0.30 (L* >= 62); with white text <= 0.10 (L* <= 38).
 * - Distinguishable in greyscale print: the seven fills sit on seven lightness steps roughly 10 L*
 *   apart (four light fills with black text, three dark fills with white text), so hue is never the
 *   only cue. Approximate L*: other 96.5, user 85, municipality 74, specialist 63, userOrg 35,
 *   competence 22, premise 10.
 * Hues follow the usual actor-map convention (user yellow, municipality green, specialist blue).
 */
const styles = {
  user: { fill: '#F8D14A', text: '#000000' }, // warm yellow: the user in the centre
  municipality: { fill: '#8AC67E', text: '#000000' }, // green
  specialist: { fill: '#689CDA', text: '#000000' }, // blue
  userOrg: { fill: '#962C42', text: '#FFFFFF' }, // burgundy
  premise: { fill: '#101B36', text: '#FFFFFF' }, // near-black navy: authorities and leadership
  competence: { fill: '#43246C', text: '#FFFFFF' }, // deep purple
  other: { fill: '#F5F5F5', text: '#000000' }, // pale neutral grey
} as const satisfies Record<ActorCategory, { fill: string; text: string }>;

/** The fixed order of categories in legends, pickers and sorted tables (domain.md's order). */
const order: readonly ActorCategory[] = ['user', 'municipality', 'specialist', 'userOrg', 'premise', 'competence', 'other'];

/** Every category, in display order, with its label key and colours. */
export const actorCategories: readonly ActorCategoryStyle[] = Object.freeze(
  order.map((category) =>
    Object.freeze({ category, labelKey: `category.${category}` as const satisfies MessageKey, ...styles[category] }),
  ),
);

const byCategory = new Map<ActorCategory, ActorCategoryStyle>(actorCategories.map((s) => [s.category, s]));

/** The style of one category. Unknown values (a newer file) fall back to 'other'. */
export function categoryStyle(category: ActorCategory): ActorCategoryStyle {
  return byCategory.get(category) ?? (byCategory.get('other') as ActorCategoryStyle);
}

/** Position of the category in the display order (0-based); unknown values sort last. */
export function categoryOrder(category: ActorCategory): number {
  const i = order.indexOf(category);
  return i < 0 ? order.length : i;
}

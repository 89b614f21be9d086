import { actorCategoryValues, type Actor } from '../../model/records.ts';
import { categoryOrder } from '../../actors/categories.ts';
import { gridPositionOf, quadrantOf, quadrants, type Quadrant } from './grid.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { assertNever } from '../../util/assertNever.ts';

/**
 * The stakeholder table's columns: seed 004's interessentanalyse (stakeholder, interest in the
 * project, importance A/B/C, influence H/M/L, strategy) plus category, interest level, attitude
 * and information needs, and the grid quadrant that follows from influence and interest.
 */
export type EditableKey = 'name' | 'category' | 'interest' | 'importance' | 'influence' | 'interestLevel' | 'attitude' | 'informationNeeds' | 'strategy';
export type ColumnKey = EditableKey | 'quadrant';

export interface Column {
  key: ColumnKey;
  labelKey: MessageKey;
  /** 'text' cells edit in a text field, 'choice' cells in a list; 'computed' cells are read-only. */
  kind: 'text' | 'choice' | 'computed';
  /** Values of a choice column, in the order of the list ('' = not assessed). */
  options?: readonly string[];
  /** Wide columns wrap their text; narrow ones hold a letter. */
  width: 'wide' | 'medium' | 'narrow';
  /** Share of the table's width, in per cent (the shares add up to 100). */
  share: number;
}

export const columns: readonly Column[] = [
  { key: 'name', labelKey: 'actorMap.table.actor', kind: 'text', width: 'medium', share: 12 },
  { key: 'category', labelKey: 'actorMap.table.category', kind: 'choice', options: actorCategoryValues, width: 'medium', share: 11 },
  { key: 'interest', labelKey: 'actorMap.table.interest', kind: 'text', width: 'wide', share: 12.5 },
  { key: 'importance', labelKey: 'actorMap.table.importance', kind: 'choice', options: ['', 'A', 'B', 'C'], width: 'narrow', share: 6.5 },
  { key: 'influence', labelKey: 'actorMap.table.influence', kind: 'choice', options: ['', 'H', 'M', 'L'], width: 'narrow', share: 8 },
  { key: 'interestLevel', labelKey: 'actorMap.table.interestLevel', kind: 'choice', options: ['', 'H', 'M', 'L'], width: 'narrow', share: 8.5 },
  { key: 'attitude', labelKey: 'actorMap.table.attitude', kind: 'text', width: 'medium', share: 8 },
  { key: 'informationNeeds', labelKey: 'actorMap.table.informationNeeds', kind: 'text', width: 'wide', share: 12 },
  { key: 'strategy', labelKey: 'actorMap.table.strategy', kind: 'text', width: 'wide', share: 11 },
  { key: 'quadrant', labelKey: 'actorMap.table.quadrant', kind: 'computed', width: 'medium', share: 10.5 },
];

export function valueOf(actor: Actor, key: EditableKey): string {
  return key === 'interestLevel' ? (actor.interestLevel ?? '') : actor[key];
}

export function quadrantOfActor(actor: Actor): Quadrant | null {
  return quadrantOf(gridPositionOf(actor));
}

const levelRank: Record<string, number> = { H: 0, M: 1, L: 2, '': 3 };
const importanceRank: Record<string, number> = { A: 0, B: 1, C: 2, '': 3 };

/**
 * Compares two actors by a column, the way a reader expects: A before B before C, high before
 * medium before low, categories in their fixed order, text in Norwegian alphabetical order (æ, ø,
 * å last), and the not-assessed always last.
 */
export function compareBy(key: ColumnKey, a: Actor, b: Actor, locale: string): number {
  switch (key) {
    case 'category':
      return categoryOrder(a.category) - categoryOrder(b.category);
    case 'importance':
      return importanceRank[a.importance]! - importanceRank[b.importance]!;
    case 'influence':
    case 'interestLevel':
      return levelRank[valueOf(a, key)]! - levelRank[valueOf(b, key)]!;
    case 'quadrant': {
      const qa = quadrantOfActor(a);
      const qb = quadrantOfActor(b);
      return (qa ? quadrants.indexOf(qa) : quadrants.length) - (qb ? quadrants.indexOf(qb) : quadrants.length);
    }
    case 'name':
    case 'interest':
    case 'attitude':
    case 'informationNeeds':
    case 'strategy': {
      const va = valueOf(a, key);
      const vb = valueOf(b, key);
      if (!va !== !vb) return va ? -1 : 1;
      return va.localeCompare(vb, locale);
    }
    default:
      return assertNever(key, 'column');
  }
}

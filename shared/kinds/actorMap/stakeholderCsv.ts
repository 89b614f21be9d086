import { categoryOrder, categoryStyle } from '../../actors/categories.ts';
import { formatCsv } from '../../csv/index.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { MessageParams } from '../../i18n/translate.ts';
import type { Actor } from '../../model/records.ts';
import { assertNever } from '../../util/assertNever.ts';
import { columns, quadrantOfActor, valueOf, type ColumnKey } from './stakeholderColumns.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** One cell as the file holds it: the letters (A/B/C, H/M/L) as data, a category and a quadrant in words. */
function cell(actor: Actor, key: ColumnKey, t: Translate): string {
  switch (key) {
    case 'category':
      return t(categoryStyle(actor.category).labelKey);
    case 'quadrant': {
      const q = quadrantOfActor(actor);
      const assessed = actor.influence !== '' && (actor.interestLevel ?? '') !== '';
      return q ? t(`actorMap.quadrant.${q}`) : assessed ? t('actorMap.quadrant.between') : '';
    }
    case 'name':
    case 'interest':
    case 'importance':
    case 'influence':
    case 'interestLevel':
    case 'attitude':
    case 'informationNeeds':
    case 'strategy':
      return valueOf(actor, key);
    default:
      return assertNever(key, 'stakeholder column');
  }
}

/**
 * The stakeholder analysis (interessentanalyse) as CSV, with the columns the table on screen has,
 * in its default order (category, then the registry's order, then name). Fields that start like a
 * formula are escaped: the file is meant for reading in Excel, and the text comes from a workshop.
 */
export function stakeholderCsv(actors: readonly Actor[], t: Translate, locale: string): string {
  const rows = [...actors].sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.name.localeCompare(b.name, locale));
  return formatCsv([columns.map((c) => t(c.labelKey)), ...rows.map((actor) => columns.map((c) => cell(actor, c.key, t)))]);
}

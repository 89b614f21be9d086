import { categoryOrder, categoryStyle } from '../../../../shared/actors/categories.ts';
import type { Language } from '../../../../shared/i18n/messages.ts';
import { localeOf } from '../../../../shared/i18n/translate.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Actor } from '../../../../shared/model/records.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { columns, quadrantOfActor, valueOf, type Column } from '../../../../shared/kinds/actorMap/stakeholderColumns.ts';
import { reportInkSoft, type ReportWriter, type Translate } from './reportWriter.ts';
import { drawTable, type CellValue } from './table.ts';

/**
 * The stakeholder analysis (interessentanalyse) of every actor in the registry, with the columns
 * and words of the stakeholder table on screen (shared/kinds/actorMap/stakeholderColumns.ts), in the table's
 * own order: by category, then as the registry orders them.
 */

/** A cell as the table on screen shows it: labels instead of codes, "–" for not assessed. */
export function stakeholderCell(actor: Actor, column: Column, t: Translate): CellValue {
  switch (column.key) {
    case 'category': {
      const style = categoryStyle(actor.category);
      return { text: t(style.labelKey), fill: style.fill, ink: style.text };
    }
    case 'quadrant': {
      const q = quadrantOfActor(actor);
      const assessed = actor.influence !== '' && (actor.interestLevel ?? '') !== '';
      return q ? t(`actorMap.quadrant.${q}`) : assessed ? t('actorMap.quadrant.between') : '–';
    }
    case 'influence':
    case 'interestLevel': {
      const v = valueOf(actor, column.key);
      return v ? `${v} – ${t(`actorMap.level.${v as 'H' | 'M' | 'L'}`)}` : '–';
    }
    case 'name':
    case 'interest':
    case 'importance':
    case 'attitude':
    case 'informationNeeds':
    case 'strategy':
      return valueOf(actor, column.key) || '–';
    default:
      return assertNever(column.key, 'column');
  }
}

export function stakeholderRows(doc: WorkshopDoc, language: Language): Actor[] {
  const locale = localeOf(language);
  return Object.values(doc.actors).sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.name.localeCompare(b.name, locale));
}

export function writeStakeholders(w: ReportWriter, doc: WorkshopDoc, language: Language): void {
  const { t } = w;
  const title = t('export.report.stakeholders');
  w.newPage();
  w.entry(title, 1);
  w.heading(title, 1);
  const actors = stakeholderRows(doc, language);
  if (actors.length === 0) {
    w.paragraph(t('export.report.noActors'), { size: w.type.body, weight: 400, colour: reportInkSoft });
    return;
  }
  w.paragraph(t('export.report.stakeholdersIntro'), { size: w.type.body, weight: 400, colour: reportInkSoft });
  drawTable(
    w,
    columns.map((c) => ({ header: t(c.labelKey), share: c.share, align: c.width === 'narrow' ? 'center' : 'left' })),
    actors.map((actor) => columns.map((c) => stakeholderCell(actor, c, t))),
    { continuedTitle: t('export.report.continued', { heading: title }) },
  );
}

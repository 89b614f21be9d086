import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../../shared/i18n/translate.ts';
import { sortedByOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import { calendarDate } from '../report/dates.ts';
import { contentTable, type ContentBlock } from '../../../../shared/report/contentModel.ts';

/**
 * The cover's content as the PDF report's cover has it: the title, what it is, the region and
 * the process guide, the description, the gatherings with their dates, and the participants.
 */
export interface CoverContent {
  title: string;
  subtitle: string;
  facts: { label: string; value: string }[];
  description: string[];
  gatheringsHeading: string;
  gatherings: string[];
  participantsHeading: string;
  participants: ContentBlock;
  /** The first and last gathering's dates, "17. september 2019 – 16. mars 2021"; '' without dates. */
  dates: string;
}

export function coverContent(doc: WorkshopDoc, language: Language): CoverContent {
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const gatherings = sortedByOrder(doc.gatherings);
  const dated = gatherings.map((g) => g.date).filter((d): d is string => typeof d === 'string' && d !== '').sort();
  const dates = dated.length === 0 ? '' : dated.length === 1 ? calendarDate(dated[0]!, language) : `${calendarDate(dated[0]!, language)} – ${calendarDate(dated.at(-1)!, language)}`;
  const participants = sortedByOrder(doc.participants);
  return {
    title: doc.meta.title.trim() || t('export.report.untitled'),
    subtitle: t('export.report.subtitle'),
    facts: [
      { label: t('details.region'), value: doc.meta.region },
      { label: t('details.facilitator'), value: doc.meta.facilitator },
    ].filter((f) => f.value.trim() !== ''),
    description: doc.meta.description.split(/\r?\n/).filter((p) => p.trim() !== ''),
    gatheringsHeading: t('details.gatherings'),
    gatherings:
      gatherings.length === 0
        ? [t('export.report.noGatherings')]
        : gatherings.map((g) => {
            const date = g.date ? calendarDate(g.date, language) : t('export.report.noDate');
            return g.place.trim() ? t('export.report.gatheringLinePlace', { title: g.title, date, place: g.place }) : t('export.report.gatheringLine', { title: g.title, date });
          }),
    participantsHeading: t('details.participants'),
    participants:
      participants.length === 0
        ? { kind: 'paragraph', text: t('export.report.noParticipants'), soft: true }
        : {
            kind: 'table',
            table: contentTable(
              [
                { header: t('details.participantName'), share: 3 },
                { header: t('details.participantOrganisation'), share: 4 },
                { header: t('details.participantRole'), share: 4 },
              ],
              participants.map((p) => [p.name, p.organisation, p.role]),
            ),
          },
    dates,
  };
}

import type { Language } from '../../../../shared/i18n/messages.ts';
import { lineHeightFactor } from '../../../../shared/items/textFit.ts';
import { sortedByOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import { calendarDate } from './dates.ts';
import { reportInk, reportInkSoft, type ReportWriter } from './reportWriter.ts';
import { drawTable } from './table.ts';

/**
 * The cover: the workshop's title, what it is, the region and the process guide, its description,
 * the gatherings with their dates, and who took part (with their organisations).
 */
export function writeCover(w: ReportWriter, doc: WorkshopDoc, language: Language): void {
  const { t, type } = w;
  w.newPage();
  const title = doc.meta.title.trim() || t('export.report.untitled');
  w.y = w.top + type.title * 0.4;
  const titleStyle = { size: type.title, weight: 800, colour: reportInk };
  const heading = w.tree.add('H1');
  for (const line of w.wrap(title, w.width, titleStyle)) {
    w.tagged(heading, (canvas) => canvas.text(line, w.left, w.y + type.title, titleStyle));
    w.y += type.title * lineHeightFactor;
  }
  w.y += type.body * 0.4;
  w.paragraph(t('export.report.subtitle'), { size: type.h2, weight: 400, colour: reportInkSoft }, { after: 1.2 });

  const facts: [string, string][] = [
    [t('details.region'), doc.meta.region],
    [t('details.facilitator'), doc.meta.facilitator],
  ];
  for (const [label, value] of facts) {
    if (value.trim() === '') continue;
    const labelStyle = { size: type.body, weight: 700, colour: reportInk };
    w.ensure(type.body * lineHeightFactor);
    const fact = w.tree.add('P');
    const labelWidth = w.tagged(fact, (canvas) => canvas.text(`${label}: `, w.left, w.y + type.body, labelStyle));
    const lines = w.wrap(value, w.width - labelWidth, { size: type.body, weight: 400 });
    lines.forEach((line, i) => {
      w.ensure(type.body * lineHeightFactor);
      w.tagged(fact, (canvas) => canvas.text(line, w.left + labelWidth, w.y + type.body, { size: type.body, weight: 400, colour: reportInk }));
      if (i < lines.length - 1) w.y += type.body * lineHeightFactor;
    });
    w.y += type.body * lineHeightFactor;
  }
  if (doc.meta.description.trim() !== '') {
    w.y += type.body * 0.5;
    for (const para of doc.meta.description.split(/\r?\n/)) if (para.trim() !== '') w.paragraph(para, { size: type.body, weight: 400 }, { after: 0.4 });
  }

  w.heading(t('details.gatherings'), 2);
  const gatherings = sortedByOrder(doc.gatherings);
  if (gatherings.length === 0) w.paragraph(t('export.report.noGatherings'), { size: type.body, weight: 400, colour: reportInkSoft });
  for (const g of gatherings) {
    const date = g.date ? calendarDate(g.date, language) : t('export.report.noDate');
    const line = g.place.trim() ? t('export.report.gatheringLinePlace', { title: g.title, date, place: g.place }) : t('export.report.gatheringLine', { title: g.title, date });
    w.paragraph(`•  ${line}`, { size: type.body, weight: 400 }, { after: 0.25 });
  }

  w.heading(t('details.participants'), 2);
  const participants = sortedByOrder(doc.participants);
  if (participants.length === 0) {
    w.paragraph(t('export.report.noParticipants'), { size: type.body, weight: 400, colour: reportInkSoft });
    return;
  }
  drawTable(
    w,
    [
      { header: t('details.participantName'), share: 3 },
      { header: t('details.participantOrganisation'), share: 4 },
      { header: t('details.participantRole'), share: 4 },
    ],
    participants.map((p) => [p.name, p.organisation, p.role]),
    { continuedTitle: t('export.report.continued', { heading: t('details.participants') }) },
  );
}

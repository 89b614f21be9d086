import type { Language } from '../../../../shared/i18n/messages.ts';
import { localeOf } from '../../../../shared/i18n/translate.ts';
import { officeFractionByHour } from '../../../../shared/kinds/acuteLoop/officeHours.ts';
import { readAcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { stationTable } from '../../../../shared/kinds/acuteLoop/stationTable.ts';
import { hourRange, hourlyLabel } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { acuteLoopFigures, stationColumnShares } from '../../../../shared/kinds/acuteLoop/figures.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { reportInkSoft, type ReportWriter } from '../../export/report/reportWriter.ts';
import { drawTable, type CellValue } from '../../export/report/table.ts';

/**
 * An acute-loop board in figures: the share outside office hours with what was counted and where
 * the numbers come from, the revolving door's figures (rounds a year, patients, one round's
 * duration), the counts hour by hour, the stations as the loop's own table (stationTable.ts),
 * and the needs.
 */
export function writeAcuteLoop(w: ReportWriter, doc: WorkshopDoc, board: Board, language: Language): void {
  const { t } = w;
  const title = t('export.report.acuteLoopHeading', { name: board.name });
  w.newPage();
  w.entry(title, 1);
  w.heading(title, 1);
  const props = readAcuteLoopProps(board.props);
  const numberFormat = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
  const figures = acuteLoopFigures(props, language, t);
  drawTable(
    w,
    [
      { header: t('export.report.figure'), share: 2 },
      { header: t('export.report.value'), share: 3 },
    ],
    figures.map(([label, value]) => [{ text: label, bold: true }, value]),
  );

  // The counts hour by hour, in two rows of twelve; hours inside office hours are shaded as on the clock.
  const inside = officeFractionByHour(props.officeHours);
  for (const half of [0, 12]) {
    const hours = Array.from({ length: 12 }, (_, i) => half + i);
    drawTable(
      w,
      [{ header: hourlyLabel(props.hourly, t), share: 3.4 }, ...hours.map((h) => ({ header: `${hourRange(h).from}–${hourRange(h).to}`, share: 1, align: 'center' as const }))],
      [[{ text: t('export.report.total'), bold: true }, ...hours.map((h): CellValue => ({ text: numberFormat.format(props.hourly.counts[h] ?? 0), ...(inside[h]! > 0 ? { fill: '#d7e6f6' } : {}) }))]],
    );
  }

  w.heading(t('export.report.stations'), 2, 40);
  const [header, ...stations] = stationTable(props, doc.actors, t);
  if (stations.length === 0) w.paragraph(t('export.report.noStations'), { size: w.type.body, weight: 400, colour: reportInkSoft });
  else
    drawTable(
      w,
      header!.map((h, i) => ({ header: h, share: stationColumnShares[i] ?? 3, align: i === 0 ? ('center' as const) : ('left' as const) })),
      stations,
      { continuedTitle: t('export.report.continued', { heading: t('export.report.stations') }) },
    );

  const needs = props.needs.filter((n) => n.text.trim() !== '');
  if (needs.length > 0) {
    w.heading(t('acuteLoop.needs.title'), 2, 30);
    for (const need of needs) w.paragraph(`${need.level === 0 ? '•' : '–'}  ${need.text}`, { size: w.type.body, weight: need.level === 0 ? 700 : 400 }, { indent: need.level * w.type.body * 1.6, after: 0.25 });
  }
}

import { localeOf } from '../../i18n/locale.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import type { Board } from '../../model/records.ts';
import { contentTable, type ContentBlock, type ContentCellValue, type ContentSection } from '../../report/contentModel.ts';
import type { KindContext } from '../boardKind.ts';
import { acuteLoopFigures, stationColumnShares } from './figures.ts';
import { officeFractionByHour } from './officeHours.ts';
import { readAcuteLoopProps } from './schema.ts';
import { stationTable } from './stationTable.ts';
import { hourRange, hourlyLabel } from './texts.ts';

/**
 * An acute-loop board in the report: the key figures, the counts hour by hour, the stations as the
 * loop's own table and the needs (the PDF draws the same in renderer/src/kinds/acuteLoop/reportPages.ts,
 * with the hours in two rows of twelve).
 */
export function acuteLoopReportSection(doc: WorkshopDoc, board: Board, { language, t }: KindContext): ContentSection {
  const props = readAcuteLoopProps(board.props);
  const numberFormat = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
  const figures = acuteLoopFigures(props, language, t);
  const inside = officeFractionByHour(props.officeHours);
  const blocks: ContentBlock[] = [
    {
      kind: 'table',
      table: contentTable(
        [
          { header: t('export.report.figure'), share: 2 },
          { header: t('export.report.value'), share: 3 },
        ],
        figures.map(([label, value]) => [{ text: label, bold: true }, value]),
      ),
    },
    // The hours as a column table (24 rows), which a Word page and a spreadsheet both read well.
    {
      kind: 'table',
      table: contentTable(
        [
          { header: t('acuteLoop.data.csvHour'), share: 1 },
          { header: hourlyLabel(props.hourly, t), share: 2, align: 'center' },
        ],
        props.hourly.counts.map((count, h): ContentCellValue[] => [`${hourRange(h).from}–${hourRange(h).to}`, { text: numberFormat.format(count), ...(inside[h]! > 0 ? { fill: '#d7e6f6' } : {}) }]),
      ),
    },
    { kind: 'subheading', text: t('export.report.stations') },
  ];
  const [header, ...stations] = stationTable(props, doc.actors, t);
  if (stations.length === 0) blocks.push({ kind: 'paragraph', text: t('export.report.noStations'), soft: true });
  else blocks.push({ kind: 'table', table: contentTable(header!.map((h, i) => ({ header: h, share: stationColumnShares[i] ?? 3, align: i === 0 ? ('center' as const) : ('left' as const) })), stations) });
  const needs = props.needs.filter((n) => n.text.trim() !== '');
  if (needs.length > 0) {
    blocks.push({ kind: 'subheading', text: t('acuteLoop.needs.title') });
    blocks.push({ kind: 'bullets', items: needs.map((n) => ({ text: n.text, level: n.level, bold: n.level === 0 })) });
  }
  return { title: t('export.report.acuteLoopHeading', { name: board.name }), blocks };
}

import { formatCsv } from '../../csv/index.ts';
import type { Actor } from '../../model/records.ts';
import { officeFractionByHour, outsideOfficeShare, percentOf } from './officeHours.ts';
import type { AcuteLoopProps } from './schema.ts';
import { stationTable } from './stationTable.ts';
import { hourlyLabel, officeText, percentText, type Translate } from './texts.ts';

/** Numbers as Norwegian Excel reads them: a decimal comma, no grouping, at most two decimals. */
function decimal(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/**
 * All of an acute-loop board's data in one CSV file for Excel: what is counted and where from, the
 * office hours, the events hour by hour (with how much of each hour is office time, so the share
 * outside can be checked in the spreadsheet), the total and the share outside office hours, the
 * headline figures, and then the stations table as the report shows it. UTF-8 with a BOM,
 * semicolons and CRLF, through shared/csv; an empty line between the two parts.
 */
export function acuteLoopCsv(props: AcuteLoopProps, actors: Readonly<Record<string, Actor>>, t: Translate): string {
  const label = hourlyLabel(props.hourly, t);
  const fractions = officeFractionByHour(props.officeHours);
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  const rows: string[][] = [[t('exportUi.csv.hoursTitle'), label]];
  if (props.hourly.source.trim() !== '') rows.push([t('exportUi.csv.source'), props.hourly.source]);
  rows.push([t('exportUi.csv.officeHours'), officeText(props.officeHours, t)]);
  rows.push([]);
  rows.push([t('acuteLoop.data.csvHour'), label, t('exportUi.csv.insideShare')]);
  props.hourly.counts.forEach((count, hour) => {
    const range = `${String(hour).padStart(2, '0')}–${String(hour + 1).padStart(2, '0')}`;
    rows.push([range, decimal(count), decimal(fractions[hour] ?? 0)]);
  });
  rows.push([t('exportUi.csv.total'), decimal(share.total)]);
  rows.push([t('exportUi.csv.outside'), decimal(share.outside), percentText(percentOf(share.outsideShare), t)]);
  if (props.figures.loopsPerYear !== null) rows.push([t('exportUi.csv.loopsPerYear'), decimal(props.figures.loopsPerYear)]);
  if (props.figures.patients !== null) rows.push([t('exportUi.csv.patients'), decimal(props.figures.patients)]);
  rows.push([]);
  rows.push([t('exportUi.csv.stationsTitle')]);
  rows.push(...stationTable(props, actors, t));
  return formatCsv(rows);
}

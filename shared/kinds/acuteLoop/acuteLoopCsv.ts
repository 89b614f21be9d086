import { formatCsv } from '../../csv/index.ts';
import type { Actor } from '../../model/records.ts';
import { officeFractionByHour, outsideOfficeShare } from './officeHours.ts';
import type { AcuteLoopProps } from './schema.ts';
import { stationTable } from './stationTable.ts';
import { hourlyLabel, officeText, type Translate } from './texts.ts';

/**
 * An acute-loop board's data for Excel as three files, one table each (a sheet that mixes tables
 * can't be sorted, filtered or charted): the figures, the events hour by hour, and the stations.
 * Numbers are numbers (a decimal comma, as Norwegian Excel reads them) with their unit in the
 * heading: durations in hours, shares in per cent, never "2,4 uker" or "3 t" as text.
 * UTF-8 with a BOM, semicolons and CRLF, through shared/csv.
 */

/** Numbers as Norwegian Excel reads them: a decimal comma, no grouping, at most two decimals. */
function decimal(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** What is counted and where from, the office hours, the total, the share outside office hours, the revolving door's figures. */
export function acuteLoopFiguresCsv(props: AcuteLoopProps, t: Translate): string {
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  const rows: string[][] = [[t('export.report.figure'), t('export.report.value')]];
  rows.push([t('exportUi.csv.hoursTitle'), hourlyLabel(props.hourly, t)]);
  if (props.hourly.source.trim() !== '') rows.push([t('exportUi.csv.source'), props.hourly.source]);
  rows.push([t('exportUi.csv.officeHours'), officeText(props.officeHours, t)]);
  rows.push([t('exportUi.csv.total'), decimal(share.total)]);
  rows.push([t('exportUi.csv.outside'), decimal(share.outside)]);
  rows.push([t('exportUi.csv.outsidePercent'), share.outsideShare === null ? '' : decimal(share.outsideShare * 100)]);
  if (props.figures.loopsPerYear !== null) rows.push([t('exportUi.csv.loopsPerYear'), decimal(props.figures.loopsPerYear)]);
  if (props.figures.patients !== null) rows.push([t('exportUi.csv.patients'), decimal(props.figures.patients)]);
  return formatCsv(rows);
}

/** The 24 hours, their counts, and how much of each hour is office time (so the share can be checked in the sheet). */
export function acuteLoopHoursCsv(props: AcuteLoopProps, t: Translate): string {
  const fractions = officeFractionByHour(props.officeHours);
  const rows: string[][] = [[t('acuteLoop.data.csvHour'), hourlyLabel(props.hourly, t), t('exportUi.csv.insideShare')]];
  props.hourly.counts.forEach((count, hour) => {
    rows.push([`${String(hour).padStart(2, '0')}–${String(hour + 1).padStart(2, '0')}`, decimal(count), decimal(fractions[hour] ?? 0)]);
  });
  return formatCsv(rows);
}

/** The stations as the report's table has them, but the duration as a number of hours under "Varighet (timer)". */
export function acuteLoopStationsCsv(props: AcuteLoopProps, actors: Readonly<Record<string, Actor>>, t: Translate): string {
  const [header, ...rows] = stationTable(props, actors, t);
  const durationColumn = 3;
  const durations = props.stations.map((s) => s.durationMinutes);
  return formatCsv([
    header!.map((h, i) => (i === durationColumn ? t('exportUi.csv.durationHours') : h)),
    // One row per station, in the stations' order (stationTable.ts).
    ...rows.map((row, r) => {
      const minutes = durations[r] ?? null;
      return row.map((cell, i) => (i === durationColumn ? (minutes === null ? '' : decimal(minutes / 60)) : cell));
    }),
  ]);
}

import type { Language, MessageKey } from '../../i18n/messages.ts';
import { localeOf } from '../../i18n/locale.ts';
import type { MessageParams } from '../../i18n/translate.ts';
import { loopDuration } from './duration.ts';
import { outsideOfficeShare, percentOf } from './officeHours.ts';
import type { AcuteLoopProps } from './schema.ts';
import { durationText, hourlyLabel, percentText } from './texts.ts';
import { formatClock } from './time.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The stations table's relative column widths, the same in the PDF, Word and PowerPoint. */
export const stationColumnShares = [1, 5, 2.2, 2.6, 4.5, 3.5, 5, 5, 5];

/**
 * An acute loop's key figures as label/value rows: the share outside office hours with what was
 * counted and where the numbers come from, and the revolving door's figures. One list, so the PDF
 * report and the Word/PowerPoint tables can't drift apart.
 */
export function acuteLoopFigures(props: AcuteLoopProps, language: Language, t: Translate): [string, string][] {
  const numberFormat = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  const round = loopDuration(props.stations.map((s) => s.durationMinutes));
  const notFilled = t('export.report.notFilled');
  const roundText =
    round.minutes > 0
      ? round.unknown > 0
        ? t('acuteLoop.figures.roundTimeUnknown', { duration: durationText(round.minutes, t), unknown: round.unknown })
        : durationText(round.minutes, t)
      : notFilled;
  return [
    [t('export.report.shareOutside'), share.outsideShare === null ? t('acuteLoop.share.noData') : percentText(percentOf(share.outsideShare), t)],
    [t('export.report.counted'), hourlyLabel(props.hourly, t)],
    [t('export.report.total'), numberFormat.format(share.total)],
    [t('export.report.officeHours'), props.officeHours.start === props.officeHours.end ? t('acuteLoop.picture.noOffice') : `${formatClock(props.officeHours.start)}–${formatClock(props.officeHours.end)}`],
    [t('export.report.source'), props.hourly.source.trim() || notFilled],
    [t('export.report.loopsPerYear'), props.figures.loopsPerYear === null ? notFilled : numberFormat.format(props.figures.loopsPerYear)],
    [t('export.report.patients'), props.figures.patients === null ? notFilled : numberFormat.format(props.figures.patients)],
    [t('export.report.roundTime'), roundText],
  ];
}

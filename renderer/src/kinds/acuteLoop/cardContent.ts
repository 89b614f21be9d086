import { formatClock } from '../../../../shared/kinds/acuteLoop/time.ts';
import { actorLineFor, type StationView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { durationText, stationName, type Translate } from '../../../../shared/kinds/acuteLoop/texts.ts';
import type { CardContent } from './PictureParts.tsx';

/** What a station's card shows, in the current language; the same for the loop and the swimlanes. */
export function cardContent(station: StationView, hiddenNotes: number, t: Translate): CardContent {
  return {
    number: station.number,
    name: stationName(station.name, station.number, t),
    actorLine: actorLineFor(station),
    durationText: station.durationMinutes !== null ? durationText(station.durationMinutes, t) : '',
    time: station.timeOfDay !== null ? formatClock(station.timeOfDay) : null,
    outsideOffice: station.inOfficeHours === false,
    category: station.actor?.category ?? null,
    hiddenNotes,
    moreNotesText: t('acuteLoop.picture.moreNotes', { n: hiddenNotes }),
  };
}

import type { AcuteLoopProps } from './schema.ts';
import type { LoopView, StationView } from './stationViews.ts';
import { actorLabel } from './stationViews.ts';
import { durationText, laneName, stationName, type Translate } from './texts.ts';
import { formatClock } from './time.ts';
import type { LoopTransition } from './transitions.ts';

/** Which picture the words describe: the loop, or the swimlanes (where each station's lane matters). */
export type DescribedView = 'loop' | 'linear';

/**
 * One station in words for the screen-reader list beside the canvas: name, time, actor, duration,
 * pain points, quotes and a break on the way out; in the swimlane view also the lane it sits in,
 * which a sighted reader takes from the row (issue 16). Soft hyphens meant for the wall are dropped.
 */
export function stationDescription(
  station: StationView,
  transition: LoopTransition | undefined,
  props: Pick<AcuteLoopProps, 'lanes'>,
  view: DescribedView,
  t: Translate,
): string {
  const laneIndex = props.lanes.findIndex((l) => l.id === station.laneId);
  const lane = view === 'linear' && laneIndex >= 0 ? t('acuteLoop.summary.lane', { lane: laneName(props.lanes[laneIndex]!, laneIndex, t) }) : '';
  const parts = [
    stationName(station.name, station.number, t),
    lane,
    station.timeOfDay !== null ? t('acuteLoop.picture.time', { time: formatClock(station.timeOfDay) }) : '',
    actorLabel(station.actor),
    station.durationMinutes !== null ? durationText(station.durationMinutes, t) : '',
    ...station.painPoints.map((p) => p.text),
    ...station.quotes.map((q) => q.text),
    transition?.broken ? `${t('acuteLoop.picture.broken')}: ${transition.note}` : '',
  ].filter((p) => p.trim() !== '');
  return parts.join('. ').replace(/\u00ad/g, '');
}

/** The list of all stations, in loop order. */
export function stationDescriptions(view: LoopView, props: Pick<AcuteLoopProps, 'lanes'>, mode: DescribedView, t: Translate): string[] {
  return view.stations.map((s, i) => stationDescription(s, view.transitions[i], props, mode, t));
}

import { formatCsv } from '../../csv/index.ts';
import type { Actor } from '../../model/records.ts';
import type { AcuteLoopProps } from './schema.ts';
import { loopView } from './stationViews.ts';
import { durationText, laneName, stationName, type Translate } from './texts.ts';
import { formatClock } from './time.ts';

/**
 * The loop as a table, one line per station in loop order: what the report's appendix and a CSV
 * for Excel show (the export reads it from here, so the screen, the file and the report agree).
 */
export function stationTable(props: AcuteLoopProps, actors: Readonly<Record<string, Actor>>, t: Translate): string[][] {
  const view = loopView(props, actors);
  const header = [
    '#',
    t('acuteLoop.station.name'),
    t('acuteLoop.station.time'),
    t('acuteLoop.station.duration'),
    t('acuteLoop.station.actor'),
    t('acuteLoop.station.lane'),
    t('acuteLoop.notes.painPoints'),
    t('acuteLoop.notes.quotes'),
    t('acuteLoop.picture.broken'),
  ];
  const rows = view.stations.map((s, i) => {
    const tr = view.transitions[i];
    const laneIndex = props.lanes.findIndex((l) => l.id === s.laneId);
    const next = view.stations[(i + 1) % view.stations.length];
    return [
      String(s.number),
      stationName(s.name, s.number, t),
      s.timeOfDay === null ? '' : formatClock(s.timeOfDay),
      s.durationMinutes === null ? '' : durationText(s.durationMinutes, t),
      s.actor?.name ?? '',
      laneIndex >= 0 ? laneName(props.lanes[laneIndex]!, laneIndex, t).replaceAll('\u00ad', '') : '',
      s.painPoints.map((n) => n.text).filter((x) => x.trim() !== '').join('\n'),
      s.quotes.map((n) => n.text).filter((x) => x.trim() !== '').join('\n'),
      tr?.broken && next ? `→ ${stationName(next.name, next.number, t)}: ${tr.note}` : '',
    ];
  });
  return [header, ...rows];
}

export function stationTableCsv(props: AcuteLoopProps, actors: Readonly<Record<string, Actor>>, t: Translate): string {
  return formatCsv(stationTable(props, actors, t));
}

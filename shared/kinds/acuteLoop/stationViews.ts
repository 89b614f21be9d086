import type { Actor, ActorCategory } from '../../model/records.ts';
import { laneOfStation } from './lanes.ts';
import { isInOfficeHours } from './officeHours.ts';
import type { AcuteLoopProps, StationNote } from './schema.ts';
import { loopTransitions, type LoopTransition } from './transitions.ts';
import { foldName } from '../../actors/findActor.ts';

/**
 * What both views (loop and swimlanes), the accessible list and the exports show of a station:
 * one function, so the views can't disagree. The actor's name comes from the registry each time,
 * so a rename shows everywhere at once.
 */
export interface StationView {
  id: string;
  /** 1-based position in the loop; the number on the card, the clock and the list. */
  number: number;
  name: string;
  actor: { id: string; name: string; shortName: string; category: ActorCategory } | null;
  timeOfDay: number | null;
  /** Null when there is no time; otherwise whether it falls in office hours. */
  inOfficeHours: boolean | null;
  durationMinutes: number | null;
  laneId: string;
  painPoints: readonly StationNote[];
  quotes: readonly StationNote[];
}

export interface LoopView {
  stations: StationView[];
  transitions: LoopTransition[];
}

export function loopView(props: AcuteLoopProps, actors: Readonly<Record<string, Actor>>): LoopView {
  const stations = props.stations.map((s, i): StationView => {
    const actor = s.responsible.actorId ? actors[s.responsible.actorId] : undefined;
    return {
      id: s.id,
      number: i + 1,
      name: s.name,
      actor: actor ? { id: actor.id, name: actor.name, shortName: actor.shortName, category: actor.category } : null,
      timeOfDay: s.timeOfDay,
      inOfficeHours: s.timeOfDay === null ? null : isInOfficeHours(s.timeOfDay, props.officeHours),
      durationMinutes: s.durationMinutes,
      laneId: laneOfStation(s, actors, props.lanes).id,
      painPoints: s.painPoints,
      quotes: s.quotes,
    };
  });
  return { stations, transitions: loopTransitions(props.stations, props.transitions) };
}

/** The actor's short name if it has one, else its name: what fits on a card. */
export function actorLabel(actor: StationView['actor']): string {
  if (!actor) return '';
  return actor.shortName.trim() !== '' ? actor.shortName : actor.name;
}

/**
 * The actor line of a card, or '' when it would only repeat the station's name ("Legevakt" run by
 * Legevakt), so the card shows what adds information.
 */
export function actorLineFor(station: StationView): string {
  const label = actorLabel(station.actor);
  if (!label || foldName(label) === foldName(station.name) || (station.actor && foldName(station.actor.name) === foldName(station.name))) return '';
  return label;
}

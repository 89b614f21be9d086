import type { Actor } from '../../model/records.ts';
import type { Lane, Station } from './schema.ts';

/**
 * Which swimlane a station sits in (the linear view). A station placed in a lane by hand stays
 * there; otherwise its responsible actor's category decides, so a station follows its actor when
 * the actor is recategorised. A station without an actor is the patient's own (home, crisis) and
 * goes to the lane of the user; an actor whose category no lane claims goes to the last lane
 * ("Politi og andre").
 */
export function laneOfStation(station: Station, actors: Readonly<Record<string, Actor>>, lanes: readonly Lane[]): Lane {
  const last = lanes[lanes.length - 1]!;
  if (station.laneId) {
    const chosen = lanes.find((l) => l.id === station.laneId);
    if (chosen) return chosen;
  }
  const actorId = station.responsible.actorId;
  const actor = actorId ? actors[actorId] : undefined;
  if (!actor) return lanes.find((l) => l.categories.includes('user')) ?? lanes[0] ?? last;
  return lanes.find((l) => l.categories.includes(actor.category)) ?? last;
}

/** The lane a station would have without a hand placement. */
export function automaticLane(station: Station, actors: Readonly<Record<string, Actor>>, lanes: readonly Lane[]): Lane {
  return laneOfStation({ ...station, laneId: null }, actors, lanes);
}

import type { Station, Transition } from './schema.ts';

/** A transition between two neighbouring stations of the loop, as both views draw it. */
export interface LoopTransition {
  fromId: string;
  toId: string;
  /** Position of the "from" station (0-based); the transition leads to the next one, the last back to the first. */
  index: number;
  broken: boolean;
  note: string;
}

/**
 * The loop's transitions in order: station 1 → 2, …, N → 1 (the loop closes: after follow-up the
 * patient is home again, and round it goes). One station has no transition.
 */
export function loopTransitions(stations: readonly Station[], marks: readonly Transition[]): LoopTransition[] {
  if (stations.length < 2) return [];
  return stations.map((from, index) => {
    const to = stations[(index + 1) % stations.length]!;
    const mark = findTransition(marks, from.id, to.id);
    return { fromId: from.id, toId: to.id, index, broken: mark?.broken ?? false, note: mark?.note ?? '' };
  });
}

export function findTransition(marks: readonly Transition[], fromId: string, toId: string): Transition | undefined {
  return marks.find((m) => m.fromId === fromId && m.toId === toId);
}

/** Broken transitions between current neighbours: what the room sees as "brudd". */
export function brokenTransitions(stations: readonly Station[], marks: readonly Transition[]): LoopTransition[] {
  return loopTransitions(stations, marks).filter((t) => t.broken);
}

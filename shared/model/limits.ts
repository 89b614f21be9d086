/**
 * Text limits. Labels may be long (a pasted paragraph, a 100,000-character stress test) but not
 * unbounded: a bound keeps one runaway paste from making the file or the canvas unusable.
 */
export const limits = {
  /** Names and titles: boards, actors, workshops, participants. */
  name: 500,
  /** Free text: notes, descriptions, quotes. */
  text: 200_000,
  /** Items one change may touch; a paste of a whole board stays well below. */
  changesPerCall: 100_000,
} as const;

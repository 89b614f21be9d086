import type { Actor } from '../../model/records.ts';
import { assertNever } from '../../util/assertNever.ts';

/**
 * The power/interest grid (Mendelow). Influence (H/M/L, seed 004) is the vertical axis, the
 * interest level the horizontal one. Each axis has three bands, low to high, so a grid position
 * is exactly an actor's two levels: dragging a chip across the grid and choosing the levels in the
 * stakeholder table are the same edit of the same record. The four quadrants are read from the
 * corners: medium sits on the line between two quadrants, and is reported as such.
 */

export type Level = 'H' | 'M' | 'L';
export const levels: readonly Level[] = ['L', 'M', 'H'];

/** 0 for low, 1 for medium, 2 for high. */
export function levelIndex(level: Level): number {
  switch (level) {
    case 'L':
      return 0;
    case 'M':
      return 1;
    case 'H':
      return 2;
    default:
      return assertNever(level, 'level');
  }
}

export function levelAt(index: number): Level {
  return levels[Math.max(0, Math.min(2, Math.round(index)))]!;
}

/**
 * The level of a fraction along an axis (0 = low end, 1 = high end), as a drop on the grid is
 * read: the axis is cut in three equal bands.
 */
export function levelOfFraction(fraction: number): Level {
  return levelAt(Math.floor(Math.max(0, Math.min(0.9999, fraction)) * 3));
}

/** Where a level's band is centred along its axis, 0..1 (1/6, 1/2, 5/6). */
export function fractionOfLevel(level: Level): number {
  return (levelIndex(level) * 2 + 1) / 6;
}

export interface GridPosition {
  influence: Level;
  interestLevel: Level;
}

/** The actor's place on the grid, or null while it has not been assessed on both axes. */
export function gridPositionOf(actor: Pick<Actor, 'influence' | 'interestLevel'>): GridPosition | null {
  const influence = actor.influence;
  const interestLevel = actor.interestLevel ?? '';
  if (influence === '' || interestLevel === '') return null;
  return { influence, interestLevel };
}

/** A drop at fractions of the grid's width (interest, left→right) and height (influence, top = high). */
export function gridPositionAt(fx: number, fy: number): GridPosition {
  return { interestLevel: levelOfFraction(fx), influence: levelOfFraction(1 - fy) };
}

/** One step on the grid by arrow key: dx moves interest, dy (down = positive) lowers influence. */
export function stepGridPosition(position: GridPosition | null, dx: number, dy: number): GridPosition {
  const from = position ?? { influence: 'M', interestLevel: 'M' };
  if (!position) return from;
  return {
    interestLevel: levelAt(levelIndex(from.interestLevel) + Math.sign(dx)),
    influence: levelAt(levelIndex(from.influence) - Math.sign(dy)),
  };
}

/**
 * Mendelow's four strategies with domain.md's Norwegian labels: manage closely, keep satisfied,
 * keep informed, monitor.
 */
export const quadrants = ['engage', 'satisfy', 'inform', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

/**
 * The quadrant of a position, or null for a position on a dividing line (medium on either axis):
 * those actors are between two strategies and the process guide decides.
 */
export function quadrantOf(position: GridPosition | null): Quadrant | null {
  if (!position || position.influence === 'M' || position.interestLevel === 'M') return null;
  const highPower = position.influence === 'H';
  const highInterest = position.interestLevel === 'H';
  if (highPower) return highInterest ? 'engage' : 'satisfy';
  return highInterest ? 'inform' : 'monitor';
}

import type { Point } from '../../items/geometry.ts';
import type { ActorCategory } from '../../model/records.ts';

/**
 * The map's geometry, in board units, centred on the board's origin: a disc for the user and
 * concentric rings around it. Fixed sizes (not scaled to the number of actors) so that a chip
 * dragged onto a ring stays on that ring when more actors arrive.
 */
export const centreRadius = 190;
export const ringWidth = 300;

/** Outer radius of ring `index` (0 = the centre disc). */
export function outerRadius(index: number): number {
  return centreRadius + index * ringWidth;
}

/** Inner radius of ring `index` (0 for the centre disc). */
export function innerRadius(index: number): number {
  return index === 0 ? 0 : outerRadius(index - 1);
}

/** The radius of the middle of a ring, where its chips sit first. */
export function midRadius(index: number): number {
  return index === 0 ? 0 : (innerRadius(index) + outerRadius(index)) / 2;
}

/** The ring a board point lies on; points outside the outermost ring count as on it. */
export function ringAt(p: Point, ringCount: number): number {
  const r = Math.hypot(p.x, p.y);
  for (let i = 0; i < ringCount; i++) if (r <= outerRadius(i)) return i;
  return ringCount - 1;
}

/**
 * The ring an actor of a category goes to when it is placed automatically: family, network and
 * the user and volunteer organisations that are part of it (Mental Helse, RIO, frivilligsentral)
 * nearest the user, services in direct contact next, premise setters and competence centres with
 * indirect influence outermost (domain.md's Aktørkart). With fewer rings, the outer ones merge
 * into the last.
 */
export function ringForCategory(category: ActorCategory, ringCount: number): number {
  const wanted = categoryRing[category] ?? 2;
  return Math.max(1, Math.min(ringCount - 1, wanted));
}

const categoryRing: Record<ActorCategory, number> = {
  user: 1,
  municipality: 2,
  specialist: 2,
  other: 2,
  userOrg: 1,
  premise: 3,
  competence: 3,
};

/** The radius of the whole map: what "fit to screen" and the legend's position go by. */
export function mapRadius(ringCount: number): number {
  return outerRadius(ringCount - 1);
}

/** A point at an angle (radians, 0 = east, clockwise as the board's y grows downward) and radius. */
export function polar(angle: number, radius: number): Point {
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Sectors start at twelve o'clock and run clockwise. */
export const topAngle = -Math.PI / 2;

/** How much room the legend takes to the right of the rings (the renderer draws it there). */
export const legendGap = 120;
/** The legend's width: room for the longest category name at the legend's type size. */
export const legendWidth = 700;

/**
 * The part of the board the map occupies: the rings, the sector names just outside them and the
 * legend to the right. What the view should show whole when the map is first opened.
 */
export function mapBounds(ringCount: number, withLegend: boolean, withSectors = false): { x: number; y: number; w: number; h: number } {
  const r = mapRadius(ringCount) + 90;
  // Sector names sit outside the rings and grow outward: the longest needs about this much.
  const side = withSectors ? sectorLabelRoom : 0;
  const right = Math.max(side, withLegend ? legendGap + legendWidth - 90 : 0);
  return { x: -r - side, y: -r, w: 2 * r + side + right, h: 2 * r };
}

const sectorLabelRoom = 560;

/**
 * The map's own colours, kept with the kind so the contrast tests check what the renderer draws.
 * Light, nearly neutral bands: the category colours of the chips and the relation lines carry the
 * meaning; the rings only say "nearer" and "further" (each band a step lighter outward, so the
 * order survives a greyscale print).
 */

/** Centre disc, then rings outward (cycled if there are more rings than colours). */
export const ringFills: readonly string[] = ['#FFF3C4', '#F3F0E6', '#F8F7F2', '#FCFCFA', '#FFFFFF'];

/** The ring outlines: dark enough to see from the back of the room, quiet enough not to compete with relations. */
export const ringStroke = '#7D8A99';

/** Ring names and sector names: ink on the band colour (>= 7:1 on every fill). */
export const ringLabelInk = '#1C2B3A';

/** Chip outline, so the palest category (Andre, near white) still reads as a chip on a white band. */
export const chipOutline = '#0B1F33';

/** The selection and drop highlight the chips draw themselves get from the canvas; this is for the legend box. */
export const legendFill = '#FFFFFF';
export const legendStroke = '#0B1F33';

export function ringFill(index: number): string {
  return ringFills[Math.min(index, ringFills.length - 1)]!;
}

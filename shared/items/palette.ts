import type { MessageKey } from '../i18n/messages.ts';

/**
 * Sticky-note colours. A workshop room sees them on a washed-out projector and later on a
 * greyscale print of the report, so hue alone can't tell them apart: each colour sits at its own
 * lightness (about 4.8 L* apart, from 97 down to 63), and every one is light enough for dark text
 * at 7:1 or better. Eight is about as many as fit: below L* ~62 black text drops under 7:1.
 * Ordered light to dark, which is also the order the colour picker shows.
 */
export const paletteKeys = ['yellow', 'lime', 'teal', 'orange', 'pink', 'green', 'blue', 'purple'] as const;
export type PaletteKey = (typeof paletteKeys)[number];

export interface PaletteColour {
  /** Note background, `#rrggbb`. */
  fill: string;
  /** Text on that background; kept per colour because the darkest ones need pure black to reach 7:1. */
  text: string;
  /** The colour's name, shown in the picker and read by screen readers. */
  labelKey: MessageKey;
}

export const palette: Record<PaletteKey, PaletteColour> = {
  yellow: { fill: '#fdfc90', text: '#1a1a1a', labelKey: 'palette.yellow' },
  lime: { fill: '#c9f799', text: '#1a1a1a', labelKey: 'palette.lime' },
  teal: { fill: '#51f1f1', text: '#1a1a1a', labelKey: 'palette.teal' },
  orange: { fill: '#ffc18f', text: '#1a1a1a', labelKey: 'palette.orange' },
  pink: { fill: '#ffa6c9', text: '#1a1a1a', labelKey: 'palette.pink' },
  green: { fill: '#71c57f', text: '#1a1a1a', labelKey: 'palette.green' },
  blue: { fill: '#62abf4', text: '#000000', labelKey: 'palette.blue' },
  purple: { fill: '#b088de', text: '#000000', labelKey: 'palette.purple' },
};

/** The colour a new note gets: yellow, what people expect a sticky note to be. */
export const defaultNoteColour: PaletteKey = 'yellow';

export function isPaletteKey(value: unknown): value is PaletteKey {
  return typeof value === 'string' && (paletteKeys as readonly string[]).includes(value);
}

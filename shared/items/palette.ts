import type { MessageKey } from '../i18n/messages.ts';

/**
 * Sticky-note colours. A workshop room sees them on a washed-out projector and later on a
 * greyscale print of the report, so hue alone can't tell them apart: each colour sits at its own
 * lightness, at least 4.5 L* from every other under the three common greyscale conversions
 * (WCAG luminance, and Rec. 601 and Rec. 709 luma on the encoded values, which printers and CSS
 * use), and every one is light enough for dark text at 7:1 or better. Eight is about as many as
 * fit: below L* ~62 even black text drops under 7:1. Ordered light to dark, as the picker shows them.
 */
export const paletteKeys = ['yellow', 'lime', 'orange', 'purple', 'teal', 'pink', 'blue', 'green'] as const;
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
  yellow: { fill: '#ffff99', text: '#1a1a1a', labelKey: 'palette.yellow' },
  lime: { fill: '#d8f7a8', text: '#1a1a1a', labelKey: 'palette.lime' },
  orange: { fill: '#ffd09a', text: '#1a1a1a', labelKey: 'palette.orange' },
  purple: { fill: '#cdbefe', text: '#1a1a1a', labelKey: 'palette.purple' },
  teal: { fill: '#4acdc7', text: '#1a1a1a', labelKey: 'palette.teal' },
  pink: { fill: '#fe87c2', text: '#1a1a1a', labelKey: 'palette.pink' },
  blue: { fill: '#39aaf3', text: '#000000', labelKey: 'palette.blue' },
  green: { fill: '#32ac3d', text: '#000000', labelKey: 'palette.green' },
};

/** The colour a new note gets: yellow, what people expect a sticky note to be. */
export const defaultNoteColour: PaletteKey = 'yellow';

export function isPaletteKey(value: unknown): value is PaletteKey {
  return typeof value === 'string' && (paletteKeys as readonly string[]).includes(value);
}

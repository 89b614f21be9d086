import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, perceivedLightness, relativeLuminance } from '../../../shared/items/contrast.ts';
import { isPaletteKey, palette, paletteKeys } from '../../../shared/items/palette.ts';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';

/** L* of an encoded-value luma, the way printers (Rec. 601) and CSS grayscale() (Rec. 709) make grey. */
function lumaLightness(hex: string, [kr, kg, kb]: [number, number, number]): number {
  const [r, g, b] = parseHexColour(hex);
  const grey = Math.round(kr * r + kg * g + kb * b);
  const h = grey.toString(16).padStart(2, '0');
  return perceivedLightness(`#${h}${h}${h}`);
}

const greyscales: [string, (hex: string) => number][] = [
  ['WCAG luminance', perceivedLightness],
  ['Rec. 601 luma', (hex) => lumaLightness(hex, [0.299, 0.587, 0.114])],
  ['Rec. 709 luma', (hex) => lumaLightness(hex, [0.2126, 0.7152, 0.0722])],
];

const pairs = paletteKeys.flatMap((a, i) => paletteKeys.slice(i + 1).map((b) => [a, b] as const));

describe('sticky-note palette', () => {
  it('has about eight distinct colours', () => {
    expect(paletteKeys.length).toBe(8);
    expect(new Set(paletteKeys.map((k) => palette[k].fill)).size).toBe(8);
    expect(isPaletteKey('yellow')).toBe(true);
    expect(isPaletteKey('red')).toBe(false);
  });

  it.each(paletteKeys)('%s carries its text at 7:1 or better', (key) => {
    expect(contrastRatio(palette[key].fill, palette[key].text)).toBeGreaterThanOrEqual(7);
  });

  it('keeps every two colours apart in relative luminance', () => {
    for (const [a, b] of pairs) {
      expect(Math.abs(relativeLuminance(palette[a].fill) - relativeLuminance(palette[b].fill)), `${a}/${b}`).toBeGreaterThanOrEqual(0.05);
    }
  });

  it.each(greyscales)('stays distinguishable in greyscale print (%s)', (_name, lightness) => {
    for (const [a, b] of pairs) {
      expect(Math.abs(lightness(palette[a].fill) - lightness(palette[b].fill)), `${a}/${b}`).toBeGreaterThanOrEqual(4.4);
    }
  });

  it('is ordered light to dark, as the picker shows it', () => {
    const lum = paletteKeys.map((k) => relativeLuminance(palette[k].fill));
    expect([...lum].sort((x, y) => y - x)).toEqual(lum);
  });

  it('names every colour in both languages', () => {
    expect(nb[palette.yellow.labelKey]).toBe('Gul');
    expect(en[palette.yellow.labelKey]).toBe('Yellow');
    for (const key of paletteKeys) {
      expect(nb[palette[key].labelKey]).toBeTruthy();
      expect(en[palette[key].labelKey]).toBeTruthy();
    }
  });
});

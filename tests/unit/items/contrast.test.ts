import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColour, parseHexColour, perceivedLightness, relativeLuminance } from '../../../shared/items/contrast.ts';

describe('WCAG colour arithmetic', () => {
  it('gives black and white their extremes', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
  });

  it('matches the published ratio for #767676 on white and ignores argument order', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
    expect(contrastRatio('#3a7bd5', '#3a7bd5')).toBe(1);
  });

  it('measures perceived lightness in L*', () => {
    expect(perceivedLightness('#ffffff')).toBeCloseTo(100, 5);
    expect(perceivedLightness('#000000')).toBe(0);
    expect(perceivedLightness('#777777')).toBeCloseTo(50, 0);
  });

  it('accepts only #rrggbb', () => {
    expect(isHexColour('#A1b2C3')).toBe(true);
    expect(isHexColour('red')).toBe(false);
    expect(isHexColour('#fff')).toBe(false);
    expect(parseHexColour('#ff8000')).toEqual([255, 128, 0]);
    expect(() => parseHexColour('hsl(0,0%,0%)')).toThrow();
  });
});

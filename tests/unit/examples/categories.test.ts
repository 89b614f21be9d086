import { describe, expect, it } from 'vitest';
import { actorCategories, categoryOrder, categoryStyle } from '../../../shared/actors/categories.ts';
import { contrastRatio, perceivedLightness as greyscaleLightness, printLuma, relativeLuminance } from '../../../shared/items/contrast.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { actorCategoryValues } from '../../../shared/model/records.ts';

/** Minimum CIE L* step between any two fills: enough to tell the greys apart on paper. */
const MIN_LIGHTNESS_STEP = 9;
/** The same for the Rec. 601 luma a printer driver's greyscale conversion uses. */
const MIN_LUMA_STEP = 8;

const pairs = <T>(list: readonly T[]): [T, T][] => list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));

describe('the WCAG formulas', () => {
  it('give the reference values', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 12);
    expect(greyscaleLightness('#777777')).toBeCloseTo(50.0, 0);
    expect(() => relativeLuminance('red')).toThrow();
  });
});

describe('actor category colours', () => {
  it('cover every category once, in a stable order, with a label', () => {
    expect(actorCategories.map((c) => c.category)).toEqual([...actorCategoryValues]);
    actorCategories.forEach((c, i) => {
      expect(categoryOrder(c.category)).toBe(i);
      expect(categoryStyle(c.category)).toBe(c);
      expect(c.labelKey).toBe(`category.${c.category}`);
      expect(nb[c.labelKey]).toBeTruthy();
    });
  });

  it('have text/fill contrast of at least 7:1', () => {
    for (const c of actorCategories) {
      expect(contrastRatio(c.fill, c.text), c.category).toBeGreaterThanOrEqual(7);
    }
  });

  it('are distinct in colour and in greyscale', () => {
    expect(new Set(actorCategories.map((c) => c.fill.toLowerCase())).size).toBe(actorCategories.length);
    for (const [a, b] of pairs(actorCategories)) {
      const label = `${a.category} / ${b.category}`;
      expect(Math.abs(greyscaleLightness(a.fill) - greyscaleLightness(b.fill)), label).toBeGreaterThan(MIN_LIGHTNESS_STEP);
      expect(Math.abs(printLuma(a.fill) - printLuma(b.fill)), label).toBeGreaterThan(MIN_LUMA_STEP);
      expect(Math.abs(relativeLuminance(a.fill) - relativeLuminance(b.fill)), label).toBeGreaterThan(0.01);
    }
  });
});

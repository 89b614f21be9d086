import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../shared/items/contrast.ts';
import { palette, paletteKeys } from '../../../shared/items/palette.ts';
import { contrastFailures, minimumContrast, projectorPairs, projectorTheme, type ThemeColour } from '../../../shared/present/projectorTheme.ts';
import { voterColours } from '../../../shared/present/vote.ts';

describe('the projector theme', () => {
  it('every text pair reaches 7:1 (WCAG AAA) and every graphic 3:1', () => {
    expect(contrastFailures()).toEqual([]);
    for (const pair of projectorPairs) {
      const ratio = contrastRatio(projectorTheme[pair.foreground], projectorTheme[pair.background]);
      expect(ratio, `${pair.foreground} on ${pair.background}`).toBeGreaterThanOrEqual(minimumContrast[pair.role]);
    }
  });

  it('lists a pair for every colour, so no colour is used unchecked', () => {
    const used = new Set(projectorPairs.flatMap((p) => [p.foreground, p.background]));
    const unchecked = (Object.keys(projectorTheme) as ThemeColour[]).filter((c) => !used.has(c));
    // The dot ring is checked against the note colours below, not against a theme colour.
    expect(unchecked).toEqual(['dotRing']);
  });

  it('the check catches a pair that would wash out on a projector', () => {
    const washedOut = { ...projectorTheme, barTextSoft: '#7f8c99' };
    expect(contrastFailures(washedOut)).toEqual([
      expect.objectContaining({ foreground: 'barTextSoft', background: 'bar', role: 'text', required: 7 }),
    ]);
  });

  it('vote dots: a white number on each voter colour reads at 7:1, and the white ring stands out on every note colour', () => {
    for (const colour of voterColours) expect(contrastRatio(colour, projectorTheme.badgeText), colour).toBeGreaterThanOrEqual(7);
    for (const key of paletteKeys) {
      // The ring sits on the note; a dark dot inside it is then separated from any fill.
      const ringOnNote = contrastRatio(projectorTheme.dotRing, palette[key].fill);
      const dotOnRing = Math.min(...voterColours.map((c) => contrastRatio(c, projectorTheme.dotRing)));
      expect(Math.max(ringOnNote, dotOnRing), key).toBeGreaterThanOrEqual(3);
    }
  });

  it('voter colours are all different', () => {
    expect(new Set(voterColours).size).toBe(voterColours.length);
  });
});

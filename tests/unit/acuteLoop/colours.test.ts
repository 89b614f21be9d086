import { describe, expect, it } from 'vitest';
import { loopTheme } from '../../../shared/kinds/acuteLoop/colours.ts';
import { contrastRatio, perceivedLightness } from '../../../shared/items/contrast.ts';
import { actorCategories } from '../../../shared/actors/categories.ts';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { acuteLoop } from '../../../shared/kinds/acuteLoop/messages.ts';

/** Text drawn on a background in the acute-loop picture. */
const textPairs: [string, keyof typeof loopTheme, keyof typeof loopTheme][] = [
  ['station names on a card without an actor', 'noActorInk', 'noActorFill'],
  ['headings and labels on the paper', 'ink', 'paper'],
  ['secondary text on the paper', 'inkSoft', 'paper'],
  ['the reason for a break', 'broken', 'brokenSoft'],
  ['the big share and the break mark on the paper', 'broken', 'paper'],
  ['pain points', 'painInk', 'painFill'],
  ['quotes', 'quoteInk', 'quoteFill'],
  ['a time outside office hours', 'timeOutsideInk', 'timeOutsideFill'],
  ['a time inside office hours', 'timeInsideInk', 'timeInsideFill'],
  ['the "add here" handle', 'handleInk', 'handleFill'],
  ['lane names on the light lane', 'ink', 'laneA'],
  ['hour labels on office-hours shading', 'ink', 'officeShade'],
];

describe('the acute-loop picture’s colours', () => {
  it.each(textPairs)('%s reach 7:1', (_, fg, bg) => {
    expect(contrastRatio(loopTheme[fg], loopTheme[bg])).toBeGreaterThanOrEqual(7);
  });

  it('station cards use the category colours, whose text pairs reach 7:1', () => {
    for (const c of actorCategories) expect(contrastRatio(c.text, c.fill), c.category).toBeGreaterThanOrEqual(7);
  });

  it('keep bars apart from the office-hours shading and a break apart from a whole arrow in greyscale', () => {
    expect(Math.abs(perceivedLightness(loopTheme.bar) - perceivedLightness(loopTheme.officeShade))).toBeGreaterThan(40);
    expect(contrastRatio(loopTheme.bar, loopTheme.officeShade)).toBeGreaterThanOrEqual(3);
    // A break is dashed and marked as well; its colour alone must still stand out from the paper.
    expect(contrastRatio(loopTheme.broken, loopTheme.paper)).toBeGreaterThanOrEqual(7);
  });
});

describe('the acute loop’s text', () => {
  it('is in both languages under keys of its own', () => {
    const keys = Object.keys(acuteLoop.nb);
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      expect(key.startsWith('acuteLoop.'), key).toBe(true);
      expect(nb[key as keyof typeof nb], key).toBe(acuteLoop.nb[key as keyof typeof acuteLoop.nb]);
      expect(en[key as keyof typeof en], key).toBe(acuteLoop.en[key as keyof typeof acuteLoop.en]);
    }
    expect(Object.keys(acuteLoop.en).sort()).toEqual([...keys].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate.ts';

describe('counts in the presentation follow the language\'s plural rules', () => {
  it('says "1 prikk" and "2 prikker", "1 minutt" and "5 minutes"', () => {
    expect(translate('nb', 'present.vote.countOn', { n: 1 })).toBe('1 prikk');
    expect(translate('nb', 'present.vote.countOn', { n: 2 })).toBe('2 prikker');
    expect(translate('nb', 'present.vote.countOn', { n: 0 })).toBe('0 prikker');
    expect(translate('nb', 'present.timer.presetLong', { n: 1 })).toBe('Still tidtakeren på 1 minutt');
    expect(translate('en', 'present.vote.countOn', { n: 1 })).toBe('1 dot');
    expect(translate('en', 'present.timer.presetLong', { n: 5 })).toBe('Set the timer to 5 minutes');
  });

  it('writes the vote totals with both counts in their own form', () => {
    expect(translate('nb', 'present.vote.totals', { dots: 1, voters: 1 })).toBe('1 prikk fra 1 deltaker');
    expect(translate('en', 'present.vote.totals', { dots: 3, voters: 2 })).toBe('3 dots from 2 participants');
  });
});

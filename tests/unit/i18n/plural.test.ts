import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../../shared/i18n/plural.ts';
import { translate } from '../../../shared/i18n/translate.ts';

const dots = { one: 'present.vote.countOn.one', other: 'present.vote.countOn.other' } as const;
const minutes = { one: 'present.timer.presetLong.one', other: 'present.timer.presetLong.other' } as const;

describe('counts in words (Intl.PluralRules)', () => {
  it('says "1 prikk" and "1 minutt", never "1 prikker" or "1 minutter"', () => {
    expect(translate('nb', pluralKey('nb', 1, dots), { n: 1 })).toBe('1 prikk');
    expect(translate('nb', pluralKey('nb', 2, dots), { n: 2 })).toBe('2 prikker');
    expect(translate('nb', pluralKey('nb', 0, dots), { n: 0 })).toBe('0 prikker');
    expect(translate('nb', pluralKey('nb', 1, minutes), { n: 1 })).toBe('Still tidtakeren på 1 minutt');
    expect(translate('en', pluralKey('en', 1, dots), { n: 1 })).toBe('1 dot');
    expect(translate('en', pluralKey('en', 5, minutes), { n: 5 })).toBe('Set the timer to 5 minutes');
  });

  it('writes the vote totals with both counts in their own form', () => {
    const totals = translate('nb', 'present.vote.totals', {
      dots: translate('nb', pluralKey('nb', 1, dots), { n: 1 }),
      voters: translate('nb', pluralKey('nb', 1, { one: 'present.vote.voters.one', other: 'present.vote.voters.other' }), { n: 1 }),
    });
    expect(totals).toBe('1 prikk fra 1 deltaker');
  });
});

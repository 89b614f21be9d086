import type { PluralKeys } from '../../../shared/i18n/plural.ts';

/** The counted words of the facilitation tools, one and other form (see shared/i18n/plural.ts). */
export const dotWords: PluralKeys = { one: 'present.vote.countOn.one', other: 'present.vote.countOn.other' };
export const voterWords: PluralKeys = { one: 'present.vote.voters.one', other: 'present.vote.voters.other' };
export const presetWords: PluralKeys = { one: 'present.timer.presetLong.one', other: 'present.timer.presetLong.other' };

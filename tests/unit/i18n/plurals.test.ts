import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { pluralBlocks } from '../../../shared/i18n/plural.ts';
import { translate } from '../../../shared/i18n/translate.ts';

/**
 * A number placed straight before a word counts that word ("{n} aktører"), so the message needs a
 * form for one and one for other: "1 aktør", "2 aktører". These words read the same for any
 * number (units, "av", "valgt") and may follow a bare number.
 */
const invariant: Record<'nb' | 'en', ReadonlySet<string>> = {
  nb: new Set(['min', 't', 'av', 'valgt', 'treff', 'funn', 'døgn', 'felt', 'tegn', 'tall', 'plassert', 'til', 'ved', 'opp', 'ned', 'og', 'i', 'for', 'har', 'uten', 'utenfor', 'enn', 'fra']),
  en: new Set(['min', 'h', 'of', 'selected', 'placed', 'loose', 'to', 'more', 'at', 'up', 'down', 'a', 'and', 'in', 'for', 'has', 'without', 'outside', 'than', 'from']),
};
/** Placeholders that hold a count (others hold names, ordinals such as "Ring {n}" read "{n} opp", or percentages). */
const countNames = new Set(['n', 'count', 'tasks', 'actors', 'findings', 'pieces', 'placed', 'loose', 'gaps', 'slots', 'dots', 'voters', 'found', 'max', 'unknown', 'done', 'total', 'boards', 'items']);
/** Keys that are already one form of a pair chosen in code (a duration's "1 uke" and "2 uker"). */
const pairedForm = /\.(one|other|day|days|week|weeks|hour|hours)$/;

/** Counted words outside plural blocks: `{name} word`. */
function bareCounts(message: string, language: 'nb' | 'en'): string[] {
  let text = message;
  for (const block of pluralBlocks(message).reverse()) text = text.slice(0, block.start) + '⟨plural⟩' + text.slice(block.end);
  return [...text.matchAll(/\{(\w+)\} ([\p{L}]+)/gu)]
    .filter((m) => countNames.has(m[1]!))
    .map((m) => m[2]!)
    .filter((word) => !invariant[language].has(word.toLocaleLowerCase()));
}

describe('plurals', () => {
  it('every message that counts something has a form for one and for other, in both languages', () => {
    const problems: string[] = [];
    for (const [language, dict] of [['nb', nb], ['en', en]] as const) {
      for (const [key, message] of Object.entries(dict)) {
        if (pairedForm.test(key)) continue;
        for (const word of bareCounts(message, language)) problems.push(`${language} ${key}: "${word}" after a bare number in "${message}"`);
        for (const block of pluralBlocks(message)) {
          if (block.forms['one'] === undefined || block.forms['other'] === undefined) problems.push(`${language} ${key}: plural of {${block.name}} lacks one or other`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('picks the form with Intl.PluralRules and formats the number for the language', () => {
    expect(translate('nb', 'actorMap.registry.count', { n: 1 })).toBe('1 aktør');
    expect(translate('nb', 'actorMap.registry.count', { n: 0 })).toBe('0 aktører');
    expect(translate('en', 'actorMap.registry.count', { n: 1 })).toBe('1 actor');
    expect(translate('nb', 'huki.csv.imported', { tasks: 1, file: 'Utskriving.csv' })).toBe('Importerte 1 oppgave fra «Utskriving.csv».');
    expect(translate('nb', 'huki.csv.imported', { tasks: 1200, file: 'a.csv' })).toBe('Importerte 1\u00a0200 oppgaver fra «a.csv».');
    expect(translate('nb', 'puzzle.inventory.count', { count: 1 })).toBe('1 brikke');
    expect(translate('nb', 'puzzle.summary.totals', { pieces: 1, placed: 1, loose: 0, gaps: 1, slots: 2 })).toBe('1 brikke: 1 plassert, 0 løse. 1 av 2 plasser er hull.');
    expect(translate('en', 'puzzle.summary.totals', { pieces: 2, placed: 1, loose: 1, gaps: 1, slots: 1 })).toBe('2 pieces: 1 placed, 1 loose. 1 of 1 slot is a gap.');
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { translate } from '../../../shared/i18n/translate.ts';

/** Placeholder names, counted ones (`{n, plural, …}`) included; each name once. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

describe('dictionaries', () => {
  it('Norwegian and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
  });

  it('no text is empty, and each pair uses the same placeholders', () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(nb[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('nb', 'open.migrated', { file: 'Fosen.samkart', from: 1, to: 2 })).toBe('«Fosen.samkart» ble oppgradert fra filversjon 1 til 2.');
    expect(translate('nb', 'error.tooLong', { max: 200000 })).toContain('200\u00a0000');
    expect(translate('en', 'error.tooLong', { max: 200000 })).toContain('200,000');
  });
});

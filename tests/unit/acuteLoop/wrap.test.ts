import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../shared/items/textFit.ts';
import { wrapLines } from '../../../shared/kinds/acuteLoop/wrap.ts';

/** Every character 10 units wide at size 10: easy to reason about. */
const mono = (text: string, size: number) => [...text].length * size;

describe('wrapping text for the picture', () => {
  it('breaks between words', () => {
    expect(wrapLines('Kommunal oppfølging', 100, 10, mono)).toEqual(['Kommunal', 'oppfølging']);
    expect(wrapLines('Ny stasjon', 200, 10, mono)).toEqual(['Ny stasjon']);
  });

  it('hyphenates a word too long for the line', () => {
    expect(wrapLines('Spesialisthelsetjeneste', 100, 10, mono)).toEqual(['Spesialis-', 'thelsetje-', 'neste']);
    expect(wrapLines('Spesialisthelsetjeneste', 100, 10, mono).every((l) => mono(l, 10) <= 100)).toBe(true);
  });

  it('prefers a soft hyphen where the word has one, and never shows it otherwise', () => {
    expect(wrapLines('Spesialist\u00adhelsetjeneste', 160, 10, mono)).toEqual(['Spesialist-', 'helsetjeneste']);
    expect(wrapLines('Spesialist\u00adhelsetjeneste', 400, 10, mono)).toEqual(['Spesialisthelsetjeneste']);
    expect(wrapLines('Kommune\u00adhelse\u00adtjenesten', 150, 10, mono)).toEqual(['Kommunehelse-', 'tjenesten']);
  });

  it('cuts with an ellipsis after the last allowed line', () => {
    expect(wrapLines('Kjenner ikke pasienten og har ikke tilgang til journalen', 120, 10, mono, 2)).toEqual(['Kjenner ikke', 'pasienten…']);
    expect(wrapLines('Kjenner ikke pasienten', 120, 10, mono, 2)).toEqual(['Kjenner ikke', 'pasienten']);
    expect(wrapLines('a b c', 10, 10, mono, 1)).toEqual(['…']);
  });

  it('keeps line breaks the user typed, and never splits æ, ø, å or an emoji', () => {
    expect(wrapLines('Hjemme\nigjen', 200, 10, mono)).toEqual(['Hjemme', 'igjen']);
    const lines = wrapLines('Ærbødigstøåøåøå🚑🚑', 60, 10, mono);
    expect(lines.join('').replace(/-/g, '')).toBe('Ærbødigstøåøåøå🚑🚑');
  });

  it('is the notes\' line breaker with hyphenation on: the same lines, only long words differ', () => {
    expect(wrapText('Kommunal oppfølging', 100, 10, mono)).toEqual(wrapLines('Kommunal oppfølging', 100, 10, mono));
    expect(wrapText('Spesialisthelsetjeneste', 100, 10, mono)).toEqual(['Spesialist', 'helsetjene', 'ste']);
    expect(wrapText('Spesialisthelsetjeneste', 100, 10, mono, { hyphenate: true })).toEqual(['Spesialis-', 'thelsetje-', 'neste']);
    expect(wrapText('a\u00adb', 100, 10, mono)).toEqual(['a\u00adb']);
    expect(wrapText('a\u00adb', 100, 10, mono, { hyphenate: true })).toEqual(['ab']);
  });
});

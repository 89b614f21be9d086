import { describe, expect, it } from 'vitest';
import { fitText, graphemes, lineHeightFactor, wrapText, type Measure } from '../../../shared/items/textFit.ts';
import { halfEm } from './fixtures.ts';

/** A cruder measurer that counts UTF-16 code units, as a naive one would: an emoji is two. */
const perCodeUnit: Measure = (text, fontSize) => text.length * fontSize * 0.5;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('wrapping', () => {
  it('wraps a note between words', () => {
    // 20 px font: each character 10 wide, so 10 to a 100-wide line.
    expect(wrapText('Fastlegen får ikke epikrise', 100, 20, halfEm)).toEqual(['Fastlegen', 'får ikke', 'epikrise']);
  });

  it('breaks a word too long for the line', () => {
    expect(wrapText('Samhandlingsreformen', 100, 20, halfEm)).toEqual(['Samhandlin', 'gsreformen']);
    expect(wrapText('Ventetid BUP Stjørdalsområdet', 100, 20, halfEm)).toEqual(['Ventetid', 'BUP', 'Stjørdalso', 'mrådet']);
  });

  it('keeps æøå and Sami names whole, also when å is typed as a + ring', () => {
    expect(wrapText('Snåase – Snåsa', 70, 20, halfEm)).toEqual(['Snåase', '– Snåsa']);
    const decomposed = 'Sna\u030Aase';
    expect(graphemes(decomposed)).toHaveLength(6);
    const lines = wrapText(decomposed, 30, 20, halfEm);
    expect(lines).toEqual(['Sna\u030A', 'ase']);
  });

  it('never splits an emoji, even with a measurer that counts code units', () => {
    const thumbs = '😀😀😀😀😀';
    const lines = wrapText(thumbs, 30, 20, perCodeUnit);
    expect(lines).toEqual(['😀', '😀', '😀', '😀', '😀']);
    for (const line of lines) expect(loneSurrogate.test(line)).toBe(false);
  });

  it('keeps skin tones and ZWJ families as one character', () => {
    const text = '👍🏽👨‍👩‍👧👍🏽👨‍👩‍👧';
    const lines = wrapText(text, 20, 20, halfEm);
    expect(lines).toEqual(['👍🏽👨‍👩‍👧', '👍🏽👨‍👩‍👧']);
  });

  it('puts a character wider than the line on a line of its own', () => {
    expect(wrapText('ab', 5, 20, halfEm)).toEqual(['a', 'b']);
  });

  it('treats right-to-left text as text, keeping logical order', () => {
    const arabic = 'مرحبا بكم في الورشة';
    const lines = wrapText(arabic, 100, 20, halfEm);
    expect(lines).toEqual(['مرحبا بكم', 'في الورشة']);
    expect(lines.join(' ')).toBe(arabic);
    expect(wrapText('שלום עולם', 50, 20, halfEm)).toEqual(['שלום', 'עולם']);
  });

  it('keeps the user’s line breaks and empty lines, and collapses runs of spaces', () => {
    expect(wrapText('Forberede\r\n\nPlanlegge   og  utføre', 1000, 20, halfEm)).toEqual(['Forberede', '', 'Planlegge og utføre']);
    expect(wrapText('', 100, 20, halfEm)).toEqual(['']);
  });
});

describe('fitting a note', () => {
  const text = 'Fastlegen får ikke epikrise';

  it("'grow' keeps the font size and makes the note taller", () => {
    const r = fitText({ text, width: 100, height: 50, fontSize: 20, fit: 'grow', measure: halfEm });
    expect(r.fontSize).toBe(20);
    expect(r.lines).toHaveLength(3);
    expect(r.textHeight).toBe(3 * 20 * lineHeightFactor);
    expect(r.height).toBe(75);
    expect(fitText({ text: 'Kort', width: 100, height: 50, fontSize: 20, fit: 'grow', measure: halfEm }).height).toBe(50);
  });

  it("'shrink' keeps the requested size when the text fits", () => {
    const r = fitText({ text, width: 200, height: 100, fontSize: 20, fit: 'shrink', measure: halfEm });
    expect(r).toMatchObject({ fontSize: 20, overflows: false, height: 100 });
  });

  it("'shrink' finds the largest size that fits, and no larger", () => {
    const request = { text, width: 100, height: 50, fontSize: 24, fit: 'shrink' as const, measure: halfEm };
    const r = fitText(request);
    expect(r.fontSize).toBeLessThan(24);
    expect(r.overflows).toBe(false);
    expect(r.textHeight).toBeLessThanOrEqual(50);
    const bigger = fitText({ ...request, fontSize: r.fontSize + 1, fit: 'grow' });
    expect(bigger.textHeight > 50 || bigger.lines.some((l) => halfEm(l, r.fontSize + 1) > 100)).toBe(true);
  });

  it('stops at 8 and reports overflow for a pasted page of text', () => {
    const page = 'Hva er viktig for deg? '.repeat(5000);
    const r = fitText({ text: page, width: 160, height: 100, fontSize: 20, fit: 'shrink', measure: halfEm });
    expect(r.fontSize).toBe(8);
    expect(r.overflows).toBe(true);
    expect(r.height).toBe(100);
  });

  it('shrinks emoji and RTL text without breaking them', () => {
    const r = fitText({ text: '👨‍👩‍👧 مرحبا 😀 Snåsa', width: 60, height: 40, fontSize: 30, fit: 'shrink', measure: halfEm });
    expect(r.overflows).toBe(false);
    expect(r.lines.join(' ')).toBe('👨‍👩‍👧 مرحبا 😀 Snåsa');
  });
});

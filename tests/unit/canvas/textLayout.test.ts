import { describe, expect, it } from 'vitest';
import { computeTextLayout, growsWithText, heightForText, textArea } from '../../../renderer/src/canvas/textLayout.ts';
import { notePadding } from '../../../renderer/src/canvas/itemStyle.ts';
import { halfEm, item } from '../items/fixtures.ts';

/**
 * Text fitting on the canvas. Notes default to 'shrink' (the note keeps its size, the text gets
 * smaller, the wall stays tidy); 'grow' keeps the font and the note grows when the text is
 * committed. On the board the text always fits the stored box, so nothing ever runs over a neighbour.
 */
describe('canvas text layout', () => {
  const note = (props: Record<string, unknown>, w = 200, h = 150) => item('note', 'n', { w, h, props });

  it('keeps the chosen size when the text fits, centred in the note', () => {
    const layout = computeTextLayout(note({ text: 'NAV', fontSize: 28 }), 'NAV', 'shrink', halfEm)!;
    expect(layout.fontSize).toBe(28);
    expect(layout.lines).toEqual(['NAV']);
    expect(layout.align).toBe('center');
    expect(layout.y).toBeCloseTo(notePadding + (150 - 2 * notePadding - 35) / 2);
  });

  it('shrinks a long text until it fits the note, and says so when even 8 is too big', () => {
    const text = 'Fastlegen får ikke epikrise fra DPS før pasienten kommer til time, og må ringe etter den';
    const layout = computeTextLayout(note({ text, fontSize: 28 }), text, 'shrink', halfEm)!;
    expect(layout.fontSize).toBeLessThan(28);
    expect(layout.textHeight).toBeLessThanOrEqual(textArea(note({})).h);
    expect(layout.overflows).toBe(false);
    const huge = 'ord '.repeat(2000);
    expect(computeTextLayout(note({ text: huge }), huge, 'shrink', halfEm)!.overflows).toBe(true);
  });

  it('prefers a size where no word is broken', () => {
    const text = 'Samarbeidsorganene';
    // 18 letters at half an em: 28 px would need 252 units, the note has 172.
    const layout = computeTextLayout(note({ text, fontSize: 28 }), text, 'shrink', halfEm)!;
    expect(layout.lines).toEqual([text]);
    expect(layout.fontSize).toBeLessThanOrEqual(Math.floor((28 * 172) / 252));
  });

  it('a growing note keeps its font size and asks for the height its text needs', () => {
    const grow = note({ fit: 'grow', fontSize: 28 });
    expect(growsWithText(grow)).toBe(true);
    const text = 'Bedre samhandling mellom kommunene i Værnesregionen og Stjørdal DPS';
    const h = heightForText(grow, text, 150, halfEm)!;
    expect(h).toBeGreaterThan(150);
    const live = computeTextLayout({ ...grow, h }, text, 'grow', halfEm)!;
    expect(live.fontSize).toBe(28);
    expect(live.drawnHeight).toBeLessThanOrEqual(h);
    // A short text never makes it smaller than the note's default height.
    expect(heightForText(grow, 'Ja', 150, halfEm)).toBe(150);
  });

  it('a shrinking note has no height to follow; a text item always follows its text', () => {
    expect(heightForText(note({ fit: 'shrink' }), 'lang tekst '.repeat(20), 150, halfEm)).toBeUndefined();
    const text = item('text', 't', { w: 320, h: 48, props: { fontSize: 32 } });
    expect(heightForText(text, 'Én linje', 0, halfEm)).toBe(Math.ceil(32 * 1.25 + 8));
    expect(heightForText(text, 'Første linje\nandre linje', 0, halfEm)).toBe(Math.ceil(2 * 32 * 1.25 + 8));
  });

  it('keeps text inside ellipses and diamonds', () => {
    const ellipse = item('shape', 'e', { w: 200, h: 100, props: { shape: 'ellipse' } });
    const diamond = item('shape', 'd', { w: 200, h: 100, props: { shape: 'diamond' } });
    expect(textArea(ellipse).w).toBeLessThan(200 * Math.SQRT1_2);
    expect(textArea(diamond).w).toBeLessThan(100);
  });

  it('lays out right-to-left text as right-to-left', () => {
    expect(computeTextLayout(note({}), 'مرحبا بالعالم', 'shrink', halfEm)!.direction).toBe('rtl');
  });
});

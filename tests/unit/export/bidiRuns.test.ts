import { describe, expect, it } from 'vitest';
import { readsRightToLeft, visualRuns } from '../../../renderer/src/export/pdf/bidiRuns.ts';

/** A line as the PDF draws it: runs left to right, each in logical order with its direction. */
describe('right-to-left text in the PDF, run by run', () => {
  it('leaves text without right-to-left letters as one run', () => {
    expect(visualRuns('Stjørdal DPS – æøå')).toEqual([{ text: 'Stjørdal DPS – æøå', rtl: false }]);
    expect(visualRuns('')).toEqual([]);
  });

  it('keeps a Hebrew or Arabic phrase inside Norwegian where it stands, as one right-to-left run', () => {
    expect(visualRuns('Pasienten sa שלום עולם i går')).toEqual([
      { text: 'Pasienten sa ', rtl: false },
      { text: 'שלום עולם', rtl: true },
      { text: ' i går', rtl: false },
    ]);
    expect(visualRuns('Sitat: مرحبا بك')).toEqual([
      { text: 'Sitat: ', rtl: false },
      { text: 'مرحبا بك', rtl: true },
    ]);
  });

  it('puts a right-to-left line’s first words on the right, numbers and Latin reading left to right', () => {
    // "Shalom 2024 DPS": the Hebrew word is rightmost; the number and the name keep their own order.
    expect(visualRuns('שלום 2024 DPS')).toEqual([
      { text: 'DPS', rtl: false },
      { text: ' ', rtl: true },
      { text: '2024', rtl: false },
      { text: 'שלום ', rtl: true },
    ]);
  });

  it('mirrors brackets inside right-to-left text', () => {
    expect(visualRuns('(שלום)')).toEqual([{ text: ')שלום(', rtl: true }]);
  });
});

describe('which paragraphs read right to left', () => {
  it('goes by the first strong letter', () => {
    expect(readsRightToLeft('שלום, Stjørdal')).toBe(true);
    expect(readsRightToLeft('مرحبا 2024')).toBe(true);
    expect(readsRightToLeft('Stjørdal: שלום')).toBe(false);
    expect(readsRightToLeft('2024 – Værnes')).toBe(false);
    expect(readsRightToLeft('')).toBe(false);
  });
});

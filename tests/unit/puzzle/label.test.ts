import { describe, expect, it } from 'vitest';
import { fitPieceLabel, providerRatio, type PieceLabelLayout } from '../../../shared/kinds/puzzle/label.ts';
import { lineHeightFactor, type Measure } from '../../../shared/items/textFit.ts';

/** Fixed-width fonts: every grapheme is 0.6 (bold) or 0.5 (regular) of the size wide. */
const bold: Measure = (text, size) => Array.from(text).length * size * 0.6;
const regular: Measure = (text, size) => Array.from(text).length * size * 0.5;

function expectFits(layout: PieceLabelLayout, width: number, height: number) {
  for (const line of layout.nameLines) expect(bold(line, layout.nameSize), line).toBeLessThanOrEqual(width + 1e-9);
  for (const line of layout.providerLines) expect(regular(line, layout.providerSize), line).toBeLessThanOrEqual(width + 1e-9);
  expect(layout.height).toBeLessThanOrEqual(height + 1e-9);
  const computed = layout.nameLines.length * layout.nameSize * lineHeightFactor + layout.gap + layout.providerLines.length * layout.providerSize * lineHeightFactor;
  expect(layout.height).toBeCloseTo(computed, 9);
}

const fit = (name: string, provider: string, width: number, height: number) =>
  fitPieceLabel({ name, provider, width, height, measureName: bold, measureProvider: regular });

describe('the label of a piece', () => {
  it('uses the largest size when the name is short', () => {
    const l = fit('PPT', 'Pedagogisk-psykologisk tjeneste', 240, 160);
    expect(l.nameSize).toBeGreaterThanOrEqual(20);
    expect(l.providerSize).toBeCloseTo(l.nameSize * providerRatio, 0);
    expect(l.nameLines).toEqual(['PPT']);
    expect(l.truncated).toBe(false);
    expectFits(l, 240, 160);
  });

  it('shrinks before it breaks a Norwegian compound in the middle', () => {
    const l = fit('Skolehelsetjenesten', 'Kommunen', 220, 150);
    expect(l.nameLines).toEqual(['Skolehelsetjenesten']);
    expectFits(l, 220, 150);
  });

  it('always fits, whatever the text and the box', () => {
    const names = [
      '',
      'Helsestasjon for ungdom',
      'Barne- og ungdomspsykiatrisk poliklinikk – utredning, behandling og oppfølging av barn og unge med moderate til alvorlige psykiske plager i Værnesregionen',
      'Ærlig, åpen, øyeblikkelig hjelp',
      'Snåase – Snåsa 👨‍👩‍👧‍👦 familietjeneste',
      'A'.repeat(300),
    ];
    const providers = ['', 'BUP', 'Psykisk helse og rus, Stjørdal', 'Rusmisbrukernes interesseorganisasjon (RIO) og frivilligsentralene'];
    for (const [w, h] of [[240, 160], [120, 60], [400, 120], [30, 20], [200, 40]] as const) {
      for (const name of names) {
        for (const provider of providers) expectFits(fit(name, provider, w, h), w, h);
      }
    }
  });

  it('cuts a text too long for the piece with an ellipsis, never silently', () => {
    const l = fit('Barne- og ungdomspsykiatrisk poliklinikk – utredning, behandling og oppfølging av barn og unge med alvorlige plager', 'BUP Helse Nord-Trøndelag', 200, 100);
    expect(l.truncated).toBe(true);
    expect(l.nameLines.at(-1)!.endsWith('…')).toBe(true);
    expect(l.nameSize).toBe(14);
    expectFits(l, 200, 100);
  });

  it('shows nothing rather than overflow a piece too small for one line', () => {
    const l = fit('Helsestasjon', 'Kommunen', 100, 10);
    expect(l.nameLines).toEqual([]);
    expect(l.height).toBe(0);
  });
});

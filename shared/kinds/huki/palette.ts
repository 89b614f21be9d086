import type { HukiLetter } from './model.ts';

/**
 * How the matrix looks, for the canvas and the exporters alike. Each letter has its own fill on
 * its own lightness step (approximate L*: H 10, U 37, K 69, I 93, empty cells 100), so a greyscale
 * print still tells them apart even before the letter itself is read; the letter is always drawn
 * too, so colour is never the only cue. Letter on fill is at least 7:1 (WCAG AAA) for a washed-out
 * projector. Checked by tests/unit/huki/palette.test.ts.
 */
export const letterColours: Readonly<Record<HukiLetter, { fill: string; ink: string }>> = {
  H: { fill: '#071B36', ink: '#FFFFFF' }, // near-black navy: the one who answers for it
  U: { fill: '#1F6152', ink: '#FFFFFF' }, // dark green: the ones who do it
  K: { fill: '#E39B2E', ink: '#000000' }, // amber: asked before
  I: { fill: '#E6EDF5', ink: '#000000' }, // pale blue-grey: told after
};

export const matrixColours = {
  ink: '#0B1F33',
  paper: '#FFFFFF',
  /** Grid lines: dark enough to survive a projector, thin enough not to compete with letters. */
  line: '#5B6B7B',
  /** The frame and the line under the header. */
  strongLine: '#0B1F33',
  phaseFill: '#D5DEE8',
  cornerFill: '#0B1F33',
  cornerInk: '#FFFFFF',
  /** Findings: the app's danger red, white "!" on it at 9.7:1. */
  warning: '#8A1111',
  warningInk: '#FFFFFF',
  /** A row or column a finding took the user to, outlined for a moment. */
  highlight: '#C2410C',
} as const;

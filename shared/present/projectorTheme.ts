import { contrastRatio } from '../items/contrast.ts';

/**
 * The projection's colours. A projector washes colours out and a room reads from ten metres, so
 * every text pair here meets WCAG AAA (7:1) and every graphic (the laser dot, a vote dot's ring,
 * a frame's border) at least 3:1 against what it sits on. A test checks every pair listed below;
 * add a colour here and to a pair, never a loose colour in a component.
 */
export const projectorTheme = {
  /** The board behind the items: white, the brightest a projector gives. */
  canvas: '#ffffff',
  /** Text drawn straight on the board: frame titles, text items without a colour of their own. */
  ink: '#000000',
  /** Frame borders and connector lines on the board, drawn thicker than in the editor. */
  line: '#1a1a1a',
  /** The caption bar (board and frame name, slide number). */
  bar: '#0b1f33',
  barText: '#ffffff',
  barTextSoft: '#d6e2ee',
  /** The timer while counting. */
  timer: '#0b1f33',
  timerText: '#ffffff',
  /** The last minute: a deep red the room notices without alarm. */
  timerEnding: '#7a1010',
  timerEndingText: '#ffffff',
  /** Time is up: black and yellow, readable in greyscale too. */
  timerDone: '#000000',
  timerDoneText: '#ffe14d',
  /** Paused: the counting colours reversed, so a glance tells paused from running. */
  timerPaused: '#ffffff',
  timerPausedText: '#0b1f33',
  /** A vote's dot count on an item. */
  badge: '#000000',
  badgeText: '#ffffff',
  /** The laser pointer: a red dot with a white halo, and its dark edge for light backgrounds. */
  pointer: '#d00000',
  pointerHalo: '#ffffff',
  /** The ring around a vote dot, so a dark dot shows on the darkest note too. */
  dotRing: '#ffffff',
  /** Overlays on the board (the vote summary). */
  panel: '#ffffff',
  panelText: '#000000',
  panelTextSoft: '#33475b',
  panelLine: '#0b1f33',
} as const;

export type ProjectorTheme = typeof projectorTheme;
export type ThemeColour = keyof ProjectorTheme;

export interface ColourPair {
  foreground: ThemeColour;
  background: ThemeColour;
  /** 'text' needs 7:1 (AAA, for the back of the room); 'graphic' 3:1 (WCAG 1.4.11). */
  role: 'text' | 'graphic';
}

/** Every pair the projection draws, one per place where one colour sits on another. */
export const projectorPairs: readonly ColourPair[] = [
  { foreground: 'ink', background: 'canvas', role: 'text' },
  { foreground: 'barText', background: 'bar', role: 'text' },
  { foreground: 'barTextSoft', background: 'bar', role: 'text' },
  { foreground: 'timerText', background: 'timer', role: 'text' },
  { foreground: 'timerEndingText', background: 'timerEnding', role: 'text' },
  { foreground: 'timerDoneText', background: 'timerDone', role: 'text' },
  { foreground: 'timerPausedText', background: 'timerPaused', role: 'text' },
  { foreground: 'badgeText', background: 'badge', role: 'text' },
  { foreground: 'panelText', background: 'panel', role: 'text' },
  { foreground: 'panelTextSoft', background: 'panel', role: 'text' },
  { foreground: 'line', background: 'canvas', role: 'graphic' },
  { foreground: 'pointer', background: 'canvas', role: 'graphic' },
  { foreground: 'pointer', background: 'pointerHalo', role: 'graphic' },
  { foreground: 'badge', background: 'canvas', role: 'graphic' },
  { foreground: 'panelLine', background: 'panel', role: 'graphic' },
  { foreground: 'timer', background: 'canvas', role: 'graphic' },
  { foreground: 'timerPausedText', background: 'canvas', role: 'graphic' },
];

export const minimumContrast = { text: 7, graphic: 3 } as const;

export interface ContrastFailure extends ColourPair {
  ratio: number;
  required: number;
}

/** The pairs below their required contrast; empty when the theme is fit for a projector. */
export function contrastFailures(theme: Record<ThemeColour, string> = projectorTheme, pairs: readonly ColourPair[] = projectorPairs): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const pair of pairs) {
    const ratio = contrastRatio(theme[pair.foreground], theme[pair.background]);
    const required = minimumContrast[pair.role];
    if (ratio < required) failures.push({ ...pair, ratio, required });
  }
  return failures;
}

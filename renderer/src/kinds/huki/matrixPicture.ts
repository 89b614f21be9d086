import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { isActorFinding, isTaskFinding, type Finding } from '../../../../shared/kinds/huki/checks.ts';
import { hukiGeometry, layoutMatrix, type MatrixLayout } from '../../../../shared/kinds/huki/layout.ts';
import { displayLetter } from '../../../../shared/kinds/huki/letters.ts';
import { hukiLetters, type HukiLetter, type HukiMatrixProps, type LetterSystem } from '../../../../shared/kinds/huki/model.ts';
import { letterColours } from '../../../../shared/kinds/huki/palette.ts';
import { fitText, lineHeightFactor, wrapText } from '../../../../shared/items/textFit.ts';
import type { Actor } from '../../../../shared/model/records.ts';

/**
 * Everything the matrix drawing needs, with all text already fitted into its box. Built once per
 * change of the data (and when the font arrives), so a redraw while panning only paints.
 */

export type WeightedMeasure = (text: string, fontSize: number, weight: number) => number;

export interface FittedText {
  lines: string[];
  fontSize: number;
  weight: number;
}

export interface MatrixPicture {
  layout: MatrixLayout;
  phaseText: Map<string, FittedText>;
  taskText: Map<string, FittedText>;
  /** By column index, as layout.columns. */
  headers: { fill: string; ink: string; text: FittedText }[];
  cells: Map<string, Map<string, HukiLetter>>;
  system: LetterSystem;
  legend: { letter: string; fill: string; ink: string; word: FittedText }[];
  /** What the red "!" marks mean, shown in the legend while any are drawn (issue 15: unexplained on the wall). */
  findingLegend: FittedText | null;
  flaggedTasks: Set<string>;
  flaggedActors: Set<string>;
}

export interface PictureLabels {
  untitledTask: string;
  untitledPhase: string;
  /** The word each letter stands for in the board's system ("Hovedansvarlig", "Accountable"). */
  word(letter: HukiLetter): string;
  /** What a red "!" means, for the legend. */
  finding?: string;
}

const g = hukiGeometry;

/** Smallest header type before the short name is used instead of the full name. */
const headerMinSize = 17;

/** Below this size a name is no longer read from the back of the room: words are broken instead. */
const wholeWordMinSize = 14;

/**
 * Fits text into a box, preferring a smaller size over a word cut in two ("Administrativt" stays
 * whole at 19 px rather than "Administrativ/t" at 22 px); only when even the floor size can't hold
 * the longest word does it fall back to fitText, which breaks words between letters.
 */
function fit(text: string, width: number, height: number, fontSize: number, weight: number, measure: WeightedMeasure): FittedText {
  const m = (s: string, size: number) => measure(s, size, weight);
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (let size = Math.floor(fontSize); size >= wholeWordMinSize; size--) {
    if (words.some((w) => m(w, size) > width)) continue;
    const lines = wrapText(text, width, size, m);
    if (lines.length * size * lineHeightFactor <= height) return { lines, fontSize: size, weight };
  }
  const result = fitText({ text, width, height, fontSize, fit: 'shrink', measure: m });
  return { lines: result.lines, fontSize: result.fontSize, weight };
}

/** A header's lines at the header size, wrapped and hyphenated, or null when they don't fit its height. */
function wrapAtHeaderSize(text: string, measure: WeightedMeasure): FittedText | null {
  const size = g.headerFontSize;
  const lines = wrapText(text.trim(), headerTextBox.w, size, (s, fs) => measure(s, fs, 700), { hyphenate: true });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length * size * lineHeightFactor <= headerTextBox.h ? { lines, fontSize: size, weight: 700 } : null;
}

/** The headers' text area: the cell less padding and the findings strip at its foot. */
export const headerTextBox = { w: g.columnWidth - g.padding * 2, h: g.headerHeight - g.padding * 2 - g.badgeSize };
/** A task name's area: the first column less padding, the warning bar and the badge. */
export const taskTextBox = { x: g.padding + 8, w: g.taskWidth - g.padding * 3 - 8 - g.badgeSize, h: g.taskHeight - 12 };

export function buildMatrixPicture(
  matrix: HukiMatrixProps,
  columns: readonly Actor[],
  findings: readonly Finding[],
  system: LetterSystem,
  labels: PictureLabels,
  measure: WeightedMeasure,
): MatrixPicture {
  const layout = layoutMatrix(matrix, columns.map((a) => a.id));
  const phaseText = new Map<string, FittedText>();
  const taskText = new Map<string, FittedText>();
  const cells = new Map<string, Map<string, HukiLetter>>();
  for (const phase of matrix.phases) {
    const name = phase.name.trim() === '' ? labels.untitledPhase : phase.name;
    phaseText.set(phase.id, fit(name, taskTextBox.w, g.phaseHeight - 8, g.phaseFontSize, 700, measure));
    for (const task of phase.tasks) {
      const taskName = task.name.trim() === '' ? labels.untitledTask : task.name;
      taskText.set(task.id, fit(taskName, taskTextBox.w, taskTextBox.h, g.taskFontSize, 400, measure));
      cells.set(task.id, new Map(task.cells.map((c) => [c.actorId, c.letter])));
    }
  }
  const headers = columns.map((actor) => {
    const style = categoryStyle(actor.category);
    // Every header at the same size (issue 15: long names got smaller type than the rest): a long
    // name wraps, a word too long for the column is hyphenated; the short name when even that
    // takes more lines than the header holds, and shrinking only as the last resort.
    let text = wrapAtHeaderSize(actor.name, measure) ?? (actor.shortName.trim() !== '' ? wrapAtHeaderSize(actor.shortName, measure) : null) ?? fit(actor.name, headerTextBox.w, headerTextBox.h, g.headerFontSize, 700, measure);
    if (text.fontSize < headerMinSize && actor.shortName.trim() !== '') {
      text = fit(actor.shortName, headerTextBox.w, headerTextBox.h, g.headerFontSize, 700, measure);
    }
    return { fill: style.fill, ink: style.text, text };
  });
  const legendWordWidth = g.taskWidth / 2 - g.padding * 3 - 44;
  const legend = hukiLetters.map((letter) => ({
    letter: displayLetter(letter, system),
    ...letterColours[letter],
    word: fit(labels.word(letter), legendWordWidth, g.headerHeight / 2 - 8, g.legendFontSize, 400, measure),
  }));
  const flaggedTasks = new Set(findings.filter(isTaskFinding).map((f) => f.taskId));
  const flaggedActors = new Set<string>(findings.filter(isActorFinding).map((f) => f.actorId));
  const anyFlag = flaggedTasks.size > 0 || flaggedActors.size > 0;
  const findingLegend = anyFlag && labels.finding ? fit(labels.finding, g.taskWidth - g.padding * 3 - g.badgeSize, g.headerHeight / 3 - 4, g.legendFontSize, 400, measure) : null;
  return {
    layout,
    findingLegend,
    phaseText,
    taskText,
    headers,
    cells,
    system,
    legend,
    flaggedTasks,
    flaggedActors,
  };
}

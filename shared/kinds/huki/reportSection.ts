import type { WorkshopDoc } from '../../model/document.ts';
import type { Board } from '../../model/records.ts';
import { contentTable, type ContentCellValue, type ContentSection } from '../../report/contentModel.ts';
import type { KindContext } from '../boardKind.ts';
import { checkMatrix } from './checks.ts';
import { findingText } from './findingText.ts';
import { displayLetter, letterWordKey } from './letters.ts';
import { hukiLetters, letterOf, matrixItemOf, readBoardSettings, readMatrix, visibleActorIds } from './model.ts';
import { letterColours } from './palette.ts';

/**
 * A HUKI board in the report: the legend, the matrix (phase, task, a column per actor, each letter
 * in its colour as on the board) and the findings of the checks, worded as the board's findings
 * list words them (the PDF draws the same in renderer/src/kinds/huki/reportPages.ts).
 */
export function hukiReportSection(doc: WorkshopDoc, board: Board, { t }: KindContext): ContentSection {
  const title = t('export.report.hukiHeading', { name: board.name });
  const item = matrixItemOf(doc.items, board.id);
  if (!item) return { title, blocks: [{ kind: 'paragraph', text: t('export.report.hukiEmpty'), soft: true }] };
  const matrix = readMatrix(item.props);
  const ids = visibleActorIds(matrix, doc.actors);
  const settings = readBoardSettings(board.props);
  const actors = ids.map((id) => doc.actors[id]!);
  const findings = checkMatrix(matrix, ids, settings.overloadThreshold);
  const system = settings.letters;
  const legend = hukiLetters.map((l) => t('huki.legend.entry', { letter: displayLetter(l, system), word: t(letterWordKey(l, system)) })).join('   ·   ');
  const rows: ContentCellValue[][] = [];
  for (const phase of matrix.phases) {
    const phaseName = phase.name.trim() || t('huki.phase.untitled');
    if (phase.tasks.length === 0) rows.push([{ text: phaseName, bold: true }, '', ...actors.map(() => '')]);
    phase.tasks.forEach((task, i) => {
      rows.push([
        i === 0 ? { text: phaseName, bold: true } : '',
        task.name.trim() || t('huki.task.untitled'),
        ...actors.map((actor): ContentCellValue => {
          const letter = letterOf(task, actor.id);
          if (!letter) return '';
          const colours = letterColours[letter];
          return { text: displayLetter(letter, system), fill: colours.fill, ink: colours.ink, bold: true };
        }),
      ]);
    });
  }
  const actorShare = actors.length > 0 ? Math.max(1.2, Math.min(4, 60 / actors.length)) : 0;
  const table = contentTable(
    [
      { header: t('huki.csv.headingPhase'), share: 7 },
      { header: t('huki.csv.headingTask'), share: 13 },
      ...actors.map((a) => ({ header: a.shortName.trim() || a.name, share: actorShare, align: 'center' as const })),
    ],
    rows,
  );
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: legend, soft: true },
      { kind: 'table', table },
      { kind: 'subheading', text: t('export.report.findings') },
      findings.length === 0
        ? { kind: 'paragraph', text: t('huki.findings.none', { h: displayLetter('H', system), u: displayLetter('U', system) }) }
        : { kind: 'bullets', items: findings.map((f) => ({ text: findingText(t, f, matrix, doc.actors, system), level: 0 })) },
    ],
  };
}

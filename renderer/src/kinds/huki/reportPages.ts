import { displayLetter, letterWordKey } from '../../../../shared/kinds/huki/letters.ts';
import { checkMatrix } from '../../../../shared/kinds/huki/checks.ts';
import { hukiLetters, letterOf, matrixItemOf, readBoardSettings, readMatrix, visibleActorIds } from '../../../../shared/kinds/huki/model.ts';
import { letterColours } from '../../../../shared/kinds/huki/palette.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { findingText } from '../../../../shared/kinds/huki/findingText.ts';
import { reportInkSoft, type ReportWriter } from '../../export/report/reportWriter.ts';
import { drawTable, type CellValue, type TableColumn } from '../../export/report/table.ts';

/**
 * A HUKI board as tables: the matrix (phase, task, a column per actor, each letter in its colour
 * as on the board) and the findings of the checks (shared/kinds/huki/checks.ts), worded as the
 * board's findings list words them.
 */
export function writeHuki(w: ReportWriter, doc: WorkshopDoc, board: Board): void {
  const { t } = w;
  const title = t('export.report.hukiHeading', { name: board.name });
  w.newPage();
  w.entry(title, 1);
  w.heading(title, 1);
  const item = matrixItemOf(doc.items, board.id);
  if (!item) {
    w.paragraph(t('export.report.hukiEmpty'), { size: w.type.body, weight: 400, colour: reportInkSoft });
    return;
  }
  // As the board derives it (kinds/huki/useHukiMatrix.ts): the shown columns, the board's settings, the checks.
  const matrix = readMatrix(item.props);
  const ids = visibleActorIds(matrix, doc.actors);
  const settings = readBoardSettings(board.props);
  const view = { matrix, columns: ids.map((id) => doc.actors[id]!), findings: checkMatrix(matrix, ids, settings.overloadThreshold) };
  const system = settings.letters;
  const legend = hukiLetters.map((l) => t('huki.legend.entry', { letter: displayLetter(l, system), word: t(letterWordKey(l, system)) })).join('   ·   ');
  w.paragraph(legend, { size: w.type.body, weight: 400, colour: reportInkSoft });

  const actorShare = view.columns.length > 0 ? Math.max(1.2, Math.min(4, 60 / view.columns.length)) : 0;
  const columns: TableColumn[] = [
    { header: t('huki.csv.headingPhase'), share: 7 },
    { header: t('huki.csv.headingTask'), share: 13 },
    ...view.columns.map((a) => ({ header: a.shortName.trim() || a.name, share: actorShare, align: 'center' as const })),
  ];
  const rows: CellValue[][] = [];
  for (const phase of view.matrix.phases) {
    const phaseName = phase.name.trim() || t('huki.phase.untitled');
    if (phase.tasks.length === 0) rows.push([{ text: phaseName, bold: true }, '', ...view.columns.map(() => '')]);
    phase.tasks.forEach((task, i) => {
      rows.push([
        i === 0 ? { text: phaseName, bold: true } : '',
        task.name.trim() || t('huki.task.untitled'),
        ...view.columns.map((actor): CellValue => {
          const letter = letterOf(task, actor.id);
          if (!letter) return '';
          const colours = letterColours[letter];
          return { text: displayLetter(letter, system), fill: colours.fill, ink: colours.ink, bold: true };
        }),
      ]);
    });
  }
  drawTable(w, columns, rows, { continuedTitle: t('export.report.continued', { heading: title }) });

  w.heading(t('export.report.findings'), 2, 40);
  if (view.findings.length === 0) {
    w.paragraph(t('huki.findings.none', { h: displayLetter('H', system), u: displayLetter('U', system) }), { size: w.type.body, weight: 400 });
    return;
  }
  for (const finding of view.findings) {
    w.paragraph(`!  ${findingText(t, finding, view.matrix, doc.actors, system)}`, { size: w.type.body, weight: 400 }, { after: 0.3 });
  }
}

import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { localeOf, translate, type MessageParams } from '../../../../shared/i18n/translate.ts';
import { officeFractionByHour } from '../../../../shared/kinds/acuteLoop/officeHours.ts';
import { readAcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { stationTable } from '../../../../shared/kinds/acuteLoop/stationTable.ts';
import { hourRange, hourlyLabel } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { acuteLoopFigures, stationColumnShares } from '../report/acuteLoopFigures.ts';
import { acuteLoopKind } from '../../../../shared/kinds/acuteLoop/index.ts';
import { checkMatrix } from '../../../../shared/kinds/huki/checks.ts';
import { hukiKind } from '../../../../shared/kinds/huki/index.ts';
import { displayLetter, letterWordKey } from '../../../../shared/kinds/huki/letters.ts';
import { hukiLetters, letterOf, matrixItemOf, readBoardSettings, readMatrix, visibleActorIds } from '../../../../shared/kinds/huki/model.ts';
import { letterColours } from '../../../../shared/kinds/huki/palette.ts';
import { puzzleProps, slotKey } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { puzzleKind } from '../../../../shared/kinds/puzzle/index.ts';
import { inventoryRows } from '../../../../shared/kinds/puzzle/inventory.ts';
import { inventoryColumnKey, inventoryColumns } from '../../../../shared/kinds/puzzle/inventoryCsv.ts';
import { indexKey, piecesOf, placementOf } from '../../../../shared/kinds/puzzle/placement.ts';
import { summarise } from '../../../../shared/kinds/puzzle/summary.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { findingText } from '../../kinds/huki/findingText.ts';
import { columns as stakeholderColumns } from '../../kinds/actorMap/table/columns.ts';
import { inventoryCell } from '../report/puzzleSection.ts';
import { stakeholderCell, stakeholderRows } from '../report/stakeholderSection.ts';
import type { CellValue } from '../report/table.ts';
import { contentTable, type ContentBlock, type ContentSection } from './contentModel.ts';

/**
 * The report's table sections as content, in the PDF report's order and words: the stakeholder
 * analysis, each HUKI matrix with its findings, each puzzle's inventory and gaps, each acute
 * loop's figures, hours and stations. `boards` limits them to the boards the user chose.
 */

type T = (key: MessageKey, params?: MessageParams) => string;

function stakeholders(doc: WorkshopDoc, language: Language, t: T): ContentSection {
  const actors = stakeholderRows(doc, language);
  const blocks: ContentBlock[] =
    actors.length === 0
      ? [{ kind: 'paragraph', text: t('export.report.noActors'), soft: true }]
      : [
          { kind: 'paragraph', text: t('export.report.stakeholdersIntro'), soft: true },
          {
            kind: 'table',
            table: contentTable(
              stakeholderColumns.map((c) => ({ header: t(c.labelKey), share: c.share, align: c.width === 'narrow' ? ('center' as const) : ('left' as const) })),
              actors.map((actor) => stakeholderColumns.map((c) => stakeholderCell(actor, c, t))),
            ),
          },
        ];
  return { title: t('export.report.stakeholders'), blocks };
}

function huki(doc: WorkshopDoc, board: Board, t: T): ContentSection {
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
  const rows: CellValue[][] = [];
  for (const phase of matrix.phases) {
    const phaseName = phase.name.trim() || t('huki.phase.untitled');
    if (phase.tasks.length === 0) rows.push([{ text: phaseName, bold: true }, '', ...actors.map(() => '')]);
    phase.tasks.forEach((task, i) => {
      rows.push([
        i === 0 ? { text: phaseName, bold: true } : '',
        task.name.trim() || t('huki.task.untitled'),
        ...actors.map((actor): CellValue => {
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

function puzzle(doc: WorkshopDoc, board: Board, language: Language, t: T): ContentSection {
  const grid = puzzleProps(board);
  const pieces = piecesOf(doc.items, board.id);
  const summary = summarise(grid, pieces, doc.actors);
  const rows = inventoryRows(grid, pieces, doc.actors, localeOf(language));
  const shares = [8, 8, 12, 11, 9, 9, 6, 7, 9, 13];
  const blocks: ContentBlock[] = [{ kind: 'paragraph', text: t('puzzle.summary.totals', { pieces: summary.pieces, placed: summary.placed, loose: summary.loose, gaps: summary.gaps, slots: summary.slots }) }];
  if (rows.length === 0) blocks.push({ kind: 'paragraph', text: t('puzzle.inventory.empty'), soft: true });
  else
    blocks.push({
      kind: 'table',
      table: contentTable(
        inventoryColumns.map((c, i) => ({ header: t(inventoryColumnKey(c)), share: shares[i] ?? 8 })),
        rows.map((row) => inventoryColumns.map((c) => inventoryCell(row, c, t))),
      ),
    });
  blocks.push({ kind: 'subheading', text: t('puzzle.gaps.title') });
  const placement = placementOf(grid, pieces);
  const gaps = grid.rows.flatMap((row, r) => grid.columns.flatMap((column, c) => (placement.bySlot.has(indexKey(r, c)) ? [] : [{ row, column }])));
  if (gaps.length === 0) blocks.push({ kind: 'paragraph', text: t('puzzle.gaps.none') });
  else
    blocks.push({
      kind: 'table',
      table: contentTable(
        [
          { header: t('puzzle.inventory.row'), share: 2 },
          { header: t('puzzle.inventory.column'), share: 2 },
          { header: t('puzzle.piece.notes'), share: 6 },
        ],
        gaps.map(({ row, column }) => [row.label, column.label, grid.gapNotes[slotKey(row.id, column.id)] ?? '']),
      ),
    });
  return { title: t('export.report.puzzleHeading', { name: board.name }), blocks };
}

function acuteLoop(doc: WorkshopDoc, board: Board, language: Language, t: T): ContentSection {
  const props = readAcuteLoopProps(board.props);
  const numberFormat = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
  const figures = acuteLoopFigures(props, language, t);
  const inside = officeFractionByHour(props.officeHours);
  const blocks: ContentBlock[] = [
    {
      kind: 'table',
      table: contentTable(
        [
          { header: t('export.report.figure'), share: 2 },
          { header: t('export.report.value'), share: 3 },
        ],
        figures.map(([label, value]) => [{ text: label, bold: true }, value]),
      ),
    },
    // The hours as a column table (24 rows), which a Word page and a spreadsheet both read well.
    {
      kind: 'table',
      table: contentTable(
        [
          { header: t('acuteLoop.data.csvHour'), share: 1 },
          { header: hourlyLabel(props.hourly, t), share: 2, align: 'center' },
        ],
        props.hourly.counts.map((count, h): CellValue[] => [`${hourRange(h).from}–${hourRange(h).to}`, { text: numberFormat.format(count), ...(inside[h]! > 0 ? { fill: '#d7e6f6' } : {}) }]),
      ),
    },
    { kind: 'subheading', text: t('export.report.stations') },
  ];
  const [header, ...stations] = stationTable(props, doc.actors, t);
  if (stations.length === 0) blocks.push({ kind: 'paragraph', text: t('export.report.noStations'), soft: true });
  else blocks.push({ kind: 'table', table: contentTable(header!.map((h, i) => ({ header: h, share: stationColumnShares[i] ?? 3, align: i === 0 ? ('center' as const) : ('left' as const) })), stations) });
  const needs = props.needs.filter((n) => n.text.trim() !== '');
  if (needs.length > 0) {
    blocks.push({ kind: 'subheading', text: t('acuteLoop.needs.title') });
    blocks.push({ kind: 'bullets', items: needs.map((n) => ({ text: n.text, level: n.level, bold: n.level === 0 })) });
  }
  return { title: t('export.report.acuteLoopHeading', { name: board.name }), blocks };
}

/** Every table section, for the chosen boards (all when `boardIds` is null); the stakeholder analysis always. */
export function tableSections(doc: WorkshopDoc, language: Language, boardIds: ReadonlySet<string> | null = null): ContentSection[] {
  const t: T = (key, params) => translate(language, key, params);
  const boards = boardsInOrder(doc).filter((b) => boardIds === null || boardIds.has(b.id));
  return [
    stakeholders(doc, language, t),
    ...boards.filter((b) => b.kind === hukiKind.kind).map((b) => huki(doc, b, t)),
    ...boards.filter((b) => b.kind === puzzleKind.kind).map((b) => puzzle(doc, b, language, t)),
    ...boards.filter((b) => b.kind === acuteLoopKind.kind).map((b) => acuteLoop(doc, b, language, t)),
  ];
}

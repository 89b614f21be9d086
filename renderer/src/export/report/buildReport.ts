import { PDFDocument } from 'pdf-lib';
import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../../shared/i18n/translate.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { yieldToEventLoop } from '../abort.ts';
import type { Drawing } from '../drawing/drawing.ts';
import type { FontLoader } from '../fonts/fontFaces.ts';
import { PdfImages } from '../pdf/pdfCanvas.ts';
import { PdfFonts } from '../pdf/pdfFonts.ts';
import { writeOutline } from '../pdf/outline.ts';
import { writeBoardPage } from './boardSection.ts';
import { reserveContents, writeContents } from './contentsSection.ts';
import { writeCover } from './coverSection.ts';
import { exportDate } from './dates.ts';
import { ReportWriter, type Orientation, type Paper } from './reportWriter.ts';
import { writeStakeholders } from './stakeholderSection.ts';
import { reportBoards } from './reportBoards.ts';
import { writeContentSection } from './contentSection.ts';
import { rendererKind } from '../../kinds/registry.ts';
import { writeVotes } from './voteSection.ts';
import { voteResult } from '../content/voteContent.ts';
import { writeXmpMetadata } from '../pdf/xmpMetadata.ts';

/**
 * The whole workshop as one PDF: a cover, the contents, each board on its own landscape page as
 * vector drawing with real text, then the tables (the stakeholder analysis, each HUKI matrix with
 * its findings, each puzzle's inventory, each acute loop's figures), every page with its number
 * and the export date. The boards' pictures come from `drawBoard` (the canvas, recorded, in the
 * app), so this module runs the same in the renderer and in a plain Node test.
 */

export interface ReportOptions {
  paper: Paper;
  /** Landscape unless given; in portrait a wide board still gets a landscape page. */
  orientation?: Orientation;
  language: Language;
  exportedAt: Date;
  /** The boards to include (their pages, tables and votes); null or absent: all. */
  boardIds?: ReadonlySet<string> | null;
}

export interface ReportProgress {
  done: number;
  total: number;
}

export interface ReportSources {
  loadFont: FontLoader;
  /** The board as drawn on the canvas. */
  drawBoard(board: Board): Promise<Drawing>;
  onProgress?(progress: ReportProgress): void;
  signal?: AbortSignal;
}


export async function buildReport(doc: WorkshopDoc, options: ReportOptions, sources: ReportSources): Promise<Uint8Array> {
  const { language } = options;
  const { signal } = sources;
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const boards = boardsInOrder(doc).filter((b) => !options.boardIds || options.boardIds.has(b.id));
  // The stakeholder analysis, then one section per board whose kind has one (BoardKind.report).
  const tables = reportBoards(boards);
  const votes = boards.map((b) => voteResult(doc, b, language)).filter((v) => v !== null);
  // One step per board, one for the tables, one for writing the file.
  const total = boards.length + 2;
  let done = 0;
  const step = () => sources.onProgress?.({ done: ++done, total });
  sources.onProgress?.({ done, total });

  const pdf = await PDFDocument.create();
  const title = doc.meta.title.trim() || t('export.report.untitled');
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setSubject(t('export.report.subtitle'));
  pdf.setLanguage(language === 'nb' ? 'nb-NO' : 'en-GB');
  pdf.setCreator('Samkart');
  pdf.setProducer('Samkart');
  pdf.setCreationDate(options.exportedAt);
  pdf.setModificationDate(options.exportedAt);
  if (doc.meta.facilitator.trim()) pdf.setAuthor(doc.meta.facilitator);
  writeXmpMetadata(pdf, { title, language: language === 'nb' ? 'nb-NO' : 'en-GB', author: doc.meta.facilitator.trim(), subject: t('export.report.subtitle'), date: options.exportedAt, tool: 'Samkart' });

  const fonts = await PdfFonts.embed(pdf, sources.loadFont);
  const w = new ReportWriter(pdf, fonts, new PdfImages(pdf), options.paper, t, options.orientation);
  writeCover(w, doc, language);
  // Two headings ("Tavler", "Tabeller"), one line per board, for the stakeholders and per table
  // section; the votes' heading and one line per vote.
  const contents = reserveContents(w, boards.length + tables.length + 3 + (votes.length > 0 ? votes.length + 1 : 0));

  if (boards.length > 0) w.entries.push({ title: t('export.report.boards'), page: w.pageIndex + 1, level: 0 });
  for (const board of boards) {
    await yieldToEventLoop(signal);
    await writeBoardPage(w, board, await sources.drawBoard(board));
    step();
  }

  await yieldToEventLoop(signal);
  w.entries.push({ title: t('export.report.tables'), page: w.pageIndex + 1, level: 0 });
  writeStakeholders(w, doc, language);
  for (const { board, report } of tables) {
    // The kind's own drawing of its pages where it has one, else its section's words and tables.
    const draw = rendererKind(board.kind)?.writeReportSection;
    if (draw) draw(w, doc, board, language);
    else writeContentSection(w, report.section(doc, board, { language, t }));
  }
  writeVotes(w, votes);
  step();

  writeContents(w, contents, w.entries);
  writeOutline(pdf, w.entries.map((e) => ({ title: e.title, level: e.level, page: w.pages[e.page]!.page.ref })));
  w.finish(t('export.report.exported', { date: exportDate(options.exportedAt, language) }));
  await yieldToEventLoop(signal);
  const bytes = await pdf.save();
  step();
  return bytes;
}

import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import type { Board } from '../../../shared/model/records.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { useApp } from '../state/appStore.ts';
import { throwIfAborted } from './abort.ts';
import { loadFontFile } from './fonts/fontFiles.ts';
import { svgFontsFor } from './fonts/svgFonts.ts';
import { appFontFamily, fallbackFontFamily } from './fonts/fontFaces.ts';
import { withBoardStage } from './offscreen/boardStage.tsx';
import { pngSize, wholeArea, type PngScale } from './pngSize.ts';
import { withPngDpi } from './pngDpi.ts';
import { boardMargin } from './report/boardSection.ts';
import { buildReport } from './report/buildReport.ts';
import { pictureArea, writeSvg } from './svg/svgWriter.ts';
import { stagePictures } from './content/stagePictures.ts';
import { buildDocx } from './docx/buildDocx.ts';
import { buildPptx } from './pptx/buildPptx.ts';

/**
 * The export engine (issue 8): a board as PNG or as real-vector SVG, the whole workshop as a PDF
 * report, a Word document or a PowerPoint presentation (issue 20). Every board kind is drawn by its own canvas code on an off-screen stage (see
 * offscreen/), recorded as vector primitives (drawing/) and written out (svg/, pdf/, report/).
 * The dialog, the saving and the menus around it are in ../exportUi.
 *
 * Long work lets the event loop run between boards; a cancelled signal rejects with a DOMException
 * named 'AbortError'.
 */

export type { PngScale } from './pngSize.ts';

export interface BoardImageOptions {
  scale: PngScale;
  /** White behind the board; otherwise transparent. */
  background: boolean;
}

export interface ExportProgress {
  done: number;
  total: number;
}

export interface PdfReportOptions {
  paper: 'A4' | 'A3';
  orientation: 'landscape' | 'portrait';
  language: 'nb' | 'en';
  exportedAt: Date;
  /** The boards to include; null: all. */
  boardIds: ReadonlySet<string> | null;
}

function boardOf(doc: WorkshopDoc, boardId: BoardId): Board {
  const board = doc.boards[boardId];
  if (!board) throw new Error(translate(useApp.getState().language, 'export.error.unknownBoard'));
  return board;
}

export async function exportBoardPng(doc: WorkshopDoc, boardId: BoardId, options: BoardImageOptions, signal?: AbortSignal): Promise<Blob> {
  throwIfAborted(signal);
  const board = boardOf(doc, boardId);
  return withBoardStage(doc, board, signal, async (stage) => {
    const area = wholeArea(pictureArea(stage.record(), boardMargin));
    const size = pngSize(area, options.scale);
    throwIfAborted(signal);
    const blob = await stage.png(area, size.pixelRatio, options.background);
    // The resolution in the file, so Word places 2× and print pictures at their size on paper.
    const dpi = options.scale === 'a4-300dpi' ? size.width / (297 / 25.4) : 96 * options.scale;
    return new Blob([withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi) as BlobPart], { type: 'image/png' });
  });
}

export async function exportBoardSvg(doc: WorkshopDoc, boardId: BoardId, options: { background: boolean }, signal?: AbortSignal): Promise<string> {
  throwIfAborted(signal);
  const board = boardOf(doc, boardId);
  const drawing = await withBoardStage(doc, board, signal, (stage) => stage.record());
  const fonts = await svgFontsFor(drawing, loadFontFile);
  throwIfAborted(signal);
  return writeSvg(drawing, {
    background: options.background,
    margin: boardMargin,
    title: board.name,
    fonts,
    fontFamilyPrefix: fonts.length > 0 ? [appFontFamily, fallbackFontFamily] : [],
  });
}

export async function exportWorkshopPdf(doc: WorkshopDoc, options: PdfReportOptions, onProgress?: (p: ExportProgress) => void, signal?: AbortSignal): Promise<Uint8Array> {
  throwIfAborted(signal);
  return buildReport(doc, options, {
    loadFont: loadFontFile,
    drawBoard: (board) => withBoardStage(doc, board, signal, (stage) => stage.record()),
    ...(onProgress ? { onProgress } : {}),
    ...(signal ? { signal } : {}),
  });
}

export interface OfficeExportOptions {
  language: 'nb' | 'en';
  exportedAt: Date;
  /** The boards to include; null: all. */
  boardIds: ReadonlySet<string> | null;
}

/** The workshop as a Word document (docx/): the chosen boards as pictures, every table, the votes. */
export async function exportWorkshopDocx(doc: WorkshopDoc, options: OfficeExportOptions, onProgress?: (p: ExportProgress) => void, signal?: AbortSignal): Promise<Uint8Array> {
  throwIfAborted(signal);
  return buildDocx(doc, options, { pictures: stagePictures(doc, options.language, signal), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
}

/** The workshop as a PowerPoint presentation (pptx/): the presentation's steps, notes, votes, tables. */
export async function exportWorkshopPptx(doc: WorkshopDoc, options: OfficeExportOptions, onProgress?: (p: ExportProgress) => void, signal?: AbortSignal): Promise<Uint8Array> {
  throwIfAborted(signal);
  return buildPptx(doc, options, { pictures: stagePictures(doc, options.language, signal), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
}

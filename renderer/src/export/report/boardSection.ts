import { getBoardKind } from '../../../../shared/kinds/registry.ts';
import type { Board } from '../../../../shared/model/records.ts';
import type { Drawing } from '../drawing/drawing.ts';
import { drawDrawing, imageSources } from '../pdf/drawingToPdf.ts';
import { pictureArea } from '../svg/svgWriter.ts';
import { reportInkSoft, type ReportWriter, type Translate } from './reportWriter.ts';

/** Room around a board's picture, in board units (as in the PNG and SVG). */
export const boardMargin = 24;

/** The board kind's name in the report's language; a kind from a newer version by its id. */
export function kindLabel(kind: string, t: Translate): string {
  const known = getBoardKind(kind);
  return known ? t(known.labelKey) : kind;
}

export function boardTitle(board: Board, t: Translate): string {
  return t('export.report.boardHeading', { kind: kindLabel(board.kind, t), name: board.name });
}

/** One board on its own page: its name, then its picture as large as the page allows. */
export async function writeBoardPage(w: ReportWriter, board: Board, drawing: Drawing): Promise<void> {
  w.newPage();
  w.entry(boardTitle(board, w.t), 1);
  w.heading(boardTitle(board, w.t), 1, 0);
  if (!drawing.bounds) {
    w.paragraph(w.t('export.report.emptyBoard'), { size: w.type.body, weight: 400, colour: reportInkSoft });
    return;
  }
  await w.images.prepare(imageSources(drawing));
  const box = { x: w.left, y: w.y, w: w.width, h: w.bottom - w.y };
  drawDrawing(w.canvas, drawing, pictureArea(drawing, boardMargin), box);
  w.y = w.bottom;
}

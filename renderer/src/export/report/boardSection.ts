import { getBoardKind } from '../../../../shared/kinds/registry.ts';
import type { Board } from '../../../../shared/model/records.ts';
import type { Drawing, TextShape } from '../drawing/drawing.ts';
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

/**
 * A board's heading: "Aktørkart: Samarbeid i Fosen", but only the name when it already says its
 * kind ("Aktørkart – Værnesregionen", not "Aktørkart: Aktørkart – Værnesregionen"). The Word
 * document and the slides use the same (content/boardTitle.ts).
 */
export function boardTitle(board: Board, t: Translate): string {
  const name = board.name.trim() || t('common.untitled');
  const label = kindLabel(board.kind, t);
  return name.toLocaleLowerCase().startsWith(label.toLocaleLowerCase()) ? name : t('export.report.boardHeading', { kind: label, name });
}

/** A longer alternative text is cut here: a screen reader reads it in one go. */
const maxAltLength = 2000;

/**
 * The board's picture for a screen reader: what it is, then the words on it in drawing order
 * (notes, chips, stations, pieces...). The tables later in the report give the same data in order.
 */
export function figureAlt(board: Board, drawing: Drawing, t: Translate): string {
  // The lines of one wrapped label are drawn one after another with the same transform and
  // anchor: they join with a space; separate labels with a semicolon.
  const labels: string[] = [];
  let previous: TextShape | null = null;
  for (const shape of drawing.shapes) {
    if (shape.kind !== 'text') continue;
    const text = shape.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const sameLabel = previous !== null && previous.x === shape.x && previous.align === shape.align && previous.matrix.every((v, i) => v === shape.matrix[i]);
    if (sameLabel && labels.length > 0) labels[labels.length - 1] += ` ${text}`;
    else labels.push(text);
    previous = shape;
  }
  const alt = t('export.report.figureAlt', { board: boardTitle(board, t), words: [...new Set(labels)].join('; ') });
  return alt.length > maxAltLength ? `${alt.slice(0, maxAltLength - 1)}…` : alt;
}

/**
 * One board on its own page: its name, then its picture as large as the page allows. In a
 * portrait report a board wider than tall gets a landscape page (as a printed report turns a wide
 * figure), so it is not shrunk to the width of a standing page.
 */
export async function writeBoardPage(w: ReportWriter, board: Board, drawing: Drawing): Promise<void> {
  const area = pictureArea(drawing, boardMargin);
  const { w: width, h: height } = w.pageSize;
  const turn = (area.w > area.h) !== (width > height);
  w.newPage(undefined, turn ? { w: height, h: width } : w.pageSize);
  w.entry(boardTitle(board, w.t), 1);
  w.heading(boardTitle(board, w.t), 1, 0);
  if (!drawing.bounds) {
    w.paragraph(w.t('export.report.emptyBoard'), { size: w.type.body, weight: 400, colour: reportInkSoft });
    return;
  }
  await w.images.prepare(imageSources(drawing));
  const box = { x: w.left, y: w.y, w: w.width, h: w.bottom - w.y };
  const figure = w.tree.add('Figure', { alt: figureAlt(board, drawing, w.t) });
  w.tagged(figure, (canvas) => drawDrawing(canvas, drawing, pictureArea(drawing, boardMargin), box));
  w.y = w.bottom;
}

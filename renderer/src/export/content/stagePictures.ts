import type { Language } from '../../../../shared/i18n/messages.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import { translate } from '../../../../shared/i18n/translate.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import { throwIfAborted } from '../abort.ts';
import { withBoardStage } from '../offscreen/boardStage.tsx';
import { maxCanvasPixels, maxCanvasSide, wholeArea } from '../pngSize.ts';
import { boardMargin, figureAlt } from '../report/boardSection.ts';
import { pictureArea, writeSvg } from '../svg/svgWriter.ts';
import type { BoardPicture, PictureSource } from './boardPicture.ts';

/**
 * Board pictures for the Office files, drawn by the export's one drawing path: the board mounted
 * off screen, painted by Konva for the PNG and recorded for the SVG. About 1920 pixels across a
 * 16:9 slide, sharp on a projector and in print at a Word page's width; never past a canvas's
 * limits.
 */
const targetWidth = 1920;

function ratioFor(area: Rect): number {
  const wanted = targetWidth / Math.max(area.w, (area.h * 16) / 9);
  const limit = Math.min(maxCanvasSide / area.w, maxCanvasSide / area.h, Math.sqrt(maxCanvasPixels / (area.w * area.h)));
  return Math.max(0.25, Math.min(3, wanted, limit));
}

export function stagePictures(doc: WorkshopDoc, language: Language, signal?: AbortSignal): PictureSource {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  return (board, areas, options) =>
    withBoardStage(doc, board, signal, async (stage) => {
      const drawing = stage.record();
      const words = figureAlt(board, drawing, t);
      const pictures: BoardPicture[] = [];
      for (const wanted of areas) {
        throwIfAborted(signal);
        const area = wholeArea(wanted ? { x: wanted.x - boardMargin / 2, y: wanted.y - boardMargin / 2, w: wanted.w + boardMargin, h: wanted.h + boardMargin } : pictureArea(drawing, boardMargin));
        const ratio = ratioFor(area);
        const blob = await stage.png(area, ratio, true);
        const png = new Uint8Array(await blob.arrayBuffer());
        const svg = options.svg && !wanted ? writeSvg(drawing, { background: true, margin: boardMargin, title: board.name }) : undefined;
        pictures.push({ png, width: Math.floor(area.w * ratio), height: Math.floor(area.h * ratio), words, ...(svg ? { svg } : {}) });
      }
      return pictures;
    });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { itemsOfBoard, type WorkshopDoc } from '../../../shared/model/document.ts';
import type { Board } from '../../../shared/model/records.ts';
import { parseCanvasFont } from '../../../renderer/src/export/drawing/canvasFont.ts';
import type { Drawing } from '../../../renderer/src/export/drawing/drawing.ts';
import { RecordingContext, type RecorderEnvironment } from '../../../renderer/src/export/drawing/recordingContext.ts';
import type { FontLoader } from '../../../renderer/src/export/fonts/fontFaces.ts';

/**
 * The export's Node side without a browser: font files read from resources/fonts/, text measured
 * with the same font (Atkinson's Latin file) through fontkit, and a board drawn into the recorder
 * the way the canvas draws notes (a rounded box, its text centred line by line), so the SVG and
 * PDF writers get real recorded primitives.
 */

export const fontsFolder = join(import.meta.dirname, '../../../resources/fonts');

export const loadFontFromDisk: FontLoader = async (file) => new Uint8Array(readFileSync(join(fontsFolder, file)));

const regular = fontkit.create(readFileSync(join(fontsFolder, 'atkinson-hyperlegible-next-latin-400-normal.woff')));

function widthOf(text: string, size: number): number {
  return (regular.layout(text).advanceWidth * size) / regular.unitsPerEm;
}

export const nodeEnvironment: RecorderEnvironment = {
  measureText(font, text) {
    const { size } = parseCanvasFont(font);
    const ascent = (regular.ascent / regular.unitsPerEm) * size;
    const descent = (-regular.descent / regular.unitsPerEm) * size;
    return { width: widthOf(text, size), fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent, actualBoundingBoxAscent: ascent, actualBoundingBoxDescent: descent } as TextMetrics;
  },
  baselineShift(font, baseline) {
    const { size } = parseCanvasFont(font);
    const ascent = (regular.ascent / regular.unitsPerEm) * size;
    const descent = (-regular.descent / regular.unitsPerEm) * size;
    switch (baseline) {
      case 'top':
      case 'hanging':
        return ascent;
      case 'middle':
        return (ascent - descent) / 2;
      case 'bottom':
      case 'ideographic':
        return -descent;
      default:
        return 0;
    }
  },
  imageSource: () => null,
};

/** A board's notes and texts drawn as the canvas draws a note: box, then centred lines of its text. */
export function drawBoardInNode(doc: WorkshopDoc, board: Board): Drawing {
  const ctx = new RecordingContext(nodeEnvironment);
  for (const item of itemsOfBoard(doc, board.id)) {
    const text = typeof item.props['text'] === 'string' ? item.props['text'] : '';
    ctx.save();
    ctx.translate(item.x + item.w / 2, item.y + item.h / 2);
    ctx.rotate((item.rotation * Math.PI) / 180);
    ctx.translate(-item.w / 2, -item.h / 2);
    ctx.beginPath();
    ctx.roundRect(0, 0, item.w, item.h, 6);
    ctx.fillStyle = '#fff3a8';
    ctx.fill();
    ctx.strokeStyle = 'rgba(0,0,0,0.35)';
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.font = '400 22px "Atkinson Hyperlegible Next", system-ui, sans-serif';
    ctx.fillStyle = '#1a1a1a';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const words = text.split(/\s+/);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && widthOf(next, 22) > item.w - 28) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    lines.forEach((l, i) => ctx.fillText(l, item.w / 2, item.h / 2 + (i - (lines.length - 1) / 2) * 27.5));
    ctx.restore();
  }
  return ctx.drawing();
}

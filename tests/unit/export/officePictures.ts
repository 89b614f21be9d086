import { deflateSync } from 'node:zlib';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { PictureSource } from '../../../renderer/src/export/content/boardPicture.ts';
import { boardMargin, figureAlt } from '../../../renderer/src/export/report/boardSection.ts';
import { pictureArea, writeSvg } from '../../../renderer/src/export/svg/svgWriter.ts';
import { drawBoardInNode } from './nodeDrawing.ts';

/**
 * Board pictures for the Office builders in plain Node: the SVG written from the board drawn into
 * the recorder (nodeDrawing.ts), and a PNG of the same aspect (one flat colour: Node has no
 * canvas to paint with; the e2e test exports the real painted PNGs through the browser).
 */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A flat light-grey RGB PNG of the given size. */
export function flatPng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3, 0xee);
  row[0] = 0;
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

export function nodePictures(doc: WorkshopDoc): PictureSource & { calls: { board: string; areas: number }[] } {
  const calls: { board: string; areas: number }[] = [];
  const source = async (board: Parameters<PictureSource>[0], areas: Parameters<PictureSource>[1], options: Parameters<PictureSource>[2]) => {
    calls.push({ board: board.id, areas: areas.length });
    const drawing = drawBoardInNode(doc, board);
    const words = figureAlt(board, drawing, (key, params) => translate('nb', key, params));
    return areas.map((area) => {
      const a = area ?? pictureArea(drawing, boardMargin);
      const width = 320;
      const height = Math.max(1, Math.round((320 * a.h) / Math.max(1, a.w)));
      const svg = options.svg && !area ? writeSvg(drawing, { background: true, margin: boardMargin, title: board.name }) : undefined;
      return { png: flatPng(width, height), width, height, words, ...(svg ? { svg } : {}) };
    });
  };
  return Object.assign(source, { calls });
}

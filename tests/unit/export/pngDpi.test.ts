import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngDpi, withPngDpi } from '../../../renderer/src/export/pngDpi.ts';
import { flatPng } from './officePictures.ts';

describe('a PNG’s resolution (pHYs)', () => {
  it('a canvas PNG has none; with 300 dpi it says 11811 pixels per metre, right after IHDR, and the picture is untouched', () => {
    const png = flatPng(40, 20);
    expect(pngDpi(png)).toBeNull();
    const marked = withPngDpi(png, 300);
    expect(Math.round(pngDpi(marked)!)).toBe(300);
    const buf = Buffer.from(marked);
    expect(buf.subarray(37, 41).toString('ascii')).toBe('pHYs');
    expect(buf.readUInt32BE(41)).toBe(11811);
    // The image data is the same bytes.
    const idat = (b: Buffer) => inflateSync(b.subarray(b.indexOf('IDAT') + 4, b.indexOf('IEND') - 8));
    expect(idat(buf).equals(idat(Buffer.from(png)))).toBe(true);
    // Marking again replaces it rather than adding a second chunk.
    const again = Buffer.from(withPngDpi(marked, 192));
    expect(again.toString('latin1').split('pHYs').length - 1).toBe(1);
    expect(Math.round(pngDpi(again)!)).toBe(192);
  });
});

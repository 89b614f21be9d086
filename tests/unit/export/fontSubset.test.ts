import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import type { PDFRawStream} from 'pdf-lib';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, rgb } from 'pdf-lib';
import { pdfFontFaces } from '../../../renderer/src/export/fonts/fontFaces.ts';
import { evenGlyphRecords, type SfntTable } from '../../../renderer/src/export/fonts/evenGlyphs.ts';
import { unpackWoff } from '../../../renderer/src/export/fonts/woff.ts';
import { PdfFonts } from '../../../renderer/src/export/pdf/pdfFonts.ts';
import { loadFontFromDisk } from './nodeDrawing.ts';

/**
 * Every font the PDF embeds survives subsetting with its outlines: each glyph the text used is
 * read back out of the PDF's embedded subset and must have a shape. (The subsetter once left all
 * of Noto Emoji's glyphs blank: odd-length records under a halved loca; see evenGlyphs.ts.)
 */

const samples: Record<string, string> = {
  'noto-emoji-400-normal.woff': '😀🚑❤👍🏥🧩📌✅',
  'noto-sans-latin-ext-400-normal.woff': 'ŋŧŊŦ',
  'noto-sans-latin-ext-700-normal.woff': 'ŋŧŊŦ',
  'noto-sans-hebrew-400-normal.woff': 'שלוםעולם',
  'noto-sans-hebrew-700-normal.woff': 'שלוםעולם',
  'noto-sans-arabic-400-normal.woff': 'مرحبابك',
  'noto-sans-arabic-700-normal.woff': 'مرحبابك',
};

async function subsetGlyphs(file: string, text: string) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await unpackWoff(await loadFontFromDisk(file)), { subset: true });
  doc.addPage([600, 200]).drawText(text, { x: 10, y: 100, size: 24, font, color: rgb(0, 0, 0) });
  const saved = await PDFDocument.load(await doc.save());
  const descriptor = saved.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .find((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))!;
  const stream = saved.context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
  const subset = fontkit.create(decodePDFRawStream(stream).decode() as never) as unknown as { numGlyphs: number; getGlyph(id: number): { path: { commands: unknown[] } } };
  return Array.from({ length: subset.numGlyphs - 1 }, (_, i) => subset.getGlyph(i + 1).path.commands.length);
}

describe('fonts in the PDF', () => {
  for (const face of pdfFontFaces) {
    it(`${face.file}: every glyph used keeps its outline in the embedded subset`, async () => {
      const text = samples[face.file] ?? 'Aæøå Bb Hh Samhandling čđšž 0123';
      const commands = await subsetGlyphs(face.file, text.replaceAll(' ', ''));
      expect(commands.length).toBeGreaterThanOrEqual(4);
      expect(commands.every((n) => n > 0)).toBe(true);
    });
  }

  it('shapes Arabic with its dots as glyphs of their own, placed by the font, however often the text is laid out', async () => {
    const doc = await PDFDocument.create();
    const fonts = await PdfFonts.embed(doc, loadFontFromDisk);
    const [run] = fonts.runs('بك', 400, false);
    expect(run!.text).toBe('بك');
    // Measured first (as wrapping does), then drawn: the second layout must see the same glyphs.
    fonts.widthOf('بك', 400, false, 12);
    const shaped = fonts.shaped(run!)!;
    const again = fonts.shaped({ font: run!.font, text: `${run!.text}` })!;
    expect(again).toEqual(shaped);
    // kaf and beh, each with its dots (a mark glyph of zero advance): four glyphs, four codes.
    expect(shaped.glyphs).toHaveLength(4);
    expect(new Set(shaped.glyphs.map((g) => g.hex)).size).toBe(4);
    expect(shaped.glyphs.filter((g) => g.xAdvance === 0)).toHaveLength(2);
    // A fresh layout after all that still keeps the dots (fontkit caches its glyph objects).
    const fresh = (run!.font as unknown as { encodeText(t: string): { toString(): string } }).encodeText('بك').toString();
    expect(new Set(fresh.slice(1, -1).match(/.{4}/g)).size).toBe(4);
  });

  it('pads odd glyph records to even lengths and moves loca with them; a short-loca font is left as it is', () => {
    const u16 = (...values: number[]) => new Uint8Array(values.flatMap((v) => [v >> 8, v & 255]));
    const u32 = (...values: number[]) => new Uint8Array(values.flatMap((v) => [v >>> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255]));
    const tag = (name: string) => [...name].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
    const head = (format: number) => {
      const data = new Uint8Array(54);
      data.set(u16(format), 50);
      return data;
    };
    const maxp = new Uint8Array([0, 0, 0x50, 0, ...u16(3)]);
    // Three glyphs of 3, 0 and 5 bytes.
    const glyf = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const tables = (format: number): SfntTable[] => [
      { tag: tag('glyf'), checksum: 0, data: glyf },
      { tag: tag('head'), checksum: 0, data: head(format) },
      { tag: tag('loca'), checksum: 0, data: u32(0, 3, 3, 8) },
      { tag: tag('maxp'), checksum: 0, data: maxp },
    ];
    const out = evenGlyphRecords(tables(1));
    const data = (name: string) => out.find((t) => t.tag === tag(name))!.data;
    expect([...data('glyf')]).toEqual([1, 2, 3, 0, 4, 5, 6, 7, 8, 0]);
    expect([...data('loca')]).toEqual([...u32(0, 4, 4, 10)]);
    const short = tables(0);
    expect(evenGlyphRecords(short)).toBe(short);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, rgb, type PDFFont, type PDFRawStream } from 'pdf-lib';
import { unpackWoff } from '../../../renderer/src/export/fonts/woff.ts';
import { fontkitFontOf, pinnedPdfLib, plainLayout, shapedLayout } from '../../../renderer/src/export/pdf/pdfLibInternals.ts';
import { loadFontFromDisk } from './nodeDrawing.ts';
import { pdfPages } from './pdfText.ts';

/*
 * pdf-lib and its fontkit fork are unmaintained and pinned exactly; the report reaches into their
 * insides in one file (renderer/src/export/pdf/pdfLibInternals.ts) and pads fonts for a subsetter
 * bug (fonts/evenGlyphs.ts). These tests fail loudly on an upgrade, each naming what to re-check:
 * a moved version, a private field that is gone, or a bug a workaround exists for that is fixed.
 */

const root = join(import.meta.dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as { version?: string; dependencies?: Record<string, string> };

async function embedded(file: string, options: { raw?: boolean } = {}): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await loadFontFromDisk(file);
  const font = await doc.embedFont(options.raw ? bytes : await unpackWoff(bytes), { subset: true });
  return { doc, font };
}

/** Glyph outlines (path command counts, 0 for a blank or unreadable glyph) of the first embedded subset font in a saved PDF. */
async function subsetOutlines(bytes: Uint8Array): Promise<number[]> {
  const saved = await PDFDocument.load(bytes);
  const descriptor = saved.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .find((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))!;
  const stream = saved.context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
  const subset = fontkit.create(decodePDFRawStream(stream).decode() as never) as unknown as { numGlyphs: number; getGlyph(id: number): { path: { commands: unknown[] } } };
  // A glyph that can't even be read (its offset points past the table) counts as blank.
  const outline = (id: number) => {
    try {
      return subset.getGlyph(id).path.commands.length;
    } catch {
      return 0;
    }
  };
  return Array.from({ length: subset.numGlyphs - 1 }, (_, i) => outline(i + 1));
}

const controlCharacters = (text: string) => [...text].filter((c) => c.codePointAt(0)! < 0x20 && c !== '\n');

describe('pdf-lib, pinned', () => {
  it('is declared and installed at exactly the versions pdfLibInternals.ts was written for', () => {
    const declared = readJson('package.json').dependencies ?? {};
    for (const [name, version] of Object.entries(pinnedPdfLib)) {
      expect(declared[name], `${name} must be pinned exactly in package.json (no ^ or ~): see pdfLibInternals.ts`).toBe(version);
      expect(readJson(`node_modules/${name}/package.json`).version, `${name} was upgraded: re-check renderer/src/export/pdf/pdfLibInternals.ts and fonts/evenGlyphs.ts, then raise pinnedPdfLib`).toBe(version);
    }
  });

  it('still keeps the fontkit font, the subset glyphs and the glyph cache where pdfLibInternals.ts reads them', async () => {
    const { font } = await embedded('noto-sans-arabic-400-normal.woff');
    const inner = fontkitFontOf(font);
    expect(inner.hasGlyphForCodePoint(0x628)).toBe(true);
    expect(inner.unitsPerEm).toBeGreaterThan(0);
    expect(() => shapedLayout(font)).not.toThrow();
    const latin = await embedded('atkinson-hyperlegible-next-latin-400-normal.woff');
    expect(plainLayout(latin.font).layout('Aå').glyphs).toHaveLength(2);
    // A font pdf-lib made itself (a standard font) has none of this: a loud error, not a silent fallback.
    const standard = await (await PDFDocument.create()).embedFont('Helvetica');
    expect(() => fontkitFontOf(standard)).toThrow(/pdf-lib's internals changed/);
  });

  it('still writes shaping-added Arabic glyphs with an empty ToUnicode entry (a control character in copied text), which shapedLayout repairs', async () => {
    const text = async (repair: boolean) => {
      const { doc, font } = await embedded('noto-sans-arabic-400-normal.woff');
      if (repair) shapedLayout(font);
      doc.addPage([400, 100]).drawText('بك', { x: 20, y: 40, size: 24, font, color: rgb(0, 0, 0) });
      return (await pdfPages(await doc.save())).join('\n');
    };
    // If this starts failing after an upgrade, pdf-lib fixed it: drop the repair in shapedLayout.
    expect(controlCharacters(await text(false)).length, 'pdf-lib now writes the dots of Arabic letters with a character: the ToUnicode repair can go').toBeGreaterThan(0);
    const repaired = await text(true);
    expect(controlCharacters(repaired)).toEqual([]);
    expect(repaired).toContain('ب');
    expect(repaired).toContain('ك');
  });

  it("still blanks Noto Emoji's glyphs when subsetting an unpadded font, which fonts/evenGlyphs.ts pads against", async () => {
    const draw = async (raw: boolean) => {
      const { doc, font } = await embedded('noto-emoji-400-normal.woff', { raw });
      doc.addPage([400, 100]).drawText('😀🚑👍🏥', { x: 20, y: 40, size: 24, font, color: rgb(0, 0, 0) });
      return subsetOutlines(await doc.save());
    };
    // If this starts failing after an upgrade, the subsetter was fixed: evenGlyphs.ts can go.
    expect((await draw(true)).some((n) => n === 0), 'the subsetter now keeps odd-length glyph records: fonts/evenGlyphs.ts can go').toBe(true);
    expect((await draw(false)).every((n) => n > 0)).toBe(true);
  });
});

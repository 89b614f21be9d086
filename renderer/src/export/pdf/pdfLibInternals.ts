import type { PDFDocument, PDFFont, PDFName } from 'pdf-lib';

/**
 * Every place the report reaches past pdf-lib's public API, in one file. pdf-lib 1.17.1 and its
 * fontkit fork (@pdf-lib/fontkit 1.1.1) are no longer maintained, so both are pinned exactly in
 * package.json, and tests/unit/export/pdfLibPin.test.ts fails loudly when either version moves:
 * an upgrade must re-check each function below (and fonts/evenGlyphs.ts, the padding for the
 * fork's subsetter bug) before the pins are raised. Why not PDFKit: see the README's dependency
 * list (a measured spike on the report's own content).
 *
 * What is private here, and why:
 * - `PDFFont.embedder.font`: the parsed fontkit font pdf-lib lays text out with. The report needs
 *   its glyph coverage (which font of the stack has a character), its shaping for Hebrew and
 *   Arabic with the GPOS positions pdf-lib ignores, and a cheaper layout for everything else.
 * - `PDFFont.embedder.glyphs` and `.glyphCache.access`: the subset's glyph list that pdf-lib turns
 *   into the ToUnicode map; glyphs that shaping adds have no character and need one (below).
 * - BDC's property dictionary: pdf-lib's operator type lists no dictionary operands, though its
 *   writer writes any object.
 */

/** The versions the functions below were written against; the pin test compares them to what is installed. */
export const pinnedPdfLib = { 'pdf-lib': '1.17.1', '@pdf-lib/fontkit': '1.1.1' } as const;

/** The part of a fontkit (1.x) font the report uses. */
export interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphsForString(text: string): unknown[];
  layout(text: string, features?: unknown): { glyphs: unknown[] };
}

interface SubsetGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Embedder {
  font?: FontkitFont;
  glyphs?: SubsetGlyph[];
  glyphCache?: { access(): SubsetGlyph[] };
}

/** Thrown when pdf-lib's insides are not what this file expects: an upgrade, never silently worked around. */
export class PdfLibInternalsChanged extends Error {
  constructor(what: string) {
    super(`pdf-lib's internals changed (${what}); pdf-lib ${pinnedPdfLib['pdf-lib']} and @pdf-lib/fontkit ${pinnedPdfLib['@pdf-lib/fontkit']} are pinned for this reason: re-check renderer/src/export/pdf/pdfLibInternals.ts`);
    this.name = 'PdfLibInternalsChanged';
  }
}

function embedderOf(font: PDFFont): Embedder {
  const embedder = (font as unknown as { embedder?: Embedder }).embedder;
  if (!embedder || typeof embedder !== 'object') throw new PdfLibInternalsChanged('PDFFont.embedder is gone');
  return embedder;
}

/** The fontkit font inside a pdf-lib font embedded from a font file (pdf-lib lays its text out with it). */
export function fontkitFontOf(font: PDFFont): FontkitFont {
  const inner = embedderOf(font).font;
  if (!inner || typeof inner.glyphsForString !== 'function' || typeof inner.hasGlyphForCodePoint !== 'function' || typeof inner.layout !== 'function') {
    throw new PdfLibInternalsChanged('PDFFont.embedder.font is not a fontkit font');
  }
  return inner;
}

/**
 * fontkit's full layout, with one repair for the text layer: a glyph shaping adds (Noto Sans
 * Arabic draws a letter's dots as glyphs of their own) has no character, which pdf-lib writes as an
 * empty ToUnicode entry and readers replace with the glyph's number: a stray control character
 * in copied text (PDFKit 0.17 does the same, measured). In the ToUnicode map only, such glyphs
 * stand for a zero width joiner instead: invisible, and in Arabic exactly what the joined letters
 * show. (Not on the glyphs themselves: fontkit caches them, and would then hide them as
 * default-ignorable characters.)
 */
export function shapedLayout(font: PDFFont): FontkitFont {
  const inner = fontkitFontOf(font);
  const embedder = embedderOf(font);
  const glyphs = embedder.glyphs;
  if (!embedder.glyphCache || typeof embedder.glyphCache.access !== 'function' || !Array.isArray(glyphs)) {
    throw new PdfLibInternalsChanged('a subset font has no embedder.glyphs or embedder.glyphCache');
  }
  embedder.glyphCache.access = () => glyphs.map((g) => (g.codePoints.length > 0 ? g : { id: g.id, advanceWidth: g.advanceWidth, codePoints: [0x200d] }));
  return inner;
}

/**
 * The parsed font inside a pdf-lib font, with its text layout made plain: fontkit's `layout`
 * shapes every string (GSUB and GPOS) at about a millisecond a line, while pdf-lib uses only the
 * glyphs (it writes no kerning) and a report needs no ligatures; mapping characters to glyphs
 * through the font's cmap gives the same glyphs for Latin text at a hundredth of the cost.
 */
export function plainLayout(font: PDFFont): FontkitFont {
  const inner = fontkitFontOf(font);
  inner.layout = (text: string) => ({ glyphs: inner.glyphsForString(text) });
  return inner;
}

/**
 * The property list of a BDC operator (`<< /MCID n >>`), typed as pdf-lib's operators want their
 * operands: its operator type lists no dictionaries, but the operator writes any object.
 */
export function markedContentProperties(doc: PDFDocument, mcid: number): PDFName {
  return doc.context.obj({ MCID: mcid }) as unknown as PDFName;
}

import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { graphemes } from '../../../../shared/items/textFit.ts';
import { pdfFontFaces, pdfFontStack, rightToLeftStack, type FontFace, type FontLoader } from '../fonts/fontFaces.ts';
import { hasRightToLeft, visualRuns } from './bidiRuns.ts';
import { unpackWoff } from '../fonts/woff.ts';
import { plainLayout, shapedLayout, type FontkitFont } from './pdfLibInternals.ts';

/**
 * The report's fonts inside one PDF: every shipped file embedded as a subset (only the glyphs the
 * document uses are written), and text split into runs, each in the first font of its style that
 * has the glyphs; Hebrew and Arabic from Noto Sans Hebrew and Arabic, reordered and shaped; an
 * emoji from Noto Emoji, in the text's colour. A character no shipped font has (Chinese, say) is
 * written as "?" rather than as an empty box or a broken text layer.
 */

/** Shown for a character no embedded font can draw. */
export const missingGlyph = '?';

/** Invisible characters that only steer shaping or breaking; a PDF line needs none of them. */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0xad || // soft hyphen (the loop's lane names carry them)
    (codePoint >= 0x200b && codePoint <= 0x200d) || // zero-width space, non-joiner, joiner
    codePoint === 0x2060 ||
    codePoint === 0x200e || // left-to-right and right-to-left marks, embeddings, overrides and isolates:
    codePoint === 0x200f || // they steer the order (bidiRuns.ts reads them first), they draw nothing
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || // variation selectors (emoji style)
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || // skin tones: the one-colour emoji font draws them as swatches beside the emoji
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/** Whether every character of the text is a grapheme on its own (no marks, surrogate pairs or joiners): most text, split fast. */
function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xd800 && c <= 0xdfff) || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe00 && c <= 0xfff) || (c >= 0x1100 && c <= 0x11ff)) return false;
  }
  return true;
}

/**
 * Look-alikes for characters the shipped fonts lack: the narrow space of Norwegian number
 * formatting, and the arrows, ticks and bullets people type into labels (the loop's station table
 * writes "→ DPS" for a broken handover).
 */
const substitutes: Readonly<Record<string, string>> = {
  '\u2192': '\u203A',
  '\u2190': '\u2039',
  '\u21D2': '\u203A',
  '\u2713': '\u221A',
  '\u2714': '\u221A',
  '\u25CF': '\u2022',
  '\u25AA': '\u2022',
  '\u25A0': '\u2022',
  '\u2605': '*',
  '\u202F': '\u00A0',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2007': '\u00A0',
  '\u2011': '-',
  '\u2010': '-',
  '\u2212': '-',
};

export interface TextRun {
  font: PDFFont;
  text: string;
}

/** One glyph of a shaped run, in font units, as fontkit placed it (GPOS) and as pdf-lib's widths assume. */
export interface PlacedGlyph {
  /** The glyph's code in the embedded subset, four hex digits. */
  hex: string;
  /** The advance pdf-lib writes for it in the font's widths. */
  defaultAdvance: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapedRun {
  unitsPerEm: number;
  glyphs: PlacedGlyph[];
}

interface GlyphRun {
  glyphs: { advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}

interface LoadedFace {
  face: FontFace;
  coverage: FontkitFont;
  font: PDFFont;
}

export class PdfFonts {
  private readonly byFile: Map<string, LoadedFace>;
  private readonly runCache = new Map<string, TextRun[]>();

  /** The fonts fontkit lays out itself (Hebrew, Arabic), with their parsed fonts. */
  private readonly shaping: ReadonlyMap<PDFFont, FontkitFont>;
  private readonly shapedCache = new Map<PDFFont, Map<string, ShapedRun>>();

  private constructor(faces: LoadedFace[]) {
    this.byFile = new Map(faces.map((f) => [f.face.file, f]));
    this.shaping = new Map(faces.filter((f) => f.face.shaping).map((f) => [f.font, f.coverage]));
  }

  /** Embeds every shipped face into `doc` (each written as a subset of the glyphs used). */
  static async embed(doc: PDFDocument, load: FontLoader): Promise<PdfFonts> {
    doc.registerFontkit(fontkit);
    const faces = await Promise.all(
      pdfFontFaces.map(async (face) => {
        const bytes = await unpackWoff(await load(face.file));
        const font = await doc.embedFont(bytes, { subset: true });
        // Hebrew and Arabic keep fontkit's full layout: Arabic letters take their joined forms, and
        // both come out right to left.
        return { face, coverage: face.shaping ? shapedLayout(font) : plainLayout(font), font };
      }),
    );
    return new PdfFonts(faces);
  }

  /**
   * The text as runs of one font each, cleaned of what a PDF can't or needn't show, in the order
   * they stand on the page. Right-to-left parts are reordered (bidiRuns.ts): their runs are
   * reversed, a Hebrew or Arabic run is laid out right to left by fontkit, and any other run
   * inside them (spaces, punctuation) is reversed here.
   */
  runs(text: string, weight: number, italic: boolean): TextRun[] {
    const key = `${weight}|${italic ? 1 : 0}|${text}`;
    const hit = this.runCache.get(key);
    if (hit) return hit;
    const stack = pdfFontStack(weight, italic).map((f) => this.byFile.get(f.file)!);
    // In a right-to-left run Hebrew and Arabic come first, so its spaces and punctuation join it.
    const rtlFirst = new Set(rightToLeftStack(weight).map((f) => f.file));
    const rtlStack = [...stack.filter((f) => rtlFirst.has(f.face.file)), ...stack.filter((f) => !rtlFirst.has(f.face.file))];
    const runs: (TextRun & { fixed: boolean })[] = [];
    const line = text.normalize('NFC').replace(/[\t\n\r\f\v\u2028\u2029]/g, ' ');
    for (const directional of visualRuns(line)) {
      const clean = Array.from(directional.text, (c) => (isInvisible(c.codePointAt(0)!) ? '' : c)).join('');
      const pieces = this.fontRuns(clean, directional.rtl ? rtlStack : stack);
      if (directional.rtl) {
        pieces.reverse();
        for (const piece of pieces) {
          const laidOutByFont = this.shaping.has(piece.font) && hasRightToLeft(piece.text);
          if (!laidOutByFont) piece.text = graphemes(piece.text).reverse().join('');
        }
      }
      for (const piece of pieces) {
        const last = runs.at(-1);
        if (last && !last.fixed && !directional.rtl && last.font === piece.font) last.text += piece.text;
        else runs.push({ ...piece, fixed: directional.rtl });
      }
    }
    const result = runs.map(({ font, text: t }) => ({ font, text: t }));
    if (this.runCache.size > 20_000) this.runCache.clear();
    this.runCache.set(key, result);
    return result;
  }

  /** Logical-order runs of one font each: every grapheme in the first font of `stack` that has it. */
  private fontRuns(clean: string, stack: readonly LoadedFace[]): TextRun[] {
    const runs: TextRun[] = [];
    for (const g of isSimple(clean) ? clean : graphemes(clean)) {
      let piece = g;
      let face = this.faceFor(stack, piece);
      if (!face && substitutes[g]) {
        piece = substitutes[g];
        face = this.faceFor(stack, piece);
      }
      const font = face?.font ?? stack[0]!.font;
      if (!face) piece = missingGlyph;
      const last = runs.at(-1);
      if (last && last.font === font) last.text += piece;
      else runs.push({ font, text: piece });
    }
    return runs;
  }

  private faceFor(stack: readonly LoadedFace[], grapheme: string): LoadedFace | undefined {
    const points = [...grapheme].map((c) => c.codePointAt(0)!);
    return stack.find((f) => points.every((p) => f.coverage.hasGlyphForCodePoint(p)));
  }

  /**
   * A Hebrew or Arabic run as fontkit shaped it: its glyphs in the subset, each with the place
   * the font's positioning (GPOS) gives it, which pdf-lib ignores: Noto Sans Arabic draws the
   * dots of its letters as glyphs of their own, placed by it. Null for every other font.
   */
  shaped(run: TextRun): ShapedRun | null {
    const inner = this.shaping.get(run.font);
    if (!inner) return null;
    let cache = this.shapedCache.get(run.font);
    if (!cache) this.shapedCache.set(run.font, (cache = new Map()));
    const hit = cache.get(run.text);
    if (hit) return hit;
    const layout = inner.layout(run.text) as unknown as GlyphRun;
    // encodeText lays the text out the same way and adds the glyphs to the subset; its codes are ours.
    const codes = run.font.encodeText(run.text).toString().slice(1, -1).match(/.{4}/g) ?? [];
    const shaped: ShapedRun = {
      unitsPerEm: inner.unitsPerEm,
      glyphs: layout.glyphs.map((glyph, i) => {
        const position = layout.positions[i]!;
        return { hex: codes[i] ?? '0000', defaultAdvance: glyph.advanceWidth, xAdvance: position.xAdvance, xOffset: position.xOffset, yOffset: position.yOffset };
      }),
    };
    cache.set(run.text, shaped);
    return shaped;
  }

  /** The text's width at `size` points, as the PDF will draw it. */
  widthOf(text: string, weight: number, italic: boolean, size: number): number {
    let width = 0;
    for (const run of this.runs(text, weight, italic)) {
      const shaped = this.shaped(run);
      width += shaped ? (shaped.glyphs.reduce((sum, g) => sum + g.xAdvance, 0) * size) / shaped.unitsPerEm : run.font.widthOfTextAtSize(run.text, size);
    }
    return width;
  }

  /** The text as the PDF shows it (what a reader copies out of it). */
  shownText(text: string, weight: number, italic: boolean): string {
    return this.runs(text, weight, italic)
      .map((r) => r.text)
      .join('');
  }
}

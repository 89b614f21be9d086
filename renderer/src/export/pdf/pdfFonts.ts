import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { graphemes } from '../../../../shared/items/textFit.ts';
import { pdfFontFaces, pdfFontStack, type FontFace, type FontLoader } from '../fonts/fontFaces.ts';
import { unpackWoff } from '../fonts/woff.ts';

/**
 * The report's fonts inside one PDF: every shipped file embedded as a subset (only the glyphs the
 * document uses are written), and text split into runs, each in the first font of its style that
 * has the glyphs; an emoji comes from Noto Emoji, in the text's colour. A character no shipped
 * font has (a script Atkinson and Noto Latin don't cover, such as Arabic or Hebrew) is written as
 * "?" rather than as an empty box or a broken text layer.
 */

/** Shown for a character no embedded font can draw. */
export const missingGlyph = '?';

/** Invisible characters that only steer shaping or breaking; a PDF line needs none of them. */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0xad || // soft hyphen (the loop's lane names carry them)
    (codePoint >= 0x200b && codePoint <= 0x200d) || // zero-width space, non-joiner, joiner
    codePoint === 0x2060 ||
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

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphsForString(text: string): unknown[];
  layout(text: string, features?: unknown): { glyphs: unknown[] };
}

interface LoadedFace {
  face: FontFace;
  coverage: Pick<FontkitFont, 'hasGlyphForCodePoint'>;
  font: PDFFont;
}

/**
 * The parsed font inside a pdf-lib font, with its text layout made plain: fontkit's `layout`
 * shapes every string (GSUB and GPOS) at about a millisecond a line, while pdf-lib uses only the
 * glyphs (it writes no kerning) and a report needs no ligatures; mapping characters to glyphs
 * through the font's cmap gives the same glyphs for Latin text at a hundredth of the cost.
 */
function plainLayout(font: PDFFont): FontkitFont | null {
  const inner = (font as unknown as { embedder?: { font?: FontkitFont } }).embedder?.font;
  if (!inner || typeof inner.glyphsForString !== 'function' || typeof inner.hasGlyphForCodePoint !== 'function') return null;
  inner.layout = (text: string) => ({ glyphs: inner.glyphsForString(text) });
  return inner;
}


export class PdfFonts {
  private readonly byFile: Map<string, LoadedFace>;
  private readonly runCache = new Map<string, TextRun[]>();

  private constructor(faces: LoadedFace[]) {
    this.byFile = new Map(faces.map((f) => [f.face.file, f]));
  }

  /** Embeds every shipped face into `doc` (each written as a subset of the glyphs used). */
  static async embed(doc: PDFDocument, load: FontLoader): Promise<PdfFonts> {
    doc.registerFontkit(fontkit);
    const faces = await Promise.all(
      pdfFontFaces.map(async (face) => {
        const bytes = await unpackWoff(await load(face.file));
        const font = await doc.embedFont(bytes, { subset: true });
        return { face, coverage: plainLayout(font) ?? fontkit.create(bytes), font };
      }),
    );
    return new PdfFonts(faces);
  }

  /** The text as runs of one font each, cleaned of what a PDF can't or needn't show. */
  runs(text: string, weight: number, italic: boolean): TextRun[] {
    const key = `${weight}|${italic ? 1 : 0}|${text}`;
    const hit = this.runCache.get(key);
    if (hit) return hit;
    const stack = pdfFontStack(weight, italic).map((f) => this.byFile.get(f.file)!);
    const runs: TextRun[] = [];
    const clean = Array.from(text.normalize('NFC'), (c) => (isInvisible(c.codePointAt(0)!) ? '' : c))
      .join('')
      .replace(/[\t\n\r\f\v\u2028\u2029]/g, ' ');
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
    if (this.runCache.size > 20_000) this.runCache.clear();
    this.runCache.set(key, runs);
    return runs;
  }

  private faceFor(stack: readonly LoadedFace[], grapheme: string): LoadedFace | undefined {
    const points = [...grapheme].map((c) => c.codePointAt(0)!);
    return stack.find((f) => points.every((p) => f.coverage.hasGlyphForCodePoint(p)));
  }

  /** The text's width at `size` points, as the PDF will draw it. */
  widthOf(text: string, weight: number, italic: boolean, size: number): number {
    let width = 0;
    for (const run of this.runs(text, weight, italic)) width += run.font.widthOfTextAtSize(run.text, size);
    return width;
  }

  /** The text as the PDF shows it (what a reader copies out of it). */
  shownText(text: string, weight: number, italic: boolean): string {
    return this.runs(text, weight, italic)
      .map((r) => r.text)
      .join('');
  }
}

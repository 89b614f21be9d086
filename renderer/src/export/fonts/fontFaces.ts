/**
 * The fonts the exports embed, shipped in resources/fonts/ (see the README there): the app's own
 * Atkinson Hyperlegible Next, in the same two files per style the interface loads (Latin, and
 * Latin Extended with the Sami letters it has: á č đ š ž), and Noto Sans for the few letters
 * Atkinson lacks (ŋ and ŧ of Northern Sami). A PDF then shows every Norwegian and Sami name with
 * real glyphs on any machine, offline.
 */

export const appFontFamily = 'Atkinson Hyperlegible Next';
export const fallbackFontFamily = 'Noto Sans';
export const emojiFontFamily = 'Noto Emoji';
export const hebrewFontFamily = 'Noto Sans Hebrew';
export const arabicFontFamily = 'Noto Sans Arabic';

export type FontWeight = 400 | 700 | 800;
export type FontStyle = 'normal' | 'italic';

export interface FontFace {
  /** The file name in resources/fonts/. */
  file: string;
  family: typeof appFontFamily | typeof fallbackFontFamily | typeof emojiFontFamily | typeof hebrewFontFamily | typeof arabicFontFamily;
  weight: FontWeight;
  style: FontStyle;
  /** The characters the file holds, as CSS unicode-range (for the SVG's @font-face). */
  unicodeRange: string;
  /** Laid out by fontkit with the font's own shaping (Arabic letters join), not glyph by glyph. */
  shaping?: boolean;
}

const latin = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const latinExt = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const atkinson = (subset: 'latin' | 'latin-ext', weight: FontWeight, style: FontStyle): FontFace => ({
  file: `atkinson-hyperlegible-next-${subset}-${weight}-${style}.woff`,
  family: appFontFamily,
  weight,
  style,
  unicodeRange: subset === 'latin' ? latin : latinExt,
});

const noto = (weight: 400 | 700): FontFace => ({
  file: `noto-sans-latin-ext-${weight}-normal.woff`,
  family: fallbackFontFamily,
  weight,
  style: 'normal',
  unicodeRange: latinExt,
});

export const fontFaces: readonly FontFace[] = [
  atkinson('latin', 400, 'normal'),
  atkinson('latin-ext', 400, 'normal'),
  atkinson('latin', 700, 'normal'),
  atkinson('latin-ext', 700, 'normal'),
  atkinson('latin', 800, 'normal'),
  atkinson('latin-ext', 800, 'normal'),
  atkinson('latin', 400, 'italic'),
  atkinson('latin-ext', 400, 'italic'),
  noto(400),
  noto(700),
];

/**
 * Noto Emoji, in outline (one colour, drawn in the text's colour, so it prints in greyscale too):
 * the PDF's last resort, so an emoji on a sticky note is an emoji in the report and not "?". The
 * SVG leaves emoji to the viewer's own colour emoji font and never embeds this one.
 */
export const emojiFace: FontFace = {
  file: 'noto-emoji-400-normal.woff',
  family: emojiFontFamily,
  weight: 400,
  style: 'normal',
  unicodeRange: 'U+00A9,U+00AE,U+203C-3299,U+1F000-1FAFF',
};

/**
 * Hebrew and Arabic for the PDF, shaped and laid out right to left (pdf/bidiRuns.ts, pdf/pdfFonts.ts).
 * Like emoji, the SVG leaves them to the viewer's fonts.
 */
const rightToLeftFace = (family: typeof hebrewFontFamily | typeof arabicFontFamily, weight: 400 | 700): FontFace => ({
  file: `${family === hebrewFontFamily ? 'noto-sans-hebrew' : 'noto-sans-arabic'}-${weight}-normal.woff`,
  family,
  weight,
  style: 'normal',
  unicodeRange: family === hebrewFontFamily ? 'U+0590-05FF,U+FB1D-FB4F' : 'U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFC',
  shaping: true,
});

export const rightToLeftFaces: readonly FontFace[] = [
  rightToLeftFace(hebrewFontFamily, 400),
  rightToLeftFace(hebrewFontFamily, 700),
  rightToLeftFace(arabicFontFamily, 400),
  rightToLeftFace(arabicFontFamily, 700),
];

/** Every face the PDF embeds: the shipped text faces, Hebrew and Arabic, and emoji. */
export const pdfFontFaces: readonly FontFace[] = [...fontFaces, ...rightToLeftFaces, emojiFace];

/** The Hebrew and Arabic faces nearest a weight, first in line for a right-to-left run. */
export function rightToLeftStack(weight: number): FontFace[] {
  const w = shippedWeight(weight) === 400 ? 400 : 700;
  return rightToLeftFaces.filter((f) => f.weight === w);
}

/** Reads a font file's bytes: fetched from the app's assets in the renderer, read from disk in tests. */
export type FontLoader = (file: string) => Promise<Uint8Array>;

/** The nearest weight the exports ship: the canvas draws in 400, 700 and 800. */
export function shippedWeight(weight: number): FontWeight {
  if (weight >= 750) return 800;
  if (weight >= 550) return 700;
  return 400;
}

/**
 * The files to try for one style, in order: Atkinson's two subsets in that style, then Atkinson's
 * Noto Sans. An italic other than the regular weight has no file of its own: it is drawn upright.
 */
export function fontStack(weight: number, italic: boolean): FontFace[] {
  const w = shippedWeight(weight);
  const style: FontStyle = italic && w === 400 ? 'italic' : 'normal';
  const own = fontFaces.filter((f) => f.family === appFontFamily && f.weight === w && f.style === style);
  const notoWeight = w === 400 ? 400 : 700;
  const fallback = fontFaces.filter((f) => f.family === fallbackFontFamily && f.weight === notoWeight);
  return [...own, ...fallback];
}

/** The PDF's stack for one style: the text faces, Hebrew and Arabic, then emoji. */
export function pdfFontStack(weight: number, italic: boolean): FontFace[] {
  return [...fontStack(weight, italic), ...rightToLeftStack(weight), emojiFace];
}

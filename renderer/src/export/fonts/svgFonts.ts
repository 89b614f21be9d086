import fontkit from '@pdf-lib/fontkit';
import { graphemes } from '../../../../shared/items/textFit.ts';
import type { Drawing } from '../drawing/drawing.ts';
import type { EmbeddedFont } from '../svg/svgWriter.ts';
import { fontStack, type FontFace, type FontLoader } from './fontFaces.ts';

/**
 * The font files an SVG needs, as @font-face data: only the styles its text uses and only the
 * files that hold its letters (most boards need Atkinson's Latin file alone), so the picture looks
 * as on screen on a machine without the font, at a few tens of kilobytes.
 */

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function svgFontsFor(drawing: Drawing, load: FontLoader): Promise<EmbeddedFont[]> {
  const coverage = new Map<string, { hasGlyphForCodePoint(cp: number): boolean }>();
  const covers = async (face: FontFace, points: number[]) => {
    let font = coverage.get(face.file);
    if (!font) {
      font = fontkit.create(await load(face.file));
      coverage.set(face.file, font);
    }
    return points.every((p) => font.hasGlyphForCodePoint(p));
  };
  const used = new Set<FontFace>();
  const seen = new Set<string>();
  for (const shape of drawing.shapes) {
    if (shape.kind !== 'text') continue;
    const stack = fontStack(shape.font.weight, shape.font.italic);
    for (const g of graphemes(shape.text.normalize('NFC'))) {
      const key = `${stack[0]!.file}|${g}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const points = [...g].map((c) => c.codePointAt(0)!);
      for (const face of stack) {
        if (await covers(face, points)) {
          used.add(face);
          break;
        }
      }
    }
  }
  return Promise.all(
    [...used].map(async (face) => ({
      family: face.family,
      weight: face.weight,
      style: face.style,
      url: `data:font/woff;base64,${base64(await load(face.file))}`,
      format: 'woff' as const,
      unicodeRange: face.unicodeRange,
    })),
  );
}

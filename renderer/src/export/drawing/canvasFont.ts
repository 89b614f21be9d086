import type { FontSpec } from './drawing.ts';

/**
 * Reads the canvas's `font` shorthand back into its parts: `800 28px "Atkinson Hyperlegible
 * Next", system-ui, sans-serif`, Konva's `italic normal 18px …` or `normal 700 normal 32px …`.
 * Everything before the size is style, variant or weight; everything after it is the family.
 */
export function parseCanvasFont(font: string): FontSpec {
  const tokens = font.trim().split(/\s+/);
  let weight = 400;
  let italic = false;
  let size = 10;
  let i = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!.toLowerCase();
    const sized = /^(\d+(?:\.\d+)?)px(?:\/.*)?$/.exec(token);
    if (sized) {
      size = Number(sized[1]);
      i++;
      break;
    }
    if (token === 'italic' || token === 'oblique') italic = true;
    else if (token === 'bold' || token === 'bolder') weight = 700;
    else if (token === 'lighter') weight = 300;
    else if (/^\d{3}$/.test(token)) weight = Number(token);
  }
  const family = tokens.slice(i).join(' ') || 'sans-serif';
  return { family, size, weight, italic };
}

/** The shorthand for a font spec, as the canvas and SVG's `font` property read it. */
export function fontShorthand(font: FontSpec): string {
  return `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${font.family}`;
}

/**
 * Colour arithmetic for legibility checks: WCAG 2.x relative luminance and contrast ratio, and two
 * greyscale measures used to keep category colours apart when a board is printed without colour.
 * Colours are sRGB hex strings, '#rrggbb' (or the short '#rgb').
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses '#rrggbb' or '#rgb' into 0–255 channels; throws on anything else. */
export function parseHexColour(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`Not a hex colour: ${JSON.stringify(hex)}`);
  let digits = m[1];
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const n = Number.parseInt(digits, 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}

/** sRGB channel (0–255) to linear light (0–1), as WCAG 2.x defines it. */
function linearChannel(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHexColour(hex);
  return 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);
}

/** WCAG 2.x contrast ratio between two colours, from 1 (same) to 21 (black on white). Order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * CIE L* (0–100) of the colour: perceived lightness, i.e. how light its grey is when the colour is
 * dropped. Equal steps of L* look like equal steps of grey, which relative luminance does not.
 */
export function greyscaleLightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (y * 24389) / 27;
}

/**
 * Rec. 601 luma (0–100) of the gamma-encoded channels: the grey that many printer drivers and
 * "desaturate" functions actually produce. Checked alongside L* because the two disagree for blues.
 */
export function printLuma(hex: string): number {
  const { r, g, b } = parseHexColour(hex);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 2.55;
}

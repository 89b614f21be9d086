/**
 * Colour arithmetic from WCAG 2.x. The palette is checked with it in tests, so a colour that reads
 * well on a laptop but vanishes on a washed-out projector or a greyscale print fails CI instead.
 */

const hexPattern = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/** Whether a string is a `#rrggbb` colour, the only form the document stores. */
export function isHexColour(value: string): boolean {
  return hexPattern.test(value);
}

/** The sRGB channels of `#rrggbb` as 0–255 numbers. Throws on anything else: colours are validated on the way in. */
export function parseHexColour(hex: string): [number, number, number] {
  const match = hexPattern.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function linearChannel(value255: number): number {
  const c = value255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white): what a greyscale print keeps of a colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex);
  return 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);
}

/** WCAG contrast ratio between two colours, 1 to 21, independent of argument order. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * CIE L* (0–100) of a colour: lightness as the eye sees it. Equal steps in L* look equally far
 * apart, unlike equal steps in luminance, so palette spacing is judged in L*.
 */
export function perceivedLightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/**
 * Rec. 601 luma (0–100) of the gamma-encoded channels: the grey that many printer drivers and
 * "desaturate" functions actually produce. Checked alongside L* because the two disagree for blues.
 */
export function printLuma(hex: string): number {
  const [r, g, b] = parseHexColour(hex);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 2.55;
}

import type { Paint } from './drawing.ts';

/**
 * CSS colours as the canvas code writes them (`#0b1f33`, `#fff`, `rgba(11, 31, 51, 0.28)`,
 * `black`, `transparent`) turned into an opaque `#rrggbb` and an alpha, the form SVG and PDF want.
 * Names beyond the few used here are resolved by the browser (see the recorder's environment).
 */

const named: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
  navy: '#000080',
};

const hex2 = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

function fromHex(value: string): Paint | null {
  const h = value.slice(1);
  if (!/^[0-9a-f]+$/i.test(h)) return null;
  if (h.length === 3 || h.length === 4) {
    const [r, g, b, a] = [...h].map((c) => parseInt(c + c, 16));
    return { colour: `#${hex2(r!)}${hex2(g!)}${hex2(b!)}`, alpha: a === undefined ? 1 : a / 255 };
  }
  if (h.length === 6 || h.length === 8) {
    const a = h.length === 8 ? parseInt(h.slice(6, 8), 16) / 255 : 1;
    return { colour: `#${h.slice(0, 6).toLowerCase()}`, alpha: a };
  }
  return null;
}

function channel(part: string): number | null {
  const p = part.trim();
  if (p.endsWith('%')) {
    const v = Number(p.slice(0, -1));
    return Number.isFinite(v) ? (v / 100) * 255 : null;
  }
  const v = Number(p);
  return Number.isFinite(v) ? v : null;
}

function alphaOf(part: string | undefined): number | null {
  if (part === undefined) return 1;
  const p = part.trim();
  const v = p.endsWith('%') ? Number(p.slice(0, -1)) / 100 : Number(p);
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : null;
}

function fromRgb(value: string): Paint | null {
  const m = /^rgba?\((.*)\)$/i.exec(value);
  if (!m) return null;
  const body = m[1]!.trim();
  let parts: string[];
  let alpha: string | undefined;
  if (body.includes(',')) {
    parts = body.split(',');
    if (parts.length === 4) alpha = parts.pop();
  } else {
    const [rgb, a] = body.split('/');
    parts = rgb!.trim().split(/\s+/);
    alpha = a;
  }
  if (parts.length !== 3) return null;
  const [r, g, b] = parts.map(channel);
  const a = alphaOf(alpha);
  if (r === null || g === null || b === null || a === null || r === undefined || g === undefined || b === undefined) return null;
  return { colour: `#${hex2(r)}${hex2(g)}${hex2(b)}`, alpha: a };
}

/** The colour as `#rrggbb` and alpha, or null when it is not a colour this reads. */
export function parseCssColour(value: string): Paint | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { colour: '#000000', alpha: 0 };
  if (v.startsWith('#')) return fromHex(v);
  if (v.startsWith('rgb')) return fromRgb(v);
  const name = named[v];
  return name ? { colour: name, alpha: 1 } : null;
}

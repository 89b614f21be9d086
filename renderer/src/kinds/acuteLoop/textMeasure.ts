import { useEffect, useState } from 'react';
import { wrapLines } from '../../../../shared/kinds/acuteLoop/wrap.ts';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';

/**
 * Measuring text for the acute-loop picture with the browser's canvas, so a station's name is
 * broken into the lines Konva will draw and cut with "…" where it can't fit. Measurements are
 * cached; the cache is emptied when the bundled font has loaded, since widths change then.
 */

export type Weight = 400 | 700 | 800;

let context: CanvasRenderingContext2D | null = null;
let cache = new Map<string, number>();

export function fontString(size: number, weight: Weight, italic = false): string {
  return `${italic ? 'italic ' : ''}${weight} ${size}px ${loopTheme.font}`;
}

export function measure(text: string, size: number, weight: Weight = 400, italic = false): number {
  const key = `${weight}|${italic ? 1 : 0}|${size}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.55;
  context.font = fontString(size, weight, italic);
  const width = context.measureText(text).width;
  if (cache.size > 20_000) cache = new Map();
  cache.set(key, width);
  return width;
}

/** At most `maxLines` lines of `text` in `width`; long words hyphenated, "…" where text was cut. */
export function clampLines(text: string, width: number, size: number, weight: Weight, maxLines: number, italic = false): string[] {
  return wrapLines(text, Math.max(10, width), size, (s, fs) => measure(s, fs, weight, italic), maxLines);
}

let fontsLoaded = false;
const listeners = new Set<() => void>();

/**
 * Re-renders once the bundled font is there (first paint may use a fallback font whose widths
 * differ). Returns a number that changes when it does, for memo dependencies.
 */
export function useFontsLoaded(): number {
  const [version, setVersion] = useState(fontsLoaded ? 1 : 0);
  useEffect(() => {
    if (fontsLoaded) return;
    const bump = () => setVersion(1);
    listeners.add(bump);
    if (listeners.size === 1 && typeof document !== 'undefined' && document.fonts) {
      Promise.all([document.fonts.load(fontString(26, 800)), document.fonts.load(fontString(20, 400)), document.fonts.load(fontString(20, 700))])
        .then(() => {
          fontsLoaded = true;
          cache = new Map();
          for (const l of listeners) l();
          listeners.clear();
        })
        .catch(() => undefined);
    }
    return () => {
      listeners.delete(bump);
    };
  }, []);
  return version;
}

import { create } from 'zustand';
import { canvasFont, resetTextLayouts } from './textLayout.ts';

/**
 * Text on the canvas is measured with the bundled font. Until it has loaded, widths come from a
 * fallback font; when it arrives, layouts are thrown away and items redraw (they depend on this
 * version number).
 */
export const useFontsVersion = create<{ version: number }>(() => ({ version: 0 }));

let started = false;

export function watchCanvasFonts(): void {
  if (started || typeof document === 'undefined' || !document.fonts) return;
  started = true;
  const bump = () => {
    resetTextLayouts();
    useFontsVersion.setState((s) => ({ version: s.version + 1 }));
  };
  // The emoji fallback loads only when asked for (its unicode-range): ask, so the canvas has it.
  Promise.all([document.fonts.load(canvasFont(20, 400)), document.fonts.load(canvasFont(28, 800)), document.fonts.load('20px "Noto Emoji"', '😀')])
    .then(bump)
    .catch(() => undefined);
  document.fonts.addEventListener('loadingdone', bump);
}

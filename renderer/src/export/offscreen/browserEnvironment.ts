import type { RecorderEnvironment } from '../drawing/recordingContext.ts';

/**
 * The recorder's view of the browser: text measured by a real 2D context with the same fonts the
 * screen uses (so widths and baselines are the screen's), pictures read back as PNG data URLs
 * (WebP or a cropped part become PNG; PNG and JPEG pass through untouched).
 */

let env: RecorderEnvironment | null = null;

export function browserEnvironment(): RecorderEnvironment {
  if (env) return env;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('This browser has no 2D canvas.');
  const shifts = new Map<string, number>();
  env = {
    measureText(font, text) {
      ctx.font = font;
      ctx.textBaseline = 'alphabetic';
      return ctx.measureText(text);
    },
    baselineShift(font, baseline) {
      if (baseline === 'alphabetic') return 0;
      const key = `${baseline}|${font}`;
      let shift = shifts.get(key);
      if (shift === undefined) {
        ctx.font = font;
        ctx.textBaseline = baseline;
        // alphabeticBaseline: from the line `baseline` names to the alphabetic one, negative downwards.
        shift = -ctx.measureText('M').alphabeticBaseline;
        ctx.textBaseline = 'alphabetic';
        if (shifts.size > 2000) shifts.clear();
        shifts.set(key, shift);
      }
      return shift;
    },
    imageSource(image, crop) {
      if (!crop && image instanceof HTMLImageElement && /^data:image\/(png|jpeg);/.test(image.src)) return image.src;
      const w = crop ? crop.sw : image instanceof HTMLImageElement ? image.naturalWidth : (image as { width: number }).width;
      const h = crop ? crop.sh : image instanceof HTMLImageElement ? image.naturalHeight : (image as { height: number }).height;
      if (!(w > 0) || !(h > 0)) return null;
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(w);
      canvas.height = Math.ceil(h);
      const c = canvas.getContext('2d');
      if (!c) return null;
      try {
        if (crop) c.drawImage(image, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, canvas.width, canvas.height);
        else c.drawImage(image, 0, 0);
        return canvas.toDataURL('image/png');
      } catch {
        // A picture the page may not read back (another origin): left out rather than failing the export.
        return null;
      }
    },
    normaliseColour(css) {
      ctx.fillStyle = '#000000';
      ctx.fillStyle = css;
      return String(ctx.fillStyle);
    },
  };
  return env;
}

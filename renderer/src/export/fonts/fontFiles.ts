import atkinsonLatin400Normal from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-400-normal.woff?url';
import atkinsonLatin700Normal from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-700-normal.woff?url';
import atkinsonLatin800Normal from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-800-normal.woff?url';
import atkinsonLatin400Italic from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-400-italic.woff?url';
import atkinsonLatinExt400Normal from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-ext-400-normal.woff?url';
import atkinsonLatinExt700Normal from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-ext-700-normal.woff?url';
import atkinsonLatinExt800Normal from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-ext-800-normal.woff?url';
import atkinsonLatinExt400Italic from '../../../../resources/fonts/atkinson-hyperlegible-next-latin-ext-400-italic.woff?url';
import notoSansLatinExt400Normal from '../../../../resources/fonts/noto-sans-latin-ext-400-normal.woff?url';
import notoSansLatinExt700Normal from '../../../../resources/fonts/noto-sans-latin-ext-700-normal.woff?url';
import notoEmoji400Normal from '../../../../resources/fonts/noto-emoji-400-normal.woff?url';
import notoSansHebrew400Normal from '../../../../resources/fonts/noto-sans-hebrew-400-normal.woff?url';
import notoSansHebrew700Normal from '../../../../resources/fonts/noto-sans-hebrew-700-normal.woff?url';
import notoSansArabic400Normal from '../../../../resources/fonts/noto-sans-arabic-400-normal.woff?url';
import notoSansArabic700Normal from '../../../../resources/fonts/noto-sans-arabic-700-normal.woff?url';
import type { FontLoader } from './fontFaces.ts';

/**
 * Where the built app serves each font of resources/fonts/ (Vite copies them into the renderer's
 * assets, so they load from the app's own origin: the strict CSP's `connect-src 'self'` allows the
 * fetch, and nothing is fetched from elsewhere).
 */
const urls: Readonly<Record<string, string>> = {
  'atkinson-hyperlegible-next-latin-400-normal.woff': atkinsonLatin400Normal,
  'atkinson-hyperlegible-next-latin-700-normal.woff': atkinsonLatin700Normal,
  'atkinson-hyperlegible-next-latin-800-normal.woff': atkinsonLatin800Normal,
  'atkinson-hyperlegible-next-latin-400-italic.woff': atkinsonLatin400Italic,
  'atkinson-hyperlegible-next-latin-ext-400-normal.woff': atkinsonLatinExt400Normal,
  'atkinson-hyperlegible-next-latin-ext-700-normal.woff': atkinsonLatinExt700Normal,
  'atkinson-hyperlegible-next-latin-ext-800-normal.woff': atkinsonLatinExt800Normal,
  'atkinson-hyperlegible-next-latin-ext-400-italic.woff': atkinsonLatinExt400Italic,
  'noto-sans-latin-ext-400-normal.woff': notoSansLatinExt400Normal,
  'noto-sans-latin-ext-700-normal.woff': notoSansLatinExt700Normal,
  'noto-emoji-400-normal.woff': notoEmoji400Normal,
  'noto-sans-hebrew-400-normal.woff': notoSansHebrew400Normal,
  'noto-sans-hebrew-700-normal.woff': notoSansHebrew700Normal,
  'noto-sans-arabic-400-normal.woff': notoSansArabic400Normal,
  'noto-sans-arabic-700-normal.woff': notoSansArabic700Normal,
};

const loaded = new Map<string, Promise<Uint8Array>>();

/** A shipped font file's bytes, fetched once per session. */
export const loadFontFile: FontLoader = (file) => {
  let bytes = loaded.get(file);
  if (!bytes) {
    const url = urls[file];
    if (!url) return Promise.reject(new Error(`No such font file: ${file}`));
    bytes = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`The font ${file} could not be loaded (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => loaded.delete(file));
    loaded.set(file, bytes);
  }
  return bytes;
};

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { ICNS_SIZES, ICO_SIZES, ICON_SIZES, icnsFile, icoFile, type SizedPng } from './iconFiles.ts';

/*
 * `npm run icons`: the app icon in every size the platforms ask for, drawn from resources/icon.svg
 * by Chromium (the same renderer as the app), into resources/icons/: NxN.png (Linux), icon.ico
 * (Windows), icon.icns (macOS). The results are committed; run this after changing the SVG.
 */

const root = resolve(import.meta.dirname, '../..');
const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8');
const outDir = join(root, 'resources/icons');

function systemChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const browser = await chromium.launch({ executablePath: systemChromium(), args: ['--disable-gpu'] });
try {
  const page = await browser.newPage();
  const pngs: SizedPng[] = [];
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    pngs.push({ size, png });
  }
  mkdirSync(outDir, { recursive: true });
  for (const { size, png } of pngs) writeFileSync(join(outDir, `${size}x${size}.png`), png);
  const pick = (sizes: readonly number[]) => pngs.filter((p) => sizes.includes(p.size));
  writeFileSync(join(outDir, 'icon.ico'), icoFile(pick(ICO_SIZES)));
  writeFileSync(join(outDir, 'icon.icns'), icnsFile(pick(ICNS_SIZES)));
  console.log(`Samkart: ${pngs.length} PNGs, icon.ico and icon.icns in resources/icons/`);
} finally {
  await browser.close();
}

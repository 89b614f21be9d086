import { chromium, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { startBuiltHost, stopHost } from '../helpers/host.ts';

/**
 * `npm run screenshots`: the README's pictures, taken from the built app in Chromium against the
 * browser host, so they show what the code does today. Writes resources/screenshots/*.png.
 */
const out = resolve(import.meta.dirname, '../../resources/screenshots');
const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, '--no-sandbox'] });
const host = await startBuiltHost();

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`wrote ${name}.png`);
}

try {
  for (const language of ['nb', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: language === 'nb' ? 'Norsk (bokmål)' : 'English' }).click();
    await shoot(page, `home-${language}`);
    await page.getByRole('button', { name: language === 'nb' ? /Åpne eksempel/ : /Open example/ }).click();
    await page.getByRole('navigation').first().waitFor();
    await shoot(page, `workshop-${language}`);
    if (language === 'nb') {
      // One picture of each board kind of the example, for the README and for looking.
      const boards: [string, RegExp][] = [
        ['actor-map', /^Aktørkart – Værnesregionen/],
        ['huki', /^Roller og ansvar/],
        ['acute-loop', /^Akuttloopen i Værnesregionen/],
        ['puzzle', /^SAMMEN – barn og unge/],
      ];
      for (const [name, board] of boards) {
        await page.getByRole('navigation').getByRole('button', { name: board }).first().click();
        await shoot(page, `board-${name}-nb`);
      }
      await page.setViewportSize({ width: 1366, height: 768 });
      await shoot(page, 'board-puzzle-nb-1366');
      await page.setViewportSize({ width: 1920, height: 1080 });
    }
    await page.getByRole('button', { name: language === 'nb' ? 'Lukk verksted' : 'Close workshop' }).click();
    await page.close();
  }
} finally {
  await browser.close();
  await stopHost(host);
}

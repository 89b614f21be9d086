import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pngDpi } from '../../renderer/src/export/pngDpi.ts';

/** Where this spec leaves its screenshots and files to look at. */
const shots = '/tmp/k17-pdf-shots';

/**
 * Eksporter from the UI, end to end in Chromium against the browser host, where every export is a
 * download: each board kind as PNG (1× and 2×) and SVG, the whole workshop as the PDF report (its
 * text layer read back with pdf.js), every table as CSV, cancelling, and copying a board as a
 * picture. The files are checked as a reader's program would see them, not as the app made them.
 */

/** The example's boards, the kind each shows in the board list, and words each drawing must hold. */
const boards = [
  { name: 'Forbedringsområder', kind: 'Fritt lerret', words: ['Styrke', 'brukermedvirkningen', 'Digitale'] },
  { name: 'Aktørkart – Værnesregionen', kind: 'Aktørkart', words: ['Brukeren', 'Pårørende'] },
  { name: 'Roller og ansvar', kind: 'HUKI-matrise', words: ['Forberede', 'Planlegge'] },
  { name: 'SAMMEN – barn og unge i Stjørdal', kind: 'SAMMEN-puslespillet', words: ['Helsestasjon'] },
  { name: 'Akuttloopen i Værnesregionen', kind: 'Akuttloopen', words: ['Legevakt', 'Hjemme'] },
] as const;

async function openExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(page).toHaveTitle(/Værnesregionen/);
}

function exportDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Eksporter' });
}

async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Eksporter', exact: true }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Presses Eksporter in the dialog and returns the bytes of the download it starts. */
async function exportAndDownload(page: Page, dialog: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Eksporter', exact: true }).click();
  const download = await downloading;
  const bytes = readFileSync((await download.path())!);
  await expect(dialog).toBeHidden();
  return { download, bytes };
}

/** A PNG's size, from its IHDR chunk (which must come first). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The text of every <text> element of an SVG, parsed as a browser parses it. */
function svgTexts(page: Page, svg: string): Promise<{ texts: string[]; images: number; parseError: boolean }> {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      texts: [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      images: parsed.querySelectorAll('image').length,
      parseError: parsed.querySelector('parsererror') !== null,
    };
  }, svg);
}

async function chooseBoard(dialog: Locator, board: (typeof boards)[number]): Promise<void> {
  await dialog.getByRole('combobox', { name: 'Tavle' }).selectOption({ label: `${board.name} (${board.kind})` });
}

test('every board kind as PNG at 1× and 2× (twice the pixels) and as SVG with its labels as real text', async ({ page }) => {
  test.setTimeout(240_000);
  await openExample(page);
  for (const board of boards) {
    const sizes: { width: number; height: number }[] = [];
    for (const scale of ['1× – som på skjermen', '2× – dobbelt så skarp']) {
      const dialog = await openExportDialog(page);
      await dialog.getByRole('radio', { name: 'En tavle som bilde' }).check();
      await chooseBoard(dialog, board);
      await dialog.getByRole('radio', { name: /^PNG/ }).check();
      await dialog.getByRole('radio', { name: scale }).check();
      const { download, bytes } = await exportAndDownload(page, dialog);
      expect(download.suggestedFilename()).toBe(scale.startsWith('2×') ? `${board.name} 2x.png` : `${board.name}.png`);
      sizes.push(pngSize(bytes));
    }
    const [one, two] = sizes as [{ width: number; height: number }, { width: number; height: number }];
    expect(one.width, board.name).toBeGreaterThan(100);
    expect(Math.abs(two.width - 2 * one.width), `${board.name}: ${one.width} → ${two.width}`).toBeLessThanOrEqual(2);
    expect(Math.abs(two.height - 2 * one.height), `${board.name}: ${one.height} → ${two.height}`).toBeLessThanOrEqual(2);
    await expect(page.getByRole('status').filter({ hasText: `«${board.name}.png» er lastet ned.` }).first()).toBeVisible();

    const dialog = await openExportDialog(page);
    await chooseBoard(dialog, board);
    await dialog.getByRole('radio', { name: /^SVG/ }).check();
    // PNG's size choice belongs to PNG only.
    await expect(dialog.getByRole('radio', { name: /^2×/ })).toHaveCount(0);
    const { download, bytes } = await exportAndDownload(page, dialog);
    expect(download.suggestedFilename()).toBe(`${board.name}.svg`);
    const svg = bytes.toString('utf8');
    const { texts, images, parseError } = await svgTexts(page, svg);
    expect(parseError, board.name).toBe(false);
    expect(texts.length, board.name).toBeGreaterThan(0);
    // Real vector: the words are text elements, and no bitmap stands in for the board.
    const words = texts.join(' ');
    for (const word of board.words) expect(words, `${board.name}: ${word}`).toContain(word);
    expect(images, board.name).toBe(0);
  }
});

test('A4 width at 300 dpi makes a print-sized picture; without background the PNG is transparent', async ({ page }) => {
  await openExample(page);
  const dialog = await openExportDialog(page);
  await chooseBoard(dialog, boards[0]);
  await dialog.getByRole('radio', { name: /^PNG/ }).check();
  await dialog.getByRole('radio', { name: 'A4-bredde i 300 dpi – for trykk' }).check();
  await dialog.getByRole('checkbox', { name: 'Ta med bakgrunnen' }).uncheck();
  const { bytes, download } = await exportAndDownload(page, dialog);
  expect(download.suggestedFilename()).toBe(`${boards[0].name} 300 dpi.png`);
  const { width } = pngSize(bytes);
  // 297 mm (A4 landscape) or 210 mm (portrait) at 300 dots per inch.
  expect([3508, 2480]).toContain(width);
  // And the file says so (pHYs), so it opens at A4 width, not as a 96 dpi picture.
  expect(Math.round(pngDpi(new Uint8Array(bytes))!)).toBe(300);
  // Colour type 6: RGBA, so the missing background can be transparent.
  expect(bytes[25]).toBe(6);

  // The dialog remembers the choices for next time (this browser profile), also after a reload.
  await page.reload();
  const again = await openExportDialog(page);
  await expect(again.getByRole('radio', { name: 'A4-bredde i 300 dpi – for trykk' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Ta med bakgrunnen' })).not.toBeChecked();
});

test('the whole workshop as a PDF report whose text layer has the cover title, Stjørdal DPS, every board and page footers', async ({ page }) => {
  test.setTimeout(180_000);
  await openExample(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Hele verkstedet som PDF-rapport' }).check();
  await dialog.getByRole('radio', { name: 'A3', exact: true }).check();
  await dialog.getByRole('radio', { name: 'A4', exact: true }).check();
  await expect(dialog.getByRole('radio', { name: 'Liggende' })).toBeChecked();
  // The boards to include, as for Word and PowerPoint: all of them is the default.
  await expect(dialog.getByRole('checkbox', { name: 'Alle tavler' })).toBeChecked();
  const { download, bytes } = await exportAndDownload(page, dialog);
  expect(download.suggestedFilename()).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen.pdf');
  expect(bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');

  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await loading.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  const pageCount = pdf.numPages;
  await loading.destroy();
  const all = pages.join('\n');
  expect(pageCount).toBeGreaterThan(boards.length);
  expect(pages[0]).toContain('Læringsnettverk psykisk helse og rus – Værnesregionen');
  expect(all).toContain('Stjørdal DPS');
  for (const board of boards) expect(all, board.name).toContain(board.name);
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Side ${i + 1} av ${pages.length}`));
});

test('the PDF report standing, with the boards the user ticked', async ({ page }) => {
  test.setTimeout(180_000);
  await openExample(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Hele verkstedet som PDF-rapport' }).check();
  await dialog.getByRole('radio', { name: 'Stående' }).check();
  const whiteboard = boards[0];
  await dialog.getByRole('checkbox', { name: `${whiteboard.name} (${whiteboard.kind})` }).uncheck();
  await expect(dialog.getByRole('checkbox', { name: 'Alle tavler' })).not.toBeChecked();
  mkdirSync(shots, { recursive: true });
  await dialog.screenshot({ path: `${shots}/export-dialog-report-${page.viewportSize()!.width}.png` });
  const { bytes } = await exportAndDownload(page, dialog);
  writeFileSync(`${shots}/report-portrait.pdf`, bytes);

  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await loading.promise;
  const cover = await pdf.getPage(1);
  // A4 standing: 595 × 842 points.
  expect(cover.view.map(Math.round)).toEqual([0, 0, 595, 842]);
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) text += `${(await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  await loading.destroy();
  expect(text).not.toContain(whiteboard.name);
  for (const board of boards.slice(1)) expect(text, board.name).toContain(board.name);

  // The choice of orientation is remembered; the boards follow the workshop and are not.
  await page.reload();
  const again = await openExportDialog(page);
  await expect(again.getByRole('radio', { name: 'Stående' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Alle tavler' })).toBeChecked();
});

test('every table as CSV: a BOM, semicolons, and the rows the workshop has', async ({ page }) => {
  await openExample(page);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'En tabell som CSV (Excel)' }).check();
  const tables = await dialog.getByRole('combobox', { name: 'Tabell' }).locator('option').allTextContents();
  // Board by board in the boards' order (the whiteboard has no table), then the whole registry.
  expect(tables).toEqual([
    'Kartlegging – SAMMEN – barn og unge i Stjørdal',
    'Interessentanalyse – Aktørkart – Værnesregionen',
    'HUKI-matrise – Roller og ansvar',
    'Nøkkeltall – Akuttloopen i Værnesregionen',
    'Hendelser per time – Akuttloopen i Værnesregionen',
    'Stasjoner – Akuttloopen i Værnesregionen',
    'Interessentanalyse – alle aktører i verkstedet',
  ]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  const expectations: Record<string, { file: string; header: RegExp; holds: string }> = {
    'Interessentanalyse – Aktørkart – Værnesregionen': { file: 'Interessentanalyse – Aktørkart – Værnesregionen.csv', header: /^Interessent;Kategori;/, holds: 'Stjørdal DPS;Spesialisthelsetjeneste;' },
    'Kartlegging – SAMMEN – barn og unge i Stjørdal': { file: 'Kartlegging – SAMMEN – barn og unge i Stjørdal.csv', header: /^Nivå;Fase;Tjeneste eller tilbud;/, holds: 'Helsestasjon 0–5 år' },
    'HUKI-matrise – Roller og ansvar': { file: 'Roller og ansvar.csv', header: /^Fase;Oppgave;/, holds: 'Forberede;' },
    'Nøkkeltall – Akuttloopen i Værnesregionen': { file: 'Nøkkeltall – Akuttloopen i Værnesregionen.csv', header: /^Tall;Verdi\r\n/, holds: '\r\nSum;340\r\n' },
    'Hendelser per time – Akuttloopen i Værnesregionen': { file: 'Hendelser per time – Akuttloopen i Værnesregionen.csv', header: /^Time;/, holds: '\r\n08–09;7;1\r\n' },
    'Stasjoner – Akuttloopen i Værnesregionen': { file: 'Stasjoner i loopen – Akuttloopen i Værnesregionen.csv', header: /^#;Navn;Klokkeslett;Varighet \(timer\);/, holds: '\r\n1;Hjemme;' },
    'Interessentanalyse – alle aktører i verkstedet': { file: 'Interessentanalyse – Læringsnettverk psykisk helse og rus – Værnesregionen.csv', header: /^Interessent;Kategori;/, holds: 'Stjørdal DPS;' },
  };
  for (const table of tables) {
    const again = await openExportDialog(page);
    await again.getByRole('radio', { name: 'En tabell som CSV (Excel)' }).check();
    await again.getByRole('combobox', { name: 'Tabell' }).selectOption({ label: table });
    const { download, bytes } = await exportAndDownload(page, again);
    const expected = expectations[table]!;
    expect(download.suggestedFilename()).toBe(expected.file);
    expect([...bytes.subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text, table).toMatch(expected.header);
    expect(text.split('\r\n')[0]!.split(';').length, table).toBeGreaterThan(1);
    expect(text, table).toContain(expected.holds);
  }
});

test('a board’s own CSV button goes the same way: the HUKI matrix and the stakeholder table download with a BOM', async ({ page }) => {
  await openExample(page);
  await page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name: /^Roller og ansvar/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporter CSV' }).first().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Roller og ansvar.csv');
  expect([...readFileSync((await download.path())!).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await expect(page.getByRole('status').filter({ hasText: '«Roller og ansvar.csv» er lastet ned.' })).toBeVisible();

  // The stakeholder table's own button writes the rows it shows, with its column headings.
  await page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name: /^Aktørkart – Værnesregionen/ }).click();
  await page.getByRole('tab', { name: 'Interessentanalyse' }).click();
  const stakeholders = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned tabellen som CSV' }).click();
  const table = await stakeholders;
  expect(table.suggestedFilename()).toBe('Interessentanalyse – Aktørkart – Værnesregionen.csv');
  const text = readFileSync((await table.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^Interessent;Kategori;/);
  expect(lines.some((line) => line.startsWith('Stjørdal'))).toBe(true);
  expect(lines.length).toBe((await page.getByRole('grid', { name: 'Interessentanalyse' }).getByRole('row').count()));
});

test('cancelling the PDF report while it is made leaves no download, and the dialog stays usable', async ({ page }) => {
  test.setTimeout(180_000);
  await openExample(page);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  // A slow machine (the CPU throttled twenty times): the report takes long enough to be cancelled.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Hele verkstedet som PDF-rapport' }).check();
  await dialog.getByRole('button', { name: 'Eksporter', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Framdrift for eksporten' })).toBeVisible();
  await page.screenshot({ path: 'test-results/export-dialog-progress.png' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  // Cancelling takes effect when the board being drawn is done; at a twentieth of the CPU that can take a while.
  await expect(dialog.getByRole('status').filter({ hasText: 'Eksporten ble avbrutt. Ingen fil ble lagret.' })).toBeVisible({ timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  expect(downloads).toEqual([]);
  // The choices are usable again, and Avbryt now closes the dialog.
  await expect(dialog.getByRole('button', { name: 'Eksporter', exact: true })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  expect(downloads).toEqual([]);
});

test('Kopier som bilde puts the board on the clipboard as a PNG', async ({ page, host }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await openExample(page);
  const dialog = await openExportDialog(page);
  await chooseBoard(dialog, boards[4]);
  await dialog.getByRole('button', { name: 'Kopier som bilde' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Bildet av «${boards[4].name}» er kopiert.` })).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType('image/png');
    return [...new Uint8Array(await blob.arrayBuffer()).subarray(0, 24)];
  });
  expect(pngSize(Buffer.from(copied)).width).toBeGreaterThan(100);
});

test('Ctrl+E opens the dialog; every control has a name; it reads in English too; screenshots at 1920×1080', async ({ page }) => {
  await openExample(page);
  // An edit to undo, so the test can see that Ctrl+Z typed in the dialog does not reach it.
  await page.getByRole('button', { name: 'Ny tavle', exact: true }).click();
  await page.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
  const nameField = page.getByRole('textbox', { name: 'Navn på tavlen' });
  await nameField.fill('Til rapporten');
  await nameField.press('Enter');
  const newBoard = page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name: /^Til rapporten/ });
  await expect(newBoard).toBeVisible();
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'En tavle som bilde' }).check();
  await dialog.getByRole('radio', { name: /^PNG/ }).check();
  await page.screenshot({ path: 'test-results/export-dialog-board.png' });
  for (const control of await dialog.locator('input, select, button').all()) {
    const name = (await control.getAttribute('aria-label')) ?? (await control.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? ''));
    expect(name.trim(), await control.evaluate((el) => el.outerHTML.slice(0, 120))).not.toBe('');
  }
  await dialog.getByRole('radio', { name: 'Hele verkstedet som PDF-rapport' }).check();
  await page.screenshot({ path: 'test-results/export-dialog-report.png' });
  await dialog.getByRole('radio', { name: 'En tabell som CSV (Excel)' }).check();
  await page.screenshot({ path: 'test-results/export-dialog-table.png' });
  // Keys typed in the dialog stay there: Ctrl+Z or Delete never reach the workshop behind it.
  await dialog.getByRole('button', { name: 'Avbryt' }).press('Control+z');
  await dialog.getByRole('button', { name: 'Avbryt' }).press('Delete');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(newBoard).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await page.keyboard.press('Control+e');
  const english = page.getByRole('dialog', { name: 'Export' });
  await expect(english.getByRole('radio', { name: 'The whole workshop as a PDF report' })).toBeVisible();
  await expect(english.getByRole('button', { name: 'Copy as picture' })).toHaveCount(0);
  await english.getByRole('radio', { name: 'A board as a picture' }).check();
  await expect(english.getByRole('button', { name: 'Copy as picture' })).toBeVisible();
  await english.getByRole('button', { name: 'Cancel' }).click();
});

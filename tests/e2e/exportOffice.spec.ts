import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Word and PowerPoint from the Eksporter dialog (issue 20), in Chromium against the browser host:
 * the real board pictures (painted by the canvas code off screen), downloaded and opened with
 * jszip as Word and PowerPoint open them. The structure in detail is checked in
 * tests/unit/export/officeExport.test.ts; here, that the app's own pictures and choices get in.
 */

const shots = '/tmp/i20-shots';

async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(page).toHaveTitle(/Værnesregionen/);
  await page.getByRole('banner').getByRole('button', { name: 'Eksporter', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(page: Page, dialog: Locator): Promise<{ name: string; zip: JSZip; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Eksporter', exact: true }).click();
  const file = await downloading;
  const bytes = readFileSync((await file.path())!);
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), zip: await JSZip.loadAsync(bytes), bytes };
}

function pngWidth(bytes: Uint8Array): number {
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  return Buffer.from(bytes).readUInt32BE(16);
}

test('the workshop as Word (ticked boards only) and as PowerPoint (one picture slide per board), with the canvas’s own pictures', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  let dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Word-dokument (.docx)' }).check();
  const boards = dialog.getByRole('group', { name: 'Tavler som skal være med' });
  await expect(boards.getByRole('checkbox', { name: 'Alle tavler' })).toBeChecked();
  await boards.getByRole('checkbox', { name: /Akuttloopen i Værnesregionen/ }).uncheck();
  await expect(boards.getByRole('checkbox', { name: 'Alle tavler' })).not.toBeChecked();
  await page.screenshot({ path: `${shots}/export-dialog-docx-${page.viewportSize()!.width}.png` });
  const word = await download(page, dialog);
  expect(word.name).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen.docx');
  writeFileSync(`${shots}/example.docx`, word.bytes);
  const xml = await word.zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).not.toContain('Akuttloopen i tall');
  const media = Object.keys(word.zip.files).filter((n) => n.startsWith('word/media/'));
  expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(4);
  const pngs = media.filter((n) => n.endsWith('.png'));
  expect(pngs).toHaveLength(4);
  for (const name of pngs) expect(pngWidth(await word.zip.file(name)!.async('uint8array'))).toBeGreaterThan(600);

  await page.keyboard.press('Control+e');
  dialog = page.getByRole('dialog', { name: 'Eksporter' });
  await dialog.getByRole('radio', { name: 'PowerPoint-presentasjon (.pptx)' }).check();
  await dialog.getByRole('checkbox', { name: 'Alle tavler' }).check();
  const slides = await download(page, dialog);
  expect(slides.name).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen.pptx');
  writeFileSync(`${shots}/example.pptx`, slides.bytes);
  const slideXml = await Promise.all(Object.keys(slides.zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => slides.zip.file(n)!.async('string')));
  // The example has five boards and no frames: five steps in the presentation.
  expect(slideXml.filter((s) => s.includes('<p:pic>'))).toHaveLength(5);
  const images = Object.keys(slides.zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
  expect(images).toHaveLength(5);
  for (const name of images) expect(pngWidth(await slides.zip.file(name)!.async('uint8array'))).toBeGreaterThan(1000);
});

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/*
 * Akuttloopen end to end: the real renderer in Chromium against the browser host. The picture is
 * a canvas, so the board's content is read from the editing panel's station list and the hidden
 * summary the picture is described by; positions for dragging come from the picture's Konva nodes.
 */

/** The Bergen-like hourly admissions of the example: 76 % outside 08:00–15:30, 340 in all. */
const admissions = [15, 12, 10, 8, 6, 5, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 20, 22, 24, 25, 27, 26, 23, 18];

async function newWorkshopWithLoop(page: Page, title: string) {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: Akuttloopen' }).click();
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).fill('Akuttloopen Øyane');
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');
  await expect(page.getByRole('tab', { name: 'Stasjoner' })).toBeVisible();
}

const stationList = (page: Page) => page.getByRole('list', { name: 'Stasjonene i loopen, i rekkefølge' });

/** The stations' names in loop order, as the panel lists them. */
async function stationNames(page: Page): Promise<string[]> {
  return stationList(page).locator(':scope > li .al-name').allTextContents();
}

/**
 * Where a node of the picture is on the screen: a station's card (its id), or the middle of a
 * line (an arrow, `tr-<from>-<to>`), or a "+" handle (`add-<index>`).
 */
async function onScreen(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    type Node = {
      getAbsolutePosition(): { x: number; y: number };
      getAbsoluteTransform(): { point(p: { x: number; y: number }): { x: number; y: number } };
      points?: () => number[];
    };
    const konva = (window as unknown as { Konva: { stages: { findOne(s: string): Node | undefined; container(): HTMLElement }[] } }).Konva;
    const stage = konva.stages.find((s) => s.findOne(`#${id}`))!;
    const node = stage.findOne(`#${id}`)!;
    const r = stage.container().getBoundingClientRect();
    let p = node.getAbsolutePosition();
    const points = typeof node.points === 'function' ? node.points() : [];
    if (points.length >= 4) {
      const i = Math.floor(points.length / 4) * 2;
      p = node.getAbsoluteTransform().point({ x: points[i]!, y: points[i + 1]! });
    }
    return { x: r.left + p.x, y: r.top + p.y };
  }, nodeId);
}

test('add a station between two others, mark a broken transition, paste 24 numbers and read the share; it all survives a reload', async ({ page }) => {
  await newWorkshopWithLoop(page, 'Svingdør – Øyane');

  // The template: "Et døgn i pasientens liv".
  expect(await stationNames(page)).toEqual(['Hjemme', 'Krise', 'Legevakt', 'Politi', 'PAM (psykiatrisk akuttmottak)', 'Innleggelse', 'Utskrivning', 'DPS', 'Kommunal oppfølging']);

  // Add a station between Legevakt and Politi; its name field takes the typing at once.
  await page.getByRole('button', { name: 'Legg til stasjon mellom «Legevakt» og «Politi»' }).click();
  const name = page.getByRole('textbox', { name: 'Navn på stasjon 4' });
  await expect(name).toBeFocused();
  await name.fill('Ambulant akutteam');
  await name.press('Enter');
  await page.getByRole('textbox', { name: 'Klokkeslett for «Ambulant akutteam»' }).fill('23.00');
  await page.getByRole('textbox', { name: 'Klokkeslett for «Ambulant akutteam»' }).press('Enter');
  expect(await stationNames(page)).toEqual(['Hjemme', 'Krise', 'Legevakt', 'Ambulant akutteam', 'Politi', 'PAM (psykiatrisk akuttmottak)', 'Innleggelse', 'Utskrivning', 'DPS', 'Kommunal oppfølging']);
  await expect(page.getByRole('textbox', { name: 'Klokkeslett for «Ambulant akutteam»' })).toHaveValue('23:00');

  // Mark Utskrivning → DPS as broken, and say why.
  const broken = page.getByRole('checkbox', { name: 'Brudd mellom «Utskrivning» og «DPS»' });
  await broken.check();
  const why = page.getByRole('textbox', { name: 'Hvorfor brudd mellom «Utskrivning» og «DPS»' });
  await why.fill('Ingen time avtalt før utskrivning');
  await why.press('Enter');
  const summary = page.getByTestId('acute-loop-summary');
  await expect(summary).toContainText('Utskrivning. PAM. Brudd: Ingen time avtalt før utskrivning');

  // Paste 24 numbers the Norwegian-Excel way, and read the computed share.
  await page.getByRole('tab', { name: 'Tall' }).click();
  const share = page.getByRole('status').filter({ hasText: /kontortid|tall per time/ });
  await expect(share).toHaveText('Ingen tall per time ennå');
  await page.getByRole('textbox', { name: 'Lim inn 24 tall, fra kl. 00–01 til kl. 23–24' }).fill(admissions.join(';'));
  await page.getByRole('button', { name: 'Bruk tallene' }).click();
  await expect(share).toHaveText('76 % utenfor kontortid');
  await expect(page.getByRole('textbox', { name: 'Antall kl. 20–21' })).toHaveValue('27');

  // A wrong paste says what is wrong and changes nothing.
  await page.getByRole('textbox', { name: 'Lim inn 24 tall, fra kl. 00–01 til kl. 23–24' }).fill(admissions.slice(1).join(' '));
  await page.getByRole('button', { name: 'Bruk tallene' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fant 23 tall' })).toBeVisible();
  await expect(share).toHaveText('76 % utenfor kontortid');

  // Office hours are editable: ending at 15:00 instead of 15:30 moves the share.
  await page.getByRole('textbox', { name: 'Kontortid til' }).fill('15:00');
  await page.getByRole('textbox', { name: 'Kontortid til' }).press('Enter');
  await expect(share).toHaveText('79 % utenfor kontortid');
  await expect(summary).toContainText('79 % utenfor kontortid');

  // Both views show the same stations: switch to the swimlanes and back.
  await page.getByRole('button', { name: 'Svømmebaner' }).click();
  await expect(page.getByRole('button', { name: 'Svømmebaner' })).toHaveAttribute('aria-pressed', 'true');
  await expect(summary).toContainText('Ambulant akutteam');
  await expect(summary).toContainText('Brudd: Ingen time avtalt før utskrivning');
  // The words say which lane each station is in, as the rows show it (issue 16).
  await expect(summary).toContainText('Legevakt. Svømmebane: Kommune');
  await expect(summary).toContainText('DPS. Svømmebane: Spesialisthelsetjeneste');
  await page.getByRole('button', { name: 'Loop', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: /^Akuttloopen Øyane/ }).click();
  await page.getByRole('tab', { name: 'Tall' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kontortid' })).toHaveText('79 % utenfor kontortid');
  await page.getByRole('tab', { name: 'Stasjoner' }).click();
  expect(await stationNames(page)).toContain('Ambulant akutteam');
  await expect(page.getByRole('checkbox', { name: 'Brudd mellom «Utskrivning» og «DPS»' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Hvorfor brudd mellom «Utskrivning» og «DPS»' })).toHaveValue('Ingen time avtalt før utskrivning');

  // A station put into the broken transition keeps the break and its reason; the room says on
  // which of the two new transitions (issue 16).
  await page.getByRole('button', { name: 'Legg til stasjon mellom «Utskrivning» og «DPS»' }).click();
  const where = page.getByRole('group', { name: 'Hvor skal bruddet stå?' });
  await expect(where.getByRole('button', { name: 'Mellom «Utskrivning» og den nye stasjonen' })).toBeVisible();
  await where.getByRole('button', { name: 'Mellom den nye stasjonen og «DPS»' }).click();
  await page.getByRole('textbox', { name: 'Navn på stasjon 9' }).fill('Ambulant team');
  await page.getByRole('textbox', { name: 'Navn på stasjon 9' }).press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Brudd mellom «Utskrivning» og «Ambulant team»' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Brudd mellom «Ambulant team» og «DPS»' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Hvorfor brudd mellom «Ambulant team» og «DPS»' })).toHaveValue('Ingen time avtalt før utskrivning');
  await expect(page.getByTestId('acute-loop-summary')).toContainText('Brudd: Ingen time avtalt før utskrivning');
});

test('import the hourly numbers from a CSV file saved by Norwegian Excel (Windows-1252, semicolons)', async ({ page }) => {
  await newWorkshopWithLoop(page, 'CSV fra analyseavdelingen');
  await page.getByRole('tab', { name: 'Tall' }).click();
  const lines = ['Time;Innleggelser på natta og dagen', ...admissions.map((c, h) => `${String(h).padStart(2, '0')}–${String(h + 1).padStart(2, '0')};${c}`)];
  // "CSV (semikolondelt)" is Windows-1252: å is one byte, 0xE5 (latin1 here); hours as 00-01.
  const bytes = Buffer.from(lines.join('\r\n').replaceAll('–', '-'), 'latin1');
  await page.locator('input[type="file"]').setInputFiles({ name: 'innleggelser PAM 2023.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByText('24 tall lest fra «innleggelser PAM 2023.csv».')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'kontortid' })).toHaveText('76 % utenfor kontortid');
  // The file's heading names what is counted, since the board had no name for it yet.
  await expect(page.getByRole('textbox', { name: 'Hva telles' })).toHaveValue('Innleggelser på natta og dagen');
});

test('on the picture: drag a station along the loop, click an arrow to mark it, “+” to add a station, a card to edit it', async ({ page }) => {
  await newWorkshopWithLoop(page, 'Dra langs loopen');
  const ids = await stationList(page).locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-station-id')!));
  const home = await onScreen(page, ids[0]!);
  const legevakt = await onScreen(page, ids[2]!);
  await page.mouse.move(home.x, home.y);
  await page.mouse.down();
  await page.mouse.move(home.x + 20, home.y + 10, { steps: 4 });
  await page.mouse.move(legevakt.x, legevakt.y, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => stationNames(page)).toEqual(['Krise', 'Legevakt', 'Hjemme', 'Politi', 'PAM (psykiatrisk akuttmottak)', 'Innleggelse', 'Utskrivning', 'DPS', 'Kommunal oppfølging']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => stationNames(page)).toEqual(['Hjemme', 'Krise', 'Legevakt', 'Politi', 'PAM (psykiatrisk akuttmottak)', 'Innleggelse', 'Utskrivning', 'DPS', 'Kommunal oppfølging']);

  // Clicking the arrow from Utskrivning to DPS takes the keyboard to its "broken" checkbox.
  const arrow = await onScreen(page, `tr-${ids[6]}-${ids[7]}`);
  await page.mouse.click(arrow.x, arrow.y);
  await expect(page.getByRole('checkbox', { name: 'Brudd mellom «Utskrivning» og «DPS»' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Brudd mellom «Utskrivning» og «DPS»' })).toBeChecked();

  // "+" between Krise and Legevakt adds a station there, ready for its name.
  const plus = await onScreen(page, 'add-2');
  await page.mouse.click(plus.x, plus.y);
  await expect(page.getByRole('textbox', { name: 'Navn på stasjon 3' })).toBeFocused();
  await page.keyboard.type('Pårørende ringer');
  await page.keyboard.press('Enter');
  expect((await stationNames(page)).slice(1, 4)).toEqual(['Krise', 'Pårørende ringer', 'Legevakt']);

  // Clicking a card opens it in the panel.
  const dps = await onScreen(page, ids[7]!);
  await page.mouse.click(dps.x, dps.y);
  await expect(page.getByRole('textbox', { name: 'Navn på stasjon 9' })).toHaveValue('DPS');
});

test('the keyboard does what the picture does: reorder, remove, and the example opens with its filled loop', async ({ page }) => {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await page.getByRole('button', { name: /^Akuttloopen i Værnesregionen/ }).click();
  await expect(page.getByTestId('acute-loop-summary')).toContainText('76 % utenfor kontortid');
  await expect(page.getByTestId('acute-loop-summary')).toContainText('Brudd: Ingen tilbud på kveld og i helg');
  await page.getByRole('button', { name: 'Flytt «Politi» tidligere i loopen' }).click();
  expect((await stationNames(page)).slice(2, 4)).toEqual(['Politi', 'Legevakt']);
  await page.getByRole('button', { name: 'Fjern stasjonen «Politi»' }).click();
  expect(await stationNames(page)).not.toContain('Politi');
  await expect(page.getByText('Stasjonen «Politi» ble fjernet.')).toBeVisible();
  // Hiding the editing leaves the room the picture only.
  await page.getByRole('button', { name: 'Skjul redigering' }).click();
  await expect(page.getByRole('tab', { name: 'Stasjoner' })).toBeHidden();
  await expect(page.getByRole('img', { name: 'Akuttloopen «Akuttloopen i Værnesregionen» som bilde' })).toBeVisible();
});

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Running the room: the projection (F5), the presenter view in a second tab kept in step through
 * the host, and a dot vote that stays hidden until revealed. The screenshot of the projection is
 * written to the test's output folder (test-results/, not in git) for a person to look at.
 */

async function openExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(page).toHaveTitle(/Værnesregionen/);
}

const projection = (page: Page) => page.getByRole('dialog', { name: /^Presentasjon:/ });
const caption = (page: Page) => projection(page).locator('.caption-position');

test('presentation mode: full screen, no chrome, boards stepped with the keys a clicker sends, Esc leaves', async ({ page }, testInfo) => {
  await openExample(page);
  await page.keyboard.press('F5');
  await expect(projection(page)).toBeVisible();
  await expect(projection(page)).toHaveAccessibleName('Presentasjon: Forbedringsområder');
  // No editor chrome on the projection: no top bar, no board list, no canvas tools.
  await expect(page.getByRole('button', { name: /^Lagre som/ })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Tavler' })).toBeHidden();
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(caption(page)).toHaveText(/^1 av \d+$/);
  const total = Number((await caption(page).textContent())!.split(' av ')[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

  // The laser pointer follows the mouse over the projection.
  await page.mouse.move(960, 400);
  await expect(page.getByTestId('laser-pointer')).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: testInfo.outputPath('presentation-1920x1080.png') });

  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText(`2 av ${total}`);
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText(`3 av ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(caption(page)).toHaveText(`1 av ${total}`);
  // A clicker pressed once too often stays on the first slide.
  await page.keyboard.press('ArrowUp');
  await expect(caption(page)).toHaveText(`1 av ${total}`);
  await page.keyboard.press('End');
  await expect(caption(page)).toHaveText(`${total} av ${total}`);
  await page.keyboard.press('Home');
  await expect(caption(page)).toHaveText(`1 av ${total}`);
  // Editing keys do nothing to the board behind the projection.
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+z');
  await expect(caption(page)).toHaveText(`1 av ${total}`);

  await page.keyboard.press('Escape');
  await expect(projection(page)).toBeHidden();
  await expect(page.getByRole('button', { name: /^Lagre som/ })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  // Undo has nothing to undo: presenting changed nothing in the workshop.
  await expect(page.getByRole('button', { name: 'Angre' })).toBeDisabled();
});

test('a board and then each of its frames are steps of the presentation', async ({ page }) => {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Fosen – rammer');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  // Two frames side by side (their order on the slide list, rows then left to right, is unit-tested).
  for (const left of [box.x + box.width * 0.55, box.x + box.width * 0.1]) {
    await page.getByRole('button', { name: /^Ramme/ }).first().click();
    await page.mouse.move(left, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(left + box.width * 0.3, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem')).toHaveCount(2);

  await page.keyboard.press('F5');
  await expect(caption(page)).toHaveText('1 av 3');
  await expect(projection(page)).toHaveAccessibleName('Presentasjon: Tavle 1');
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText('2 av 3');
  await expect(projection(page)).toHaveAccessibleName('Presentasjon: Tavle 1 – Ramme 1');
  await page.keyboard.press('PageDown');
  await expect(projection(page)).toHaveAccessibleName('Presentasjon: Tavle 1 – Ramme 2');
  await page.keyboard.press('Escape');
  await expect(projection(page)).toBeHidden();
});

test('the presenter tab follows the presentation, steps it, runs the timer and keeps the notes private', async ({ page, context }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Fasilitering' }).click();
  const notes = 'Spør Stjørdal DPS om ventetida i Meråker.';
  await page.getByRole('textbox', { name: 'Notater for fasilitator' }).fill(notes);
  await page.getByRole('textbox', { name: 'Notater for fasilitator' }).blur();

  // The facilitator opens the presenter view in a second tab (same address, #presenter, the token along).
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Åpne presentatørvisning' }).click()]);
  await expect(presenter.getByRole('heading', { name: 'Presentatørvisning' })).toBeVisible();
  await expect(presenter.getByRole('status')).toContainText('Venter på presentasjonen');

  await page.bringToFront();
  await page.keyboard.press('F5');
  await expect(projection(page)).toBeVisible();
  const now = presenter.getByRole('heading', { name: /^Nå:/ });
  await expect(now).toHaveText('Nå: Forbedringsområder');
  await expect(presenter.getByRole('heading', { name: /^Neste:/ })).not.toHaveText('Neste: Slutten av presentasjonen');
  await expect(presenter.getByText(notes)).toBeVisible();
  // The notes are the facilitator's: never on the projection.
  await expect(projection(page)).not.toContainText(notes);

  // Stepping on the projection moves the presenter view...
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toHaveText(/^2 av/);
  // The presenter tab hears of the step through the host a moment later: wait for it, don't sample.
  await expect(now).not.toHaveText('Nå: Forbedringsområder');
  await expect(presenter.getByText('Ingen notater for denne tavlen.')).toBeVisible();
  // ...and the presenter view steps the projection.
  await presenter.getByRole('button', { name: 'Forrige' }).click();
  await expect(caption(page)).toHaveText(/^1 av/);
  await expect(now).toHaveText('Nå: Forbedringsområder');
  await presenter.getByRole('button', { name: 'Neste', exact: true }).click();
  await expect(caption(page)).toHaveText(/^2 av/);
  // A clicker plugged into the laptop talks to the presenter view.
  await presenter.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText(/^3 av/);
  await presenter.keyboard.press('PageUp');
  await expect(caption(page)).toHaveText(/^2 av/);

  // The timer, started in the presenter view, is shown large on the projection.
  await presenter.getByRole('button', { name: 'Still tidtakeren på 3 minutter' }).click();
  await presenter.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(projection(page).getByRole('timer')).toHaveAccessibleName(/^Tid igjen: (3:00|2:5\d)$/);

  // The laser pad in the presenter view points on the projection.
  const pad = presenter.getByRole('img', { name: 'Pek her for å vise laserpekeren på lerretet' });
  const box = (await pad.boundingBox())!;
  await presenter.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('laser-pointer')).toBeVisible();

  // Ending the presentation from the presenter view gives the facilitator the workshop back.
  await presenter.getByRole('button', { name: 'Avslutt presentasjonen' }).click();
  await expect(projection(page)).toBeHidden();
  await expect(presenter.getByRole('status')).toContainText('Venter på presentasjonen');
});

test('dot voting: participants vote in turn, the result stays hidden until revealed, then shows as counts', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Fasilitering' }).click();
  await page.getByRole('textbox', { name: 'Spørsmål' }).fill('Hva er viktigst?');
  await page.getByRole('spinbutton', { name: 'Prikker per deltaker' }).fill('2');
  await expect(page.getByRole('checkbox', { name: 'Skjul resultatet til jeg viser det' })).toBeChecked();
  await page.getByRole('button', { name: 'Start avstemning' }).click();

  await page.keyboard.press('F5');
  const room = projection(page);
  await room.getByRole('button', { name: 'Neste deltaker' }).click();
  await expect(room.getByRole('status')).toContainText('Nå stemmer: Deltaker 1 · Prikker igjen: 2');
  await room.getByRole('button', { name: /^Gi prikk til «Styrke brukermedvirkningen/ }).click();
  await room.getByRole('button', { name: /^Gi prikk til «Styrke brukermedvirkningen/ }).click();
  await expect(room.getByRole('status')).toContainText('Prikker igjen: 0');
  // No more dots: every item refuses.
  await expect(room.getByRole('button', { name: /^Gi prikk til «Trekke fastlegene/ })).toBeDisabled();
  await room.getByRole('button', { name: 'Ferdig å stemme' }).click();

  await room.getByRole('button', { name: 'Neste deltaker' }).click();
  await room.getByRole('button', { name: /^Gi prikk til «Trekke fastlegene/ }).click();
  // Hidden: the second voter sees only their own dot, and no counts are shown.
  await expect(room.getByRole('button', { name: /^Ta tilbake prikk fra/ })).toHaveCount(1);
  await expect(room.locator('.vote-count')).toHaveCount(0);
  await room.getByRole('button', { name: 'Ferdig å stemme' }).click();
  await expect(room.locator('.vote-dot')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toContainText('Styrke brukermedvirkningen');
  await expect(table.getByRole('row').nth(1)).toContainText('2');
  await table.getByRole('button', { name: 'Sorter etter Innhold' }).click();
  await expect(table.getByRole('columnheader', { name: /Innhold/ })).toHaveAttribute('aria-sort', 'ascending');

  await page.keyboard.press('F5');
  await expect(room.getByLabel(/^Styrke brukermedvirkningen: 2 prikker$/)).toBeVisible();
  await expect(room.getByLabel(/^Trekke fastlegene aktivt inn i teamet: 1 prikk$/)).toBeVisible();
});

test('an acute-loop board presents its picture, never "the board is empty"', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Akuttloopen Øyane');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: Akuttloopen' }).click();
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).fill('Akuttloopen Øyane');
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');
  await expect(page.getByTestId('acute-loop-picture')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Stasjoner' })).toBeVisible();

  await page.keyboard.press('F5');
  await expect(projection(page)).toHaveAccessibleName('Presentasjon: Akuttloopen Øyane');
  // The loop has no canvas items (it draws its own picture), but it is far from empty.
  await expect(projection(page).getByText('Tavlen er tom.')).toHaveCount(0);
  await expect(page.getByTestId('acute-loop-picture')).toBeVisible();
  // Only the picture: the editing panel is put away.
  await expect(page.getByRole('tab', { name: 'Stasjoner' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('acute-loop-presented.png') });
  await page.keyboard.press('Escape');
  await expect(projection(page)).toBeHidden();
  // The kinds hear of the end from the presentation's store: the panel comes back.
  await expect(page.getByRole('tab', { name: 'Stasjoner' })).toBeVisible();
});

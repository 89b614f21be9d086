import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function newWorkshop(page: Page, title: string) {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(page).toHaveTitle(new RegExp(`^${title}`));
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();
const boards = (page: Page) => page.getByRole('navigation', { name: 'Tavler' });
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: 'Gjenopprett', exact: true });

test('take a snapshot, change the workshop, restore it: the board is back, also after a reload, and the state before is kept', async ({ page }) => {
  await newWorkshop(page, 'Gjenopprettingsprøve Fosen');
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
  const nameField = page.getByRole('textbox', { name: 'Navn på tavlen' });
  await nameField.fill('Aktører i Stjørdal');
  await nameField.press('Enter');
  await expect(boards(page).getByRole('button', { name: /^Aktører i Stjørdal/ })).toBeVisible();
  await saved(page);

  // Ta øyeblikksbilde nå.
  await page.getByRole('button', { name: 'Gjenopprett …' }).click();
  const dialog = restoreDialog(page);
  await expect(dialog).toBeVisible();
  // The automatic one taken when the workshop was created (opened) is there already.
  await expect(dialog.getByRole('row').filter({ hasText: 'Da verkstedet ble åpnet' })).toContainText('Automatisk');
  await dialog.getByRole('textbox', { name: 'Navn på øyeblikksbildet' }).fill('Før endringene');
  await dialog.getByRole('button', { name: 'Ta øyeblikksbilde', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Øyeblikksbildet «Før endringene» er tatt.');
  const mine = dialog.getByRole('row').filter({ hasText: 'Før endringene' });
  await expect(mine).toContainText('Tatt av deg');
  await expect(mine).toContainText('2 tavler');
  await expect(mine).toContainText(/i dag kl\. \d\d:\d\d/);
  await page.screenshot({ path: test.info().outputPath('restore-dialog.png') });
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog).toBeHidden();

  // Rename the board, then delete it.
  await boards(page).getByRole('button', { name: 'Gi nytt navn til «Aktører i Stjørdal»' }).click();
  const rename = boards(page).getByRole('textbox');
  await rename.fill('Feil navn');
  await rename.press('Enter');
  await boards(page).getByRole('button', { name: 'Slett «Feil navn»' }).click();
  await expect(boards(page).getByRole('button', { name: /^Feil navn/ })).toHaveCount(0);
  await saved(page);

  // Gjenopprett, with its confirmation.
  await page.getByRole('button', { name: 'Gjenopprett …' }).click();
  await restoreDialog(page).getByRole('button', { name: /^Gjenopprett: Før endringene, / }).click();
  const confirm = page.getByRole('dialog', { name: 'Gjenopprette verkstedet?' });
  await expect(confirm).toContainText(/Verkstedet settes tilbake til «Før endringene» fra i dag kl\. \d\d:\d\d\. Nåværende tilstand lagres først som eget øyeblikksbilde, så du kan angre\./);
  await expect(confirm).toContainText('Øyeblikksbildet har 2 tavler og 0 elementer. Verkstedet har nå 1 tavle og 0 elementer.');
  await page.screenshot({ path: test.info().outputPath('restore-confirm.png') });
  await confirm.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(restoreDialog(page)).toBeHidden();

  await expect(boards(page).getByRole('button', { name: /^Aktører i Stjørdal/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Verkstedet er gjenopprettet slik det var i dag kl\./ })).toBeVisible();
  // Undo can't reach across a restore; the way back is the snapshot of the state before it.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Angre', exact: true })).toBeDisabled();
  await saved(page);

  await page.reload();
  await expect(boards(page).getByRole('button', { name: /^Aktører i Stjørdal/ })).toBeVisible();
  await expect(boards(page).getByRole('button', { name: /^Feil navn/ })).toHaveCount(0);

  // The state just before the restore is listed, automatic, with one board; restoring it undoes the restore.
  await page.getByRole('button', { name: 'Gjenopprett …' }).click();
  const before = restoreDialog(page).getByRole('row').filter({ hasText: 'Før gjenoppretting' });
  await expect(before).toContainText('Automatisk');
  await expect(before).toContainText('1 tavle og 0 elementer');
  await before.getByRole('button', { name: /^Gjenopprett: Før gjenoppretting, / }).click();
  await page.getByRole('dialog', { name: 'Gjenopprette verkstedet?' }).getByRole('button', { name: 'Gjenopprett', exact: true }).click();
  await expect(boards(page).getByRole('button', { name: /^Aktører i Stjørdal/ })).toHaveCount(0);
  await expect(boards(page).getByRole('button', { name: /^Tavle 1/ })).toBeVisible();
});

test('a snapshot needs a name or a gathering; a gathering keeps one snapshot; the dialog speaks English too', async ({ page }) => {
  await newWorkshop(page, 'Samlingsprøve');
  await page.getByRole('button', { name: 'Gjenopprett …' }).click();
  const dialog = restoreDialog(page);
  await dialog.getByRole('button', { name: 'Ta øyeblikksbilde', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Skriv et navn på øyeblikksbildet, eller velg en samling.');
  await expect(dialog.getByRole('textbox', { name: 'Navn på øyeblikksbildet' })).toBeFocused();

  await dialog.getByRole('combobox', { name: 'Samling (valgfritt)' }).selectOption({ label: 'Samling 1' });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByText('Et nytt for samme samling erstatter det forrige.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Ta øyeblikksbilde etter Samling 1' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Øyeblikksbildet «Samling 1» er tatt.');
  await dialog.getByRole('textbox', { name: 'Navn på øyeblikksbildet' }).fill('Etter samling 1, rettet');
  await dialog.getByRole('button', { name: 'Ta øyeblikksbilde etter Samling 1' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Øyeblikksbildet «Etter samling 1, rettet» er tatt.');
  const ofGathering = dialog.getByRole('row').filter({ hasText: 'Samling: Samling 1' });
  await expect(ofGathering).toHaveCount(1);
  await expect(ofGathering).toContainText('Etter samling 1, rettet');
  await page.screenshot({ path: test.info().outputPath('gathering-snapshot.png') });

  // Typing in the dialog never reaches the workshop's shortcuts (F5 would start presenting).
  const label = dialog.getByRole('textbox', { name: 'Navn på øyeblikksbildet' });
  await label.fill('');
  await label.press('F5');
  await page.keyboard.type('x');
  await expect(label).toHaveValue('x');
  await expect(page.getByRole('dialog', { name: /^Presentasjon:/ })).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Lukk' }).click();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Restore …' }).click();
  const english = page.getByRole('dialog', { name: 'Restore', exact: true });
  await expect(english.getByRole('columnheader', { name: 'Taken' })).toBeVisible();
  await expect(english.getByRole('row').filter({ hasText: 'Gathering: Samling 1' })).toContainText('1 board and 0 items');
  await expect(english.getByRole('row').filter({ hasText: 'When the workshop was opened' })).toContainText(/today at \d\d:\d\d/);
});

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** A new workshop with one actor map (from the template), named, shown. */
async function newMap(page: Page, title: string, name: string) {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(page).toHaveTitle(new RegExp(`^${title}`));
  await page.getByRole('button', { name: 'Ny tavle', exact: true }).click();
  await page.getByRole('button', { name: 'Ny tavle: Aktørkart' }).click();
  const nameField = page.getByRole('textbox', { name: 'Navn på tavlen' });
  await nameField.fill(name);
  await nameField.press('Enter');
  await expect(page.getByRole('tab', { name: 'Kart' })).toHaveAttribute('aria-selected', 'true');
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Aktørkartet' });
const onMap = (page: Page) => panel(page).getByRole('region', { name: 'Aktører på kartet' });

/** Drags with the mouse in small steps, as a person does (pointer events all the way). */
async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
}

async function centreOf(page: Page, locator: ReturnType<Page['locator']>) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('build a small actor map, relate two actors, use the table and the grid, reload: the same data', async ({ page }) => {
  await newMap(page, 'Aktørkart Fosen', 'Aktører rundt brukeren – Fosen');

  // The template starts with the user in the centre and the usual actors on the map.
  await expect(onMap(page).getByRole('list', { name: 'Brukeren' }).getByRole('button', { name: 'Bruker' })).toBeVisible();
  await expect(onMap(page).getByRole('button', { name: 'NAV' })).toBeVisible();

  // Start over with a small map: clear it, then put three actors back and drag one in.
  await panel(page).getByRole('button', { name: 'Tøm kartet' }).click();
  await expect(onMap(page).getByText('Ingen aktører på kartet ennå.')).toBeVisible();
  for (const name of ['Bruker', 'NAV', 'Fastlege']) await panel(page).getByRole('button', { name: `Legg «${name}» på kartet` }).click();
  const politi = panel(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Legg «Politi» på kartet' }) });
  await politi.dragTo(page.getByTestId('canvas'));
  await expect(onMap(page).getByRole('button', { name: 'Politi' })).toBeVisible();

  // One more from the catalogue: into the registry and onto the map in one go.
  await panel(page).getByRole('button', { name: 'Fra katalogen …' }).click();
  const picker = page.getByRole('dialog', { name: 'Legg til fra katalogen' });
  await picker.getByRole('searchbox', { name: 'Søk i katalogen' }).fill('bup');
  await picker.getByRole('checkbox', { name: /Barne- og ungdomspsykiatrisk/ }).check();
  await picker.getByRole('button', { name: 'Legg til valgte (1)' }).click();
  await expect(onMap(page).getByRole('button', { name: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)' })).toBeVisible();
  await expect(onMap(page).getByRole('listitem')).toHaveCount(5);

  // Relate NAV and the GP: a formal agreement with a label.
  const relations = panel(page).getByRole('region', { name: 'Relasjoner' });
  await relations.getByRole('combobox', { name: 'Fra aktør' }).selectOption({ label: 'NAV' });
  await relations.getByRole('combobox', { name: 'Til aktør' }).selectOption({ label: 'Fastlege' });
  await relations.getByRole('combobox', { name: 'Type relasjon' }).selectOption({ label: 'Formell avtale' });
  await relations.getByRole('textbox', { name: 'Etikett (valgfri)' }).fill('Samarbeidsavtale');
  await relations.getByRole('button', { name: 'Legg til relasjon' }).click();
  await expect(relations.getByRole('combobox', { name: 'Type for NAV – Fastlege' })).toHaveValue('formal');
  await expect(relations.getByRole('textbox', { name: 'Etikett for NAV – Fastlege' })).toHaveValue('Samarbeidsavtale');

  // The stakeholder table: type NAV's interest into its cell, and its importance as a letter.
  await page.getByRole('tab', { name: 'Interessentanalyse' }).click();
  const table = page.getByRole('grid', { name: 'Interessentanalyse' });
  const navRow = table.getByRole('row').filter({ hasText: 'NAV' });
  await navRow.getByRole('gridcell').nth(2).click();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Interesse i prosjektet for NAV' }).fill('Arbeid og økonomi for brukeren');
  await page.keyboard.press('Enter');
  await navRow.getByRole('gridcell').nth(3).click();
  await page.keyboard.press('a');
  await expect(navRow.getByRole('gridcell').nth(2)).toHaveText('Arbeid og økonomi for brukeren');
  await expect(navRow.getByRole('gridcell').nth(3)).toHaveText('A');
  // The arrow keys move between cells; Esc leaves an edit without changing anything.
  await page.keyboard.press('ArrowRight');
  await expect(navRow.getByRole('gridcell').nth(4)).toBeFocused();
  await page.keyboard.press('h');
  await expect(navRow.getByRole('gridcell').nth(4)).toHaveText('H – Høy');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('Noe annet');
  await page.keyboard.press('Escape');
  await expect(navRow.getByRole('gridcell').nth(2)).toHaveText('Arbeid og økonomi for brukeren');
  await expect(navRow.getByRole('gridcell').nth(2)).toBeFocused();

  // The grid: NAV waits among the not yet placed; drag it to the top-right field.
  await page.getByRole('tab', { name: 'Makt og interesse' }).click();
  const navChip = page.getByRole('button', { name: /^NAV: / });
  await expect(page.getByRole('group', { name: 'Ikke plassert ennå' }).getByRole('button', { name: /^NAV: / })).toBeVisible();
  const keyPlayers = page.getByRole('group', { name: /Nøkkelpersoner som må engasjeres/ });
  await dragMouse(page, await centreOf(page, navChip), await centreOf(page, keyPlayers));
  await expect(keyPlayers.getByRole('button', { name: 'NAV: innflytelse Høy, interesse Høy' })).toBeVisible();
  // And the keyboard moves it one field down: medium influence.
  await keyPlayers.getByRole('button', { name: /^NAV: / }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'NAV: innflytelse Middels, interesse Høy' })).toBeFocused();

  // The table shows the grid's move: the same record.
  await page.getByRole('tab', { name: 'Interessentanalyse' }).click();
  await expect(navRow.getByRole('gridcell').nth(4)).toHaveText('M – Middels');
  await expect(navRow.getByRole('gridcell').nth(5)).toHaveText('H – Høy');

  await expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();
  await page.reload();
  await page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name: /^Aktører rundt brukeren – Fosen/ }).click();

  // After the reload: the map, its relation, the table and the grid as they were.
  await page.getByRole('tab', { name: 'Kart' }).click();
  for (const name of ['Bruker', 'NAV', 'Fastlege', 'Politi', 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)']) {
    await expect(onMap(page).getByRole('button', { name })).toBeVisible();
  }
  await expect(onMap(page).getByRole('listitem')).toHaveCount(5);
  const after = panel(page).getByRole('region', { name: 'Relasjoner' });
  await expect(after.getByRole('combobox', { name: 'Type for NAV – Fastlege' })).toHaveValue('formal');
  await expect(after.getByRole('textbox', { name: 'Etikett for NAV – Fastlege' })).toHaveValue('Samarbeidsavtale');

  await page.getByRole('tab', { name: 'Interessentanalyse' }).click();
  const navAfter = page.getByRole('grid', { name: 'Interessentanalyse' }).getByRole('row').filter({ hasText: 'NAV' });
  await expect(navAfter.getByRole('gridcell').nth(2)).toHaveText('Arbeid og økonomi for brukeren');
  await expect(navAfter.getByRole('gridcell').nth(3)).toHaveText('A');
  await page.getByRole('tab', { name: 'Makt og interesse' }).click();
  await expect(page.getByRole('button', { name: 'NAV: innflytelse Middels, interesse Høy' })).toBeVisible();
});

test('the registry: merge two duplicates, and a delete warns where the actor is used', async ({ page }) => {
  await newMap(page, 'Registerprøve', 'Aktørkart');
  await page.getByRole('button', { name: 'Aktører', exact: true }).click();

  // A duplicate typed by hand.
  await page.getByRole('button', { name: 'Ny aktør' }).click();
  const editor = page.getByRole('dialog', { name: /^Rediger/ });
  await editor.getByRole('textbox', { name: 'Navn', exact: true }).fill('Stjørdal DPS');
  await editor.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Spesialisthelsetjeneste' });
  await editor.getByRole('textbox', { name: 'Strategi' }).fill('Forankring lokalt');
  await editor.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn: Stjørdal DPS', exact: true })).toBeVisible();

  // Merge it into the catalogue's DPS, which is on the map.
  await page.getByRole('button', { name: 'Slå sammen «Stjørdal DPS» med en annen aktør' }).click();
  const merge = page.getByRole('dialog', { name: /^Slå sammen/ });
  await merge.getByRole('combobox', { name: 'Behold denne aktøren' }).selectOption({ label: 'Distriktspsykiatrisk senter (DPS)' });
  await merge.getByRole('button', { name: 'Slå sammen' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn: Stjørdal DPS', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rediger «Distriktspsykiatrisk senter (DPS)»' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Strategi' })).toHaveValue('Forankring lokalt');
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();

  // Rename once: the map shows the new name.
  const name = page.getByRole('textbox', { name: 'Navn: Distriktspsykiatrisk senter (DPS)', exact: true });
  await name.fill('Fosen DPS');
  await name.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Navn: Fosen DPS', exact: true })).toBeVisible();

  // Deleting NAV says where it is used first.
  await page.getByRole('button', { name: 'Slett «NAV»' }).click();
  const warning = page.getByRole('dialog', { name: 'Slette «NAV»?' });
  await expect(warning.getByText('«NAV» er brukt her, og blir borte derfra:')).toBeVisible();
  await expect(warning.getByRole('listitem')).toHaveText(['«Aktørkart» (Aktørkart): på kartet']);
  await warning.getByRole('button', { name: 'Slett aktøren' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn: NAV', exact: true })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name: /^Aktørkart/ }).click();
  const mirror = onMap(page);
  await expect(mirror.getByRole('button', { name: 'Fosen DPS' })).toBeVisible();
  await expect(mirror.getByRole('button', { name: 'NAV' })).toHaveCount(0);

  // One undo brings NAV back, on the map too.
  await page.keyboard.press('Control+z');
  await expect(mirror.getByRole('button', { name: 'NAV' })).toBeVisible();
});

test('chips read aloud as their actors, and Backspace in the panel never deletes the chip selected on the map', async ({ page }) => {
  await newMap(page, 'Aktørkart Fosen', 'Aktører – tastatur');
  const items = page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');
  const nav = items.filter({ hasText: /^Aktør: NAV \(/ });
  await expect(nav).toHaveCount(1);
  const count = await items.count();

  await nav.focus();
  await expect(nav).toHaveAttribute('aria-current', 'true');
  await onMap(page).getByRole('button', { name: 'NAV', exact: true }).focus();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(count);
  await expect(onMap(page).getByRole('button', { name: 'NAV', exact: true })).toBeVisible();

  // With the board's keyboard, Delete takes the chip off the map.
  await nav.focus();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(count - 1);
  await expect(onMap(page).getByRole('button', { name: 'NAV', exact: true })).toHaveCount(0);

  // Presented from the stakeholder table, the room sees the map alone: no tabs, no panel.
  await page.getByRole('tab', { name: 'Interessentanalyse' }).click();
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: /^Presentasjon:/ })).toBeVisible();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Kart' })).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: 'Interessentanalyse' })).toHaveAttribute('aria-selected', 'true');
});

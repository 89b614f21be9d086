import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { categoryStyle } from '../../shared/actors/categories.ts';

/** A "#rrggbb" colour as the browser reports a computed one. */
function cssColour(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** A new workshop with one HUKI board from the template «Samhandlingsprosjekt», named, shown. */
async function newMatrix(page: Page, title: string, name: string) {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(page).toHaveTitle(new RegExp(`^${title}`));
  await page.getByRole('button', { name: 'Ny tavle', exact: true }).click();
  await page.getByRole('button', { name: 'Ny tavle: HUKI-matrise' }).click();
  const nameField = page.getByRole('textbox', { name: 'Navn på tavlen' });
  await nameField.fill(name);
  await nameField.press('Enter');
  await expect(grid(page)).toBeVisible();
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'HUKI-matrisen: redigering og sjekker' });
const grid = (page: Page) => page.getByRole('grid', { name: 'HUKI-matrise: oppgaver mot aktører' });
const cell = (page: Page, task: string, actor: string) => grid(page).getByRole('gridcell', { name: new RegExp(`^${escape(task)} – ${escape(actor)}: `) });
const findings = (page: Page) => panel(page).getByRole('region', { name: 'Sjekker' });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const KARTLEGGE = 'Kartlegge eksisterende tjenester og tilbud';
const PUSLESPILL = 'Lage puslespillet SAMMEN';

test('keyboard editing: letters, movement, clearing, renaming and moving rows, saved and reloaded', async ({ page }) => {
  await newMatrix(page, 'HUKI Fosen', 'Roller og ansvar – Fosen');

  // The template: the six activities, the seeds' tasks, the usual actors as columns; all empty.
  for (const actor of ['Psykisk helse- og rustjeneste', 'Fastlege', 'NAV', 'Distriktspsykiatrisk senter (DPS)', 'Bruker']) {
    await expect(grid(page).getByRole('columnheader', { name: actor, exact: true })).toBeVisible();
  }
  await expect(grid(page).getByRole('rowheader', { name: 'Definer samarbeidsmodell' })).toBeVisible();
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveAccessibleName(`${KARTLEGGE} – NAV: tom`);
  // Nothing said yet, nothing flagged (issue 16): a row's findings wait until it has letters.
  await expect(findings(page).getByRole('button', { name: new RegExp(`«${KARTLEGGE}»`) })).toHaveCount(0);
  await expect(findings(page).getByRole('status')).toHaveText('Sjekkene starter når en oppgave har fått bokstaver.');

  // Type letters: H in the municipal column, move right, U for the GP, Tab on, K for NAV.
  await cell(page, KARTLEGGE, 'Psykisk helse- og rustjeneste').focus();
  await page.keyboard.press('h');
  await expect(findings(page).getByRole('button', { name: `Ingen utførende (U) for «${KARTLEGGE}»` })).toBeVisible();
  await expect(cell(page, KARTLEGGE, 'Psykisk helse- og rustjeneste')).toHaveAccessibleName(`${KARTLEGGE} – Psykisk helse- og rustjeneste: H, Hovedansvarlig`);
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, KARTLEGGE, 'Fastlege')).toBeFocused();
  await page.keyboard.press('u');
  await page.keyboard.press('Tab');
  await expect(cell(page, KARTLEGGE, 'NAV')).toBeFocused();
  await page.keyboard.press('k');
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('K');
  // RACI keys work too: R is U.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(cell(page, KARTLEGGE, 'Distriktspsykiatrisk senter (DPS)')).toHaveText('U');
  // The task now has its H and U: its findings are gone.
  await expect(findings(page).getByRole('button', { name: new RegExp(`«${KARTLEGGE}»`) })).toHaveCount(0);

  // Down to the puzzle task: Space cycles empty → H → U, Delete clears.
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, PUSLESPILL, 'Distriktspsykiatrisk senter (DPS)')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(cell(page, PUSLESPILL, 'Distriktspsykiatrisk senter (DPS)')).toHaveText('U');
  await page.keyboard.press('Delete');
  await expect(cell(page, PUSLESPILL, 'Distriktspsykiatrisk senter (DPS)')).toHaveText('');
  await page.keyboard.press('i');

  // Home goes to the task's name; Enter renames it in place.
  await page.keyboard.press('Home');
  await expect(grid(page).getByRole('rowheader', { name: PUSLESPILL })).toBeFocused();
  await page.keyboard.press('Enter');
  const nameField = grid(page).getByRole('textbox', { name: 'Navn på oppgaven' });
  await nameField.fill('Lage puslespillet «SAMMEN» for Fosen');
  await nameField.press('Enter');
  const renamed = grid(page).getByRole('rowheader', { name: 'Lage puslespillet «SAMMEN» for Fosen' });
  await expect(renamed).toBeFocused();

  // Alt+Up moves the row above «Kartlegge …», letters along.
  await page.keyboard.press('Alt+ArrowUp');
  const names = await grid(page).getByRole('rowheader').allInnerTexts();
  const at = (text: string) => names.findIndex((n) => n.includes(text));
  expect(at('Lage puslespillet «SAMMEN» for Fosen')).toBeLessThan(at(KARTLEGGE));
  await expect(cell(page, 'Lage puslespillet «SAMMEN» for Fosen', 'Distriktspsykiatrisk senter (DPS)')).toHaveText('I');

  // The canvas draws the matrix as one item the canvas knows.
  await expect(page.getByTestId('canvas')).toBeVisible();

  // Undo (Ctrl+Z) takes back the move; redo puts it back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => {
    const list = await grid(page).getByRole('rowheader').allInnerTexts();
    return list.findIndex((n) => n.includes('for Fosen')) > list.findIndex((n) => n.includes(KARTLEGGE));
  }).toBe(true);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => {
    const list = await grid(page).getByRole('rowheader').allInnerTexts();
    return list.findIndex((n) => n.includes('for Fosen')) < list.findIndex((n) => n.includes(KARTLEGGE));
  }).toBe(true);

  // Insert adds a task below, named in place; Ctrl+Delete deletes it again.
  await grid(page).getByRole('rowheader', { name: 'Lage puslespillet «SAMMEN» for Fosen' }).focus();
  await page.keyboard.press('Insert');
  const newName = grid(page).getByRole('textbox', { name: 'Navn på oppgaven' });
  await expect(newName).toHaveValue('Ny oppgave');
  await newName.fill('Avklare ansvar for Raarvihke – Røyrvik');
  await newName.press('Enter');
  const added = grid(page).getByRole('rowheader', { name: 'Avklare ansvar for Raarvihke – Røyrvik' });
  await expect(added).toBeFocused();
  await page.keyboard.press('Control+Delete');
  await expect(added).toHaveCount(0);

  await saved(page);
  await page.reload();
  await page.getByRole('button', { name: /^Roller og ansvar – Fosen/ }).click();
  await expect(cell(page, KARTLEGGE, 'Psykisk helse- og rustjeneste')).toHaveText('H');
  await expect(cell(page, KARTLEGGE, 'Fastlege')).toHaveText('U');
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('K');
  await expect(cell(page, 'Lage puslespillet «SAMMEN» for Fosen', 'Distriktspsykiatrisk senter (DPS)')).toHaveText('I');
  const after = await grid(page).getByRole('rowheader').allInnerTexts();
  expect(after.findIndex((n) => n.includes('for Fosen'))).toBeLessThan(after.findIndex((n) => n.includes(KARTLEGGE)));
});

test('RACI letters as a board setting, the overload threshold, and a finding that takes you to its row', async ({ page }) => {
  await newMatrix(page, 'HUKI RACI', 'Roller');
  await cell(page, KARTLEGGE, 'NAV').focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('u');
    await page.keyboard.press('ArrowDown');
  }
  await panel(page).getByRole('radio', { name: 'RACI (engelsk)' }).check();
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveAccessibleName(`${KARTLEGGE} – NAV: R, Responsible`);
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('R');
  await expect(panel(page).getByRole('listitem', { name: 'A = Accountable (hovedansvarlig)' })).toBeVisible();

  // Three R for NAV: over a threshold of 2, not over 3.
  const threshold = panel(page).getByRole('spinbutton', { name: 'Overbelastet ved flere R enn' });
  await threshold.fill('2');
  const overload = findings(page).getByRole('button', { name: '«NAV» er utførende (R) på 3 oppgaver – mer enn 2' });
  await expect(overload).toBeVisible();
  await threshold.fill('3');
  await expect(overload).toHaveCount(0);

  // A finding names its row and takes the keyboard there (a row is checked once it has a letter).
  await cell(page, 'Gevinstrealiseringsplan', 'NAV').focus();
  await page.keyboard.press('k');
  await findings(page).getByRole('button', { name: 'Ingen hovedansvarlig (A) for «Gevinstrealiseringsplan»' }).click();
  await expect(grid(page).getByRole('rowheader', { name: 'Gevinstrealiseringsplan' })).toBeFocused();
  // An actor without letters is named too, and the finding goes to its column head.
  await findings(page).getByRole('button', { name: '«Statsforvalteren» har ingen bokstaver – hører aktøren hjemme i matrisen?' }).click();
  await expect(grid(page).getByRole('columnheader', { name: 'Statsforvalteren' })).toBeFocused();
});

test('a click selects a cell and a second click or a key changes it; renaming an actor in the registry renames the matrix column', async ({ page }) => {
  await newMatrix(page, 'HUKI navn', 'Roller');
  // As in a spreadsheet (issue 16): a click selects a cell without changing it, a second click on
  // the selected cell cycles its letter, and a letter or Space typed there changes it too.
  await cell(page, KARTLEGGE, 'NAV').click();
  await expect(cell(page, KARTLEGGE, 'NAV')).toBeFocused();
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('');
  await cell(page, KARTLEGGE, 'NAV').click();
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('H');
  await cell(page, KARTLEGGE, 'Fastlege').click();
  await expect(cell(page, KARTLEGGE, 'Fastlege')).toHaveText('');
  await page.keyboard.press('k');
  await expect(cell(page, KARTLEGGE, 'Fastlege')).toHaveText('K');
  await page.keyboard.press('Space');
  await expect(cell(page, KARTLEGGE, 'Fastlege')).toHaveText('I');
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('H');

  await page.getByRole('button', { name: 'Aktører', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Navn: NAV', exact: true });
  await name.fill('NAV Fosen');
  await name.press('Enter');
  await page.getByRole('button', { name: /^Roller/ }).click();

  await expect(grid(page).getByRole('columnheader', { name: 'NAV Fosen', exact: true })).toBeVisible();
  await expect(grid(page).getByRole('columnheader', { name: 'NAV', exact: true })).toHaveCount(0);
  await expect(cell(page, KARTLEGGE, 'NAV Fosen')).toHaveText('H');
});

test('columns and rows: add a new actor, reorder by dragging, add and delete a phase, remove a column', async ({ page }) => {
  await newMatrix(page, 'HUKI kolonner', 'Roller');
  const heads = () => grid(page).getByRole('columnheader').allInnerTexts();

  await panel(page).getByRole('button', { name: 'Legg til aktør' }).click();
  await panel(page).getByRole('textbox', { name: 'Eller en ny aktør' }).fill('Ungdomsrådet i Snåase – Snåsa');
  await panel(page).getByRole('button', { name: 'Legg til kolonnen' }).click();
  await expect(grid(page).getByRole('columnheader', { name: 'Ungdomsrådet i Snåase – Snåsa' })).toBeVisible();

  // Drag NAV's head onto the first actor column: NAV comes first.
  await grid(page).getByRole('columnheader', { name: 'NAV', exact: true }).dragTo(grid(page).getByRole('columnheader', { name: 'Administrativ ledelse', exact: true }));
  await expect.poll(async () => (await heads())[1]).toContain('NAV');
  await expect.poll(async () => (await heads())[2]).toContain('Administrativ ledelse');

  // Drag a task onto its neighbour: it takes that place. Then one from the next phase into this one.
  const rowOrder = () => grid(page).getByRole('rowheader').allInnerTexts();
  const before = (a: string, b: string) => async () => {
    const rows = await rowOrder();
    return rows.findIndex((r) => r.includes(a)) < rows.findIndex((r) => r.includes(b));
  };
  await grid(page).getByRole('rowheader', { name: PUSLESPILL }).dragTo(grid(page).getByRole('rowheader', { name: KARTLEGGE }));
  await expect.poll(before(PUSLESPILL, KARTLEGGE)).toBe(true);
  await grid(page).getByRole('rowheader', { name: 'Enes om felles samhandlingsmodell' }).dragTo(grid(page).getByRole('rowheader', { name: KARTLEGGE }));
  await expect.poll(before('Enes om felles samhandlingsmodell', KARTLEGGE)).toBe(true);
  await expect.poll(before('Enes om felles samhandlingsmodell', 'Definer samarbeidsmodell')).toBe(true);

  // A new phase comes with a first task, its name ready to type over; deleting it offers undo.
  await panel(page).getByRole('button', { name: 'Ny fase' }).click();
  const phaseName = grid(page).getByRole('textbox', { name: 'Navn på fasen' });
  await expect(phaseName).toBeFocused();
  await phaseName.fill('Følge opp i Ørland');
  await phaseName.press('Enter');
  await expect(grid(page).getByRole('rowheader', { name: 'Følge opp i Ørland' })).toBeFocused();
  await page.keyboard.press('Control+Delete');
  await expect(grid(page).getByRole('rowheader', { name: 'Følge opp i Ørland' })).toHaveCount(0);
  await expect(page.getByText('Fasen «Følge opp i Ørland» ble slettet med oppgavene.')).toBeVisible();

  await grid(page).getByRole('columnheader', { name: 'Bruker', exact: true }).hover();
  await grid(page).getByRole('button', { name: 'Fjern kolonnen «Bruker» fra matrisen' }).click();
  await expect(grid(page).getByRole('columnheader', { name: 'Bruker', exact: true })).toHaveCount(0);
});

test('CSV: export for Excel (BOM, semicolons), a bad file is refused line by line, a good one added or replacing, new actors’ category asked', async ({ page, host }) => {
  await newMatrix(page, 'HUKI CSV', 'Roller; og ansvar');
  await cell(page, KARTLEGGE, 'NAV').click();
  await page.keyboard.press('h');

  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('button', { name: 'Eksporter CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Roller; og ansvar.csv');
  const path = join(host.folder, 'eksport.csv');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toBe('Fase;Oppgave;Administrativ ledelse;Psykisk helse- og rustjeneste;Fastlege;NAV;Distriktspsykiatrisk senter (DPS);Bruker;Mental Helse;Statsforvalteren');
  expect(text).toContain(`Involver relevante aktører;${KARTLEGGE};;;;H;;;;\r\n`);

  // A damaged file: nothing is imported, every bad line is named.
  const bad = join(host.folder, 'feil.csv');
  writeFileSync(bad, '\uFEFFFase;Oppgave;NAV;Ungdomsrådet\r\nForberede;Kartlegge;H;X\r\nForberede;;U;\r\n');
  // One way in for everyone: the hidden file input is not a second "Importer CSV …" button (issue 16).
  await expect(panel(page).getByRole('button', { name: 'Importer CSV …' })).toHaveCount(1);
  await panel(page).getByTestId('huki-csv-file').setInputFiles(bad);
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('«feil.csv» ble ikke importert');
  await expect(alert).toContainText('Linje 2, kolonnen «Ungdomsrådet»: «X» er ikke en av bokstavene');
  await expect(alert).toContainText('Linje 3: bokstaver uten oppgave');
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('H');

  // A good file written by hand, with commas and a new actor whose name holds a semicolon.
  const good = join(host.folder, 'ny.csv');
  writeFileSync(good, 'Fase,Oppgave,NAV,"Ungdomsrådet; Fosen"\r\nFølge opp,Månedlige dialogmøter,h,u\r\n');
  await panel(page).getByTestId('huki-csv-file').setInputFiles(good);
  await expect(alert).toHaveCount(0);
  // Nothing changes before the room chooses (issue 16): add to the matrix, or replace it; and the
  // new actor's category is asked for.
  const preview = panel(page).getByRole('group', { name: /«ny\.csv» kan importeres/ });
  await expect(preview).toContainText('Oppgaver i filen: 1');
  await expect(grid(page).getByRole('rowheader', { name: KARTLEGGE })).toBeVisible();
  await preview.getByRole('combobox', { name: 'Kategori for «Ungdomsrådet; Fosen»' }).selectOption({ label: 'Bruker- og frivillige organisasjoner' });
  await preview.getByRole('button', { name: 'Legg til i matrisen (slå sammen like oppgaver)' }).click();
  await expect(cell(page, 'Månedlige dialogmøter', 'Ungdomsrådet; Fosen')).toHaveText('U');
  await expect(cell(page, 'Månedlige dialogmøter', 'NAV')).toHaveText('H');
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('H');
  // The message about the import does not cover "Eksporter CSV" (issue 16): it can still be clicked.
  await expect(page.getByText(/Importerte 1 oppgaver? fra «ny\.csv»/)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Eksporter CSV' }).click({ trial: true, timeout: 5000 });
  await expect(grid(page).getByRole('columnheader', { name: 'Ungdomsrådet; Fosen' })).toHaveCSS('background-color', cssColour(categoryStyle('userOrg').fill));
  // Undo (the message's button) takes the whole import back, the new column too.
  await page.getByRole('button', { name: 'Angre', exact: true }).click();
  await expect(grid(page).getByRole('rowheader', { name: 'Månedlige dialogmøter', exact: true })).toHaveCount(0);
  await expect(cell(page, KARTLEGGE, 'NAV')).toHaveText('H');

  // Replacing: the same file, the whole matrix goes.
  await panel(page).getByTestId('huki-csv-file').setInputFiles(good);
  await preview.getByRole('button', { name: 'Erstatt hele matrisen' }).click();
  await expect(cell(page, 'Månedlige dialogmøter', 'NAV')).toHaveText('H');
  await expect(grid(page).getByRole('rowheader', { name: KARTLEGGE })).toHaveCount(0);
  await saved(page);
});

test('the example workshop has a filled matrix whose checks point at the GPs’ task and Stjørdal', async ({ page }) => {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await page.getByRole('button', { name: /^Roller og ansvar/ }).click();
  await expect(cell(page, 'Sette sammen forbedringsteamet', 'Administrativ ledelse i kommunene')).toHaveText('H');
  await expect(findings(page).getByRole('listitem')).toHaveCount(2);
  await findings(page).getByRole('button', { name: /Ingen hovedansvarlig \(H\) for «Involvere fastlegene/ }).click();
  await expect(grid(page).getByRole('rowheader', { name: 'Involvere fastlegene via praksiskonsulentordningen (PKO)' })).toBeFocused();
  await expect(findings(page).getByRole('button', { name: '«Psykisk helse og rus, Stjørdal» er utførende (U) på 9 oppgaver – mer enn 5' })).toBeVisible();
});

/** Where a point of the matrix (natural units from its top-left) is on the screen now. */
async function matrixPointOnScreen(page: Page, local: { x: number; y: number }) {
  const entry = page.getByRole('list', { name: /Elementer på tavla/ }).locator('[data-type="hukiMatrix"]');
  const item = { x: Number(await entry.getAttribute('data-x')), y: Number(await entry.getAttribute('data-y')), w: Number(await entry.getAttribute('data-w')) };
  return page.evaluate(
    ({ item, local }) => {
      const konva = (window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number; container(): HTMLElement }[] } }).Konva;
      const stage = konva.stages[0]!;
      const r = stage.container().getBoundingClientRect();
      // A fresh matrix is drawn at scale 1 (its width is its natural width).
      const p = { x: item.x + local.x, y: item.y + local.y };
      return { x: r.left + stage.x() + p.x * stage.scaleX(), y: r.top + stage.y() + p.y * stage.scaleX() };
    },
    { item, local },
  );
}

test('on the canvas: a click selects a cell, a second click cycles its letter, the matrix reads aloud by its size, and panel keys stay in the panel', async ({ page }) => {
  await newMatrix(page, 'HUKI Fosen', 'Roller og ansvar – Fosen');
  const items = page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');
  // The accessible list names the matrix by its size, not by its type's id.
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveText(/^HUKI-matrise: \d+ oppgaver, \d+ aktører/);

  // The first task's row and the first actor's column, as the grid lists them.
  // (Row headers: the phase, then its tasks; column headers: the corner, then the actors.)
  const task = (await grid(page).getByRole('rowheader').nth(1).getAttribute('aria-label'))!;
  const actor = (await grid(page).getByRole('columnheader').nth(1).getAttribute('aria-label'))!;
  await expect(cell(page, task, actor)).toHaveText('');

  // The matrix's geometry (shared/kinds/huki/layout.ts): header 170, task column 620, columns
  // 170 wide, a phase row of 60 and task rows of 84. The first cell of the first task:
  const first = await matrixPointOnScreen(page, { x: 620 + 85, y: 170 + 60 + 42 });
  // A click selects the cell (the grid's focus goes there), a second click cycles its letter.
  await page.mouse.click(first.x, first.y);
  await expect(cell(page, task, actor)).toBeFocused();
  await expect(cell(page, task, actor)).toHaveText('');
  await page.mouse.click(first.x, first.y);
  await expect(cell(page, task, actor)).toHaveText('H');
  await page.mouse.click(first.x, first.y);
  await expect(cell(page, task, actor)).toHaveText('U');
  // Clicking cells is editing the matrix, not selecting it: no selection handles over the room's picture.
  await expect(items.first()).not.toHaveAttribute('aria-current', 'true');

  // With the matrix selected, Delete and Backspace on a finding's button leave it on the board.
  await items.first().focus();
  await expect(items.first()).toHaveAttribute('aria-current', 'true');
  const finding = findings(page).getByRole('button').first();
  await finding.focus();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(1);
  // On the board, Delete does delete it.
  await items.first().focus();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(0);
});

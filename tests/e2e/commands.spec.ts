import { test, expect } from './fixtures.ts';

/*
 * The commands come from one manifest, registered at start-up by one composition root: the
 * shortcut list, the tooltips and a board kind's own tool all work before anything registers
 * itself by being shown.
 */
test('the shortcut list, the tooltips and a kind\'s tool come from the one manifest', async ({ page }) => {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Snarveier');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: SAMMEN-puslespillet' }).click();
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');

  // The puzzle's own tool is a registered command: its toolbar button picks it.
  const toolbar = page.getByRole('toolbar', { name: 'Verktøy' });
  const piece = toolbar.getByRole('button', { name: 'Brikke', exact: true });
  await piece.click();
  await expect(piece).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('V');
  await expect(piece).toHaveAttribute('aria-pressed', 'false');

  // The tooltips show the manifest's keys.
  await expect(page.getByRole('button', { name: 'Zoom ut' })).toHaveAttribute('title', 'Zoom ut (-)');
  await expect(page.getByRole('button', { name: 'Tilpass til vinduet' })).toHaveAttribute('title', 'Tilpass til vinduet (Shift+1)');
  await expect(page.getByRole('button', { name: /^Eksporter/ })).toHaveAttribute('title', /\(Ctrl\+E\)$/);

  // F1 opens the list of every command with a key, from the registry.
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Tastatursnarveier' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Eksporter …/ })).toContainText('Ctrl+E');
  await expect(dialog.getByRole('row', { name: /Start presentasjon/ })).toContainText('F5');
  await page.screenshot({ path: 'test-results/shortcuts-dialog-1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/shortcuts-dialog-1366.png' });
});

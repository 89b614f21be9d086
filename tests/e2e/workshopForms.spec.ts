import { test, expect } from './fixtures.ts';

/** The workshop's own forms and frame: dates in the app's language, the sidebar on a small screen. */

test.describe.configure({ timeout: 180_000 });

test('dates are typed as dd.mm.åååå; at 1366×768 with five boards «Detaljer» and «Aktører» stay on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Samling Fosen');
  const first = page.getByRole('textbox', { name: 'Dato for samling 1' });
  await expect(first).toHaveAttribute('placeholder', 'dd.mm.åååå');
  await first.fill('31.02.2026');
  await first.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Ikke en dato' })).toBeVisible();
  await expect(first).toHaveValue('31.02.2026');
  await first.fill('24.3.2026');
  await first.press('Tab');
  await expect(first).toHaveValue('24.03.2026');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();

  // Five boards: the list is long, the sections under it stay in view.
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Ny tavle', exact: true }).click();
    await page.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
    await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');
  }
  await expect(page.getByRole('navigation', { name: 'Tavler' }).getByRole('listitem')).toHaveCount(5);
  for (const name of ['Detaljer', 'Aktører']) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.y + box.height, name).toBeLessThanOrEqual(768);
    expect(box.y, name).toBeGreaterThanOrEqual(0);
  }
  await page.screenshot({ path: '/tmp/i16a-shots/sidebar-1366.png' });

  // The gathering's date in the details, written the Norwegian way.
  await page.getByRole('button', { name: 'Detaljer', exact: true }).click();
  await expect(page.getByRole('textbox', { name: /^Dato: / }).first()).toHaveValue('24.03.2026');
});

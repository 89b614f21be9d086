import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary } from './electronBinary.ts';

const root = resolve(import.meta.dirname, '../..');
const mainEntry = join(root, 'out/main/index.js');
const title = 'Forbedringsteam Stjørdal – øvelse';
const NO_BINARY = 'Electron binary not present on this machine (it downloads on first run, with `npm start`; this environment has no internet) — skipped, not faked';

/*
 * The desktop app itself, everything that has only run in Chromium against the browser host so
 * far: create, export through the native save dialog, the presenter window, Om Samkart and its
 * log file, and after a restart reopening from the recent list onto the board that was showing.
 * The native dialogs can't be clicked by a test, so the main process answers them (app.evaluate).
 */

// The dev server address must not leak in from the environment: test the built app.
const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k !== 'ELECTRON_RENDERER_URL' && v !== undefined)) as Record<string, string>;

function launch(binary: string, userData: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary,
    args: [mainEntry, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env,
  });
}

/** Every native save dialog from now on answers with this path. */
async function answerSaveDialogs(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as unknown as typeof dialog.showSaveDialog;
  }, path);
}

const logText = (userData: string) => {
  const logs = join(userData, 'logs');
  return existsSync(logs) ? readdirSync(logs).map((f) => readFileSync(join(logs, f), 'utf8')).join('') : '';
};

const boardPicks = (window: Page) => window.getByRole('navigation', { name: 'Tavler' }).locator('button.board-pick');

test('creates, exports, presents, tells about itself, and after a restart reopens on the same board', async () => {
  const binary = electronBinary();
  test.skip(!binary, NO_BINARY);
  if (!binary) return;
  expect(existsSync(mainEntry), 'build first: npm run build').toBe(true);

  const userData = mkdtempSync(join(tmpdir(), 'samkart-electron-'));
  const target = join(userData, `${title}.samkart`);
  const png = join(userData, 'Tavle.png');
  let app: ElectronApplication | null = null;
  try {
    app = await launch(binary, userData);
    let window = await app.firstWindow();

    // Om Samkart: Electron's versions, the settings folder, the log file and Vis loggfil.
    await window.getByRole('button', { name: 'Om Samkart' }).click();
    const about = window.getByRole('dialog', { name: 'Om Samkart' });
    await expect(about.getByText(/^Electron \d+\.\d+\.\d+, Chromium [\d.]+, Node\.js [\d.]+$/)).toBeVisible();
    await expect(about.getByText(userData, { exact: true })).toBeVisible();
    await expect(about.getByText(join(userData, 'logs', 'samkart.log'), { exact: true })).toBeVisible();
    await expect(about.getByRole('button', { name: 'Vis loggfil' })).toBeVisible();
    await expect(about.getByRole('region', { name: 'Lisenser' }).getByRole('row', { name: /Atkinson Hyperlegible Next/ })).toBeVisible();
    await about.getByRole('button', { name: 'Lukk' }).click();

    // Create: the native save dialog, answered in the main process.
    await answerSaveDialogs(app, target);
    await window.getByRole('button', { name: 'Nytt verksted', exact: true }).click();
    await window.getByRole('textbox', { name: 'Tittel', exact: true }).fill(title);
    await window.getByRole('button', { name: 'Opprett verksted', exact: true }).click();
    await expect.poll(() => window.title()).toContain(title);
    expect(existsSync(target)).toBe(true);

    // A second board, and it is the one showing.
    await window.getByRole('button', { name: 'Ny tavle' }).click();
    await window.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
    const nameField = window.getByRole('textbox', { name: 'Navn på tavlen' });
    await nameField.fill('Aktører i Stjørdal');
    await nameField.press('Enter');
    const second = boardPicks(window).filter({ hasText: 'Aktører i Stjørdal' });
    await second.click();
    await expect(second).toHaveAttribute('aria-current', 'page');

    // Export a PNG through the native save dialog: a real PNG lands where the dialog said.
    await answerSaveDialogs(app, png);
    await window.getByRole('banner').getByRole('button', { name: 'Eksporter', exact: true }).click();
    const exportDialog = window.getByRole('dialog', { name: 'Eksporter' });
    await exportDialog.getByRole('radio', { name: 'En tavle som bilde' }).check();
    await exportDialog.getByRole('radio', { name: /^PNG/ }).check();
    await exportDialog.getByRole('button', { name: 'Eksporter', exact: true }).click();
    await expect(window.getByRole('status').filter({ hasText: 'Eksportert til «Tavle.png».' }).first()).toBeVisible();
    expect(readFileSync(png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    // The presenter window, opened on request (one screen): the main process makes it.
    await window.getByRole('button', { name: 'Fasilitering' }).click();
    const presenterOpened = app.waitForEvent('window');
    await window.getByRole('button', { name: 'Åpne presentatørvisning' }).click();
    const presenter = await presenterOpened;
    await expect.poll(() => presenter.title()).toMatch(/^Presentatørvisning/);
    await presenter.close();

    await app.close();
    app = null;
    // The log says what happened, never what the workshop says.
    const log = logText(userData);
    expect(log).toMatch(/app\.start version=/);
    expect(log).toMatch(/api\.call method=createWorkshop outcome=ok/);
    expect(log).not.toContain('Stjørdal');

    // Restart: reopen from the recent list, onto the board that was showing.
    app = await launch(binary, userData);
    window = await app.firstWindow();
    await window.getByRole('button', { name: `Åpne «${title}»`, exact: true }).click();
    await expect.poll(() => window.title()).toContain(title);
    await expect(boardPicks(window).filter({ hasText: 'Aktører i Stjørdal' })).toHaveAttribute('aria-current', 'page');
    // The window came back where it was (window.json written on close).
    expect(existsSync(join(userData, 'window.json'))).toBe(true);
  } finally {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  }
});

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from './electronBinary.ts';

const mainEntry = resolve(import.meta.dirname, '../../out/main/index.js');
const title = 'Forbedringsteam Stjørdal – øvelse';

test('creates a workshop, and after a restart reopens it from the recent list', async () => {
  const binary = electronBinary();
  test.skip(!binary, 'Electron binary not present on this machine (it downloads on first run; this environment has no internet) — skipped, not faked');
  if (!binary) return;
  expect(existsSync(mainEntry), 'build first: npx electron-vite build').toBe(true);

  const userData = mkdtempSync(join(tmpdir(), 'samkart-electron-'));
  const target = join(userData, `${title}.samkart`);
  // The dev server address must not leak in from the environment: test the built app.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k !== 'ELECTRON_RENDERER_URL' && v !== undefined)) as Record<string, string>;
  const launch = () =>
    electron.launch({
      executablePath: binary,
      args: [mainEntry, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env,
    });

  let app: ElectronApplication | null = null;
  try {
    app = await launch();
    // The native save dialog can't be clicked by a test: answer it in the main process instead.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as unknown as typeof dialog.showSaveDialog;
    }, target);
    let window = await app.firstWindow();
    await window.getByRole('button', { name: 'Nytt verksted', exact: true }).click();
    await window.getByRole('textbox', { name: 'Tittel', exact: true }).fill(title);
    await window.getByRole('button', { name: 'Opprett verksted', exact: true }).click();
    await expect.poll(() => window.title()).toContain(title);
    expect(existsSync(target)).toBe(true);
    await app.close();
    app = null;

    app = await launch();
    window = await app.firstWindow();
    await window.getByRole('button', { name: `Åpne «${title}»`, exact: true }).click();
    await expect.poll(() => window.title()).toContain(title);
  } finally {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  }
});

import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { fontLicences, libraryLicences } from '../../electron/main/licences.ts';
import { CURRENT_SCHEMA_VERSION } from '../../electron/store/migrations/index.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

afterEach(cleanupFolders);
const root = resolve(import.meta.dirname, '../..');

describe('Om Samkart', () => {
  it('tells the version, the file format, where settings are, and that the browser host keeps no log', async () => {
    const profile = tempFolder();
    const { handlers, closeAll } = createHandlers(createWebPlatform(tempFolder(), profile));
    const about = await handlers.aboutInfo({ clientId: 'tab' });
    closeAll();
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string; build: { copyright: string } };
    expect(about).toMatchObject({ productName: 'Samkart', version: pkg.version, copyright: pkg.build.copyright, schemaVersion: CURRENT_SCHEMA_VERSION, settingsFolder: profile, logFile: null });
    expect(await handlers.showLogFile({ clientId: 'tab' })).toBe(false);
  });

  it('lists the licence of every shipped library and font, read from the dependencies themselves', () => {
    const libraries = libraryLicences(root);
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    // Every direct dependency, with the licence its package.json states; no devDependency.
    for (const name of Object.keys(pkg.dependencies)) {
      const own = JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(libraries).toContainEqual({ name, version: own.version, licence: own.license, kind: 'library' });
    }
    expect(libraries.some((l) => l.name === 'vitest' || l.name === 'typescript')).toBe(false);
    // Transitive ones too (react-dom brings scheduler).
    expect(libraries.some((l) => l.name === 'scheduler')).toBe(true);
    const fonts = fontLicences(resolve(root, 'resources/fonts'));
    expect(fonts.length).toBe(readdirSync(resolve(root, 'resources/fonts')).filter((f) => f.endsWith('-OFL.txt')).length);
    expect(fonts).toContainEqual(expect.objectContaining({ name: 'Atkinson Hyperlegible Next', licence: 'OFL-1.1', kind: 'font' }));
    expect(fonts.every((f) => f.copyright?.startsWith('Copyright'))).toBe(true);
  });
});

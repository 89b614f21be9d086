import { resolve } from 'node:path';
import { build, Platform } from 'electron-builder';
import { isDownloadFailure, shippedConfig, testBuildConfig } from './builderConfig.ts';
import { electronPackage } from './electronRuntime.ts';

/*
 * `npm run dist`: the installers for this OS from package.json's `build` section (Windows: NSIS
 * per user and a portable .exe; Linux: AppImage and .deb; macOS: .dmg). `--test-build` packs the
 * app unpacked, with the inspector fuse on, for the Electron end-to-end tests (see builderConfig.ts).
 * Run `electron-vite build` first (the npm scripts do).
 */

const root = resolve(import.meta.dirname, '../..');
const testBuild = process.argv.includes('--test-build');
const config = testBuild ? testBuildConfig(root) : shippedConfig(root);
// A local Electron distribution (as for npm start) is used instead of downloading one.
const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
const target = Platform.current().createTarget(testBuild ? ['dir'] : undefined);

try {
  const files = await build({ projectDir: root, targets: target, config: { ...config, ...(override ? { electronDist: override } : {}) }, publish: 'never' });
  for (const file of files) console.log(`Samkart: ${file}`);
} catch (error) {
  if (!isDownloadFailure(error)) throw error;
  const { version } = electronPackage(root);
  console.error(
    `Samkart: electron-builder could not download Electron ${version} for ${process.platform}-${process.arch} (it needs github.com, or ELECTRON_MIRROR, or ELECTRON_OVERRIDE_DIST_PATH set to an unpacked Electron ${version}; see README, "Install").`,
  );
  process.exit(2);
}

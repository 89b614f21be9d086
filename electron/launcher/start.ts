import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ensureElectronRuntime, electronPackage } from './electronRuntime.ts';

/*
 * `npm start`: make sure Electron's runtime is here (fetching it with Electron's own installer),
 * then build and open the app with electron-vite. `--runtime-only` stops after the first step
 * (the test of the offline message runs exactly that step, with --project naming a copy of the
 * project's node_modules in which the runtime is absent).
 */

// --project <dir>: the project whose node_modules to use (the offline test gives it a copy without the runtime).
const projectFlag = process.argv.indexOf('--project');
const root = projectFlag > 0 && process.argv[projectFlag + 1] ? resolve(process.argv[projectFlag + 1]!) : resolve(import.meta.dirname, '../..');
const pkg = electronPackage(root);
const runtime = ensureElectronRuntime(pkg);
if (!runtime.ok) {
  console.error(runtime.message);
  process.exit(2);
}
if (runtime.downloaded) console.log(`Samkart: Electron ${pkg.version} downloaded.`);
if (process.argv.includes('--runtime-only')) process.exit(0);

// electron-vite reads ELECTRON_EXEC_PATH before path.txt, so an ELECTRON_OVERRIDE_DIST_PATH copy works too.
const env = { ...process.env, ELECTRON_EXEC_PATH: runtime.executable };
const cli = join(dirname(createRequire(join(root, 'package.json')).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
// preview builds main, preload and renderer first, then opens the built app.
const result = spawnSync(process.execPath, [cli, 'preview'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);

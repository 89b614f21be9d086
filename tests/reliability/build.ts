import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the main process, the browser host and the preload with electron-vite (the app's own
 * config, less the renderer) into a folder of its own under tests/.tmp, so a test never reads a
 * stale `out/` and never empties the one another test or a developer is using. Inside the
 * project, so the built host still finds better-sqlite3 in node_modules. ~1 s.
 */
export function buildApp(name: string): { outDir: string; main: string; host: string; preload: string } {
  const outDir = join(root, 'tests/.tmp', name);
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', join(root, 'tests/reliability/mainOnly.config.ts'), '--outDir', outDir, '--logLevel', 'error'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const built = { outDir, main: join(outDir, 'main/index.js'), host: join(outDir, 'main/host.js'), preload: join(outDir, 'preload/index.cjs') };
  if (result.status !== 0 || !existsSync(built.main) || !existsSync(built.host)) {
    throw new Error(`electron-vite build failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout).slice(0, 2000)}`);
  }
  return built;
}

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronPackage, findElectronRuntime, installerReason, runtimeCacheFolder, runtimeZipName } from '../../../electron/launcher/electronRuntime.ts';

const root = resolve(import.meta.dirname, '../../..');
const startScript = join(root, 'electron/launcher/start.ts');
const work = mkdtempSync(join(tmpdir(), 'samkart-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A port nothing listens on: bound, noted, released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * A project whose electron package is the real one minus its runtime (no dist/, no path.txt), with
 * every other package linked from the real node_modules: Electron's own installer (install.js and
 * @electron/get) runs unchanged. So the test means the same on a machine that has the runtime.
 */
function projectWithoutRuntime(): string {
  const project = join(work, 'project');
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'electron'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(project, 'package.json'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== 'electron' && entry !== '.bin') symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  const real = electronPackage(root).dir;
  for (const file of readdirSync(real)) {
    if (file !== 'dist' && file !== 'path.txt' && file !== 'node_modules') copyFileSync(join(real, file), join(modules, 'electron', file));
  }
  return project;
}

describe('npm start: the Electron runtime step', () => {
  it('fails with one clear paragraph and a non-zero exit when the runtime is absent and cannot be downloaded', async () => {
    const project = projectWithoutRuntime();
    expect(findElectronRuntime(electronPackage(project), {})).toBeNull();
    const port = await closedPort();
    const cache = join(work, 'empty-cache');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^ELECTRON_|^electron_config_cache$/i.test(k)));
    const run = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', startScript, '--runtime-only', '--project', project], {
      env: { ...env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    const message = run.stderr.trim();
    expect(message).not.toMatch(/Electron uninstall/);
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/runtime \(version [\d.]+\) is not on this machine and could not be downloaded/);
    for (const hint of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_MIRROR', runtimeZipName(electronPackage(root).version), cache, 'npm run web']) {
      expect(message).toContain(hint);
    }
    // The real installer ran and failed; it wrote no runtime into the project.
    expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
  });

  it('names a distribution folder without an executable instead of trying to download', () => {
    const empty = join(work, 'empty-dist');
    mkdirSync(empty, { recursive: true });
    const run = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', startScript, '--runtime-only'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH holds no');
  });

  it("looks for a copied zip in the folder @electron/get's cache uses", () => {
    // @electron/get: sha256 of the download URL's folder, under the cache root.
    const folder = runtimeCacheFolder('45.4.1', { electron_config_cache: '/c' });
    expect(folder).toBe('/c/63946acb59adc73ff164033f7dbb473beec0a930781be3b30181d4eb34ef3c3c');
    expect(installerReason('RequestError: connect ECONNREFUSED 127.0.0.1:9\n    at x (y.js:1:1)')).toBe('connect ECONNREFUSED 127.0.0.1:9');
  });
});

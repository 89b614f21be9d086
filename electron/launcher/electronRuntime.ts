import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/*
 * Electron 45's npm package downloads its binary on first use, not at install time, and
 * electron-vite's preview only reads node_modules/electron/path.txt, giving up with the bare
 * "Electron uninstall" when it is missing. This finds the runtime, or fetches it with Electron's
 * own installer (the package's install.js, i.e. `install-electron`), and when that cannot work
 * says in one paragraph what the user can do. Node built-ins only: it runs before anything else.
 */

/** The installed electron package: its folder and version. */
export interface ElectronPackage {
  dir: string;
  version: string;
}

export function electronPackage(fromDir: string): ElectronPackage {
  const dir = dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

/** The executable's path inside an Electron distribution, as the electron package names it. */
export function platformExecutable(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Where the runtime is, if it is on this machine: ELECTRON_OVERRIDE_DIST_PATH (a distribution the
 * user unpacked) first, then what the electron package installed (path.txt names the executable).
 */
export function findElectronRuntime(pkg: ElectronPackage, env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const candidate = join(override, platformExecutable());
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = join(pkg.dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const candidate = join(pkg.dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(candidate) ? candidate : null;
}

/** The zip Electron's installer downloads for this machine, e.g. electron-v45.4.1-linux-x64.zip. */
export function runtimeZipName(version: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/**
 * The folder of @electron/get's cache that a downloaded zip is looked up in: the cache root
 * (electron_config_cache, else the OS cache folder) plus a hash of the download's folder URL.
 * A zip copied there from another machine is used without going online.
 */
export function runtimeCacheFolder(version: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  const root =
    env['electron_config_cache'] ??
    (platform === 'darwin'
      ? join(home, 'Library', 'Caches', 'electron')
      : platform === 'win32'
        ? join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'electron', 'Cache')
        : join(env['XDG_CACHE_HOME'] ?? join(home, '.cache'), 'electron'));
  // The default download address (a mirror changes it); @electron/get hashes its folder part.
  const folderUrl = `https://github.com/electron/electron/releases/download/v${version}`;
  return join(root, createHash('sha256').update(folderUrl).digest('hex'));
}

/** The one paragraph shown when the runtime is missing and could not be fetched. */
export function runtimeMissingMessage(version: string, reason: string, env: NodeJS.ProcessEnv = process.env): string {
  const zip = runtimeZipName(version);
  return [
    `Samkart cannot start: Electron's runtime (version ${version}) is not on this machine and could not be downloaded${reason ? ` (${reason})` : ''}.`,
    `To use a copy you already have, either set ELECTRON_OVERRIDE_DIST_PATH to the folder of an unpacked Electron ${version},`,
    `set ELECTRON_MIRROR to a mirror you can reach (e.g. your organisation's; the address must end with "/"),`,
    `or put ${zip} in Electron's download cache, ${runtimeCacheFolder(version, env)}, and run npm start again.`,
    'Meanwhile, `npm run web` runs the same app in your browser.',
  ].join(' ');
}

/** The first line of the installer's output that says what went wrong, short enough for one sentence. */
export function installerReason(output: string): string {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at ') && !/^Downloading Electron/i.test(l));
  return (line ?? '').replace(/^\w*Error:\s*/, '').slice(0, 160);
}

export type RuntimeOutcome = { ok: true; executable: string; downloaded: boolean } | { ok: false; message: string };

/**
 * The runtime, fetched with Electron's own installer when it is missing. The installer's output is
 * kept back: on success it is noise, on failure the paragraph replaces its stack trace.
 */
export function ensureElectronRuntime(pkg: ElectronPackage, env: NodeJS.ProcessEnv = process.env): RuntimeOutcome {
  const present = findElectronRuntime(pkg, env);
  if (present) return { ok: true, executable: present, downloaded: false };
  if (env['ELECTRON_OVERRIDE_DIST_PATH']) {
    return { ok: false, message: runtimeMissingMessage(pkg.version, `ELECTRON_OVERRIDE_DIST_PATH holds no ${platformExecutable()}`, env) };
  }
  const run = spawnSync(process.execPath, [join(pkg.dir, 'install.js')], { env, encoding: 'utf8', timeout: 15 * 60_000 });
  const installed = run.status === 0 ? findElectronRuntime(pkg, env) : null;
  if (installed) return { ok: true, executable: installed, downloaded: true };
  const reason = run.error ? run.error.message : installerReason(`${run.stderr}\n${run.stdout}`);
  return { ok: false, message: runtimeMissingMessage(pkg.version, reason, env) };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LicenceEntry } from '../../shared/api/about.ts';

/*
 * "Om Samkart"'s licence list, generated rather than typed: every package the app ships (the
 * production dependencies and what they depend on, read from each package.json in node_modules),
 * the Electron runtime, and every font in resources/fonts (from its *-OFL.txt licence file). The
 * build writes it beside the main bundle as licences.json (electron.vite.config.ts), because an
 * installed app has no node_modules to read; from source it is collected on the spot.
 */

interface PackageJson {
  name?: string;
  version?: string;
  license?: unknown;
  licenses?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export const LICENCES_FILE = 'licences.json';

function licenceOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  const legacy = Array.isArray(pkg.licenses) ? pkg.licenses : pkg.license ? [pkg.license] : [];
  const types = legacy.map((l) => (typeof l === 'object' && l !== null && 'type' in l ? String(l.type) : '')).filter(Boolean);
  return types.join(' OR ') || 'UNKNOWN';
}

function packageDir(name: string, fromDir: string): string | null {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    // A package whose exports hide package.json: walk up node_modules by hand.
    for (let dir = fromDir; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir) return null;
    }
  }
}

/** The production dependency tree of the project at root, each package once. */
export function libraryLicences(root: string): LicenceEntry[] {
  const top = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const seen = new Map<string, LicenceEntry>();
  const queue: [string, string][] = Object.keys(top.dependencies ?? {}).map((name) => [name, root]);
  while (queue.length > 0) {
    const [name, from] = queue.shift()!;
    const dir = packageDir(name, from);
    if (!dir) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    const key = `${pkg.name ?? name}@${pkg.version ?? ''}`;
    if (seen.has(key)) continue;
    seen.set(key, { name: pkg.name ?? name, version: pkg.version ?? '', licence: licenceOf(pkg), kind: 'library' });
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) queue.push([dep, dir]);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Electron itself: the runtime every installer carries. */
export function runtimeLicence(root: string): LicenceEntry[] {
  const dir = packageDir('electron', root);
  if (!dir) return [];
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  return [{ name: 'Electron (Chromium, Node.js)', version: pkg.version ?? '', licence: licenceOf(pkg), kind: 'runtime' }];
}

/** "AtkinsonHyperlegibleNext-OFL.txt" → Atkinson Hyperlegible Next, OFL-1.1, its copyright line. */
export function fontLicences(fontsDir: string): LicenceEntry[] {
  if (!existsSync(fontsDir)) return [];
  return readdirSync(fontsDir)
    .filter((f) => /-[A-Za-z]+\.txt$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(fontsDir, file), 'utf8');
      const family = file.replace(/-[A-Za-z]+\.txt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
      const version = /Open Font License, Version (\d+(?:\.\d+)*)/.exec(text)?.[1];
      const licence = version ? `OFL-${version}` : (text.split('\n').find((l) => /licen[cs]e/i.test(l))?.trim() ?? 'UNKNOWN');
      const copyright = /Copyright[^()\n]*?(?=\s*\(|\s+\S+\.ttf:|\n|$)/.exec(text)?.[0]?.trim();
      return { name: family, version: '', licence, kind: 'font' as const, ...(copyright ? { copyright } : {}) };
    });
}

export function collectLicences(root: string): LicenceEntry[] {
  return [...runtimeLicence(root), ...fontLicences(join(root, 'resources', 'fonts')), ...libraryLicences(root)];
}

/**
 * The list the build wrote beside the bundle, or (running from source, as in the unit tests)
 * the same list collected now from the project at root.
 */
export function loadLicences(bundleDirs: readonly string[], root: string): LicenceEntry[] {
  for (const dir of bundleDirs) {
    const built = join(dir, LICENCES_FILE);
    if (!existsSync(built)) continue;
    try {
      return JSON.parse(readFileSync(built, 'utf8')) as LicenceEntry[];
    } catch {
      // A damaged file: fall through to what can be read here.
    }
  }
  return existsSync(join(root, 'package.json')) && existsSync(join(root, 'node_modules')) ? collectLicences(root) : [];
}

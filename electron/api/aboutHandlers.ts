import { dirname, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { CURRENT_SCHEMA_VERSION } from '../store/migrations/index.ts';
import { loadLicences } from '../main/licences.ts';
import type { LicenceEntry } from '../../shared/api/about.ts';
import type { Handlers } from './handlers.ts';
import type { Platform } from './platform.ts';

export type AboutHandlers = Pick<Handlers, 'aboutInfo' | 'showLogFile'>;

/**
 * Hjelp → Om Samkart and Vis loggfil. The licence list is the one the build generated (beside the
 * bundle, which may be one folder up when this code sits in a shared chunk) or, from source, read
 * from node_modules; it is read once.
 */
export function aboutHandlers(platform: Platform): AboutHandlers {
  let licences: LicenceEntry[] | null = null;
  const here = import.meta.dirname;
  const readLicences = () => {
    licences ??= loadLicences([here, dirname(here)], resolve(here, '../..'));
    return licences;
  };
  return {
    async aboutInfo() {
      return {
        productName: pkg.build.productName,
        version: platform.version,
        copyright: pkg.build.copyright,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        runtime: { electron: process.versions['electron'] ?? null, chrome: process.versions['chrome'] ?? null, node: process.versions.node },
        settingsFolder: platform.settingsFolder ?? null,
        logFile: platform.logFile ?? null,
        licences: readLicences(),
      };
    },
    async showLogFile() {
      return platform.showLogFile?.() ?? false;
    },
  };
}

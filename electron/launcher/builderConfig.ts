import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * What `npm run dist` ships and what the Electron tests launch differ in one fuse only.
 * Playwright's _electron drives the app through the inspector (--inspect / --remote-debugging-port
 * on the command line), which the enableNodeCliInspectArguments fuse controls. A release has it
 * off, so nobody can attach a debugger to an installed Samkart and read or change a workshop
 * through it; the test build turns it back on, and nothing else.
 */

/** Electron's fuses as electron-builder's `electronFuses` names them. */
export interface Fuses {
  runAsNode: boolean;
  enableCookieEncryption: boolean;
  enableNodeOptionsEnvironmentVariable: boolean;
  enableNodeCliInspectArguments: boolean;
  enableEmbeddedAsarIntegrityValidation: boolean;
  onlyLoadAppFromAsar: boolean;
  grantFileProtocolExtraPrivileges: boolean;
  [other: string]: boolean;
}

/** The part of electron-builder's configuration this project sets (package.json's `build`). */
export interface BuilderConfig {
  productName: string;
  copyright: string;
  electronFuses: Fuses;
  directories: { output: string; buildResources: string };
  [key: string]: unknown;
}

export function shippedConfig(root: string): BuilderConfig {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build: BuilderConfig };
  return pkg.build;
}

/** The folder the test build is written to (unpacked, no installer), beside the installers. */
export const TEST_BUILD_FOLDER = 'dist/test-build';

/** The shipped configuration with the inspector fuse on, packed unpacked into its own folder. */
export function testBuildConfig(root: string): BuilderConfig {
  const shipped = shippedConfig(root);
  return {
    ...shipped,
    electronFuses: { ...shipped.electronFuses, enableNodeCliInspectArguments: true },
    directories: { ...shipped.directories, output: TEST_BUILD_FOLDER },
  };
}

/**
 * Did electron-builder fail because it could not download Electron (or a tool it fetches)? Then
 * the user is told so in one line rather than shown a stack trace.
 */
export function isDownloadFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed|getaddrinfo|socket hang up|status code 40[34]|cannot (download|resolve)|download(ing)? .*fail/i.test(text);
}

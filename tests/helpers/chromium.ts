import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Which Chromium Playwright drives: CHROMIUM_PATH, else the system's `chromium` on PATH (Debian's
 * package, as on CI), else Playwright's own browser if one is installed.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** Flags for a closed network: no background calls home that the sandbox would refuse. */
export const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

/**
 * Whether this process may mount file systems (root with CAP_SYS_ADMIN, as in this sandbox), and
 * if not, why. The disk tests then use a real full tmpfs and a real read-only bind mount; elsewhere
 * (CI as an ordinary user, a container without CAP_SYS_ADMIN) those tests are skipped with this
 * reason in their names, and the RLIMIT_FSIZE and non-root variants still run.
 */
export const mountSkipReason: string | null = (() => {
  if (process.platform !== 'linux') return 'mounting a tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting needs root';
  const probe = mkdtempSync(join(tmpdir(), 'samkart-mount-probe-'));
  try {
    if (!run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe])) return 'mount was refused (no CAP_SYS_ADMIN?)';
    return run('umount', [probe]) ? null : 'umount failed';
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

export const canMount = mountSkipReason === null;

/** Appended to the name of a test that needs a mount, so a skipped run says why. */
export const needsMount = mountSkipReason === null ? '' : ` [skipped: ${mountSkipReason}]`;

export function mountTmpfs(dir: string, sizeKb: number): void {
  if (!run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])) throw new Error(`cannot mount a tmpfs on ${dir}`);
}

/** A read-only view of `source` at `target`: writes through it fail as on a read-only share. */
export function mountReadOnlyView(source: string, target: string): void {
  if (!run('mount', ['--bind', source, target]) || !run('mount', ['-o', 'remount,bind,ro', target])) {
    run('umount', [target]);
    throw new Error(`cannot bind ${source} read-only at ${target}`);
  }
}

export function unmount(dir: string): void {
  // Lazy as a last resort, so a test that failed with a file still open can't leave a mount behind.
  if (!run('umount', [dir])) run('umount', ['-l', dir]);
}

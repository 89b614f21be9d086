import type { Migration } from './migration.ts';
import { initial } from './001_initial.ts';
import { snapshots } from './002_snapshots.ts';

/**
 * Every migration, in order. A file at version N runs those with version > N. Never edit one that
 * has shipped: add the next one, its test and a frozen fixture of the new version.
 */
export const migrations: readonly Migration[] = [initial, snapshots];

export const CURRENT_SCHEMA_VERSION = migrations.at(-1)!.version;

export function pendingMigrations(fromVersion: number): Migration[] {
  return migrations.filter((m) => m.version > fromVersion);
}

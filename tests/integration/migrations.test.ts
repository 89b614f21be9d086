import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrations } from '../../electron/store/migrations/index.ts';
import type { Migration } from '../../electron/store/migrations/migration.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import type { WorkshopDoc } from '../../shared/model/document.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

afterEach(cleanupFolders);

const fixtures = join(import.meta.dirname, '../fixtures');

function tablesOf(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

/**
 * One before/after check per migration, keyed by the version it produces. The last test fails
 * if a migration is registered without one, so no migration ships untested.
 */
const beforeAfter: Record<number, (migration: Migration) => void> = {
  1(migration) {
    const db = new Database(':memory:');
    expect(tablesOf(db)).toEqual([]);
    migration.up(db);
    expect(tablesOf(db)).toEqual(['actors', 'boards', 'file_info', 'gatherings', 'items', 'participants', 'workshop']);
    // Items belong to a board: the foreign key is deferred so one transaction can add both.
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO items (id, board_id, type, data) VALUES ('i_x', 'b_none', 'note', '{}')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  },
  2(migration) {
    const db = new Database(':memory:');
    migrations[0]!.up(db);
    db.prepare("INSERT INTO boards (id, kind, name, data) VALUES ('b_1', 'whiteboard', 'Tavle', '{}')").run();
    const before = tablesOf(db);
    migration.up(db);
    // Snapshots live in the file, in a table of their own; the document's tables are untouched.
    expect(tablesOf(db)).toEqual([...before, 'snapshots', 'sqlite_sequence'].sort());
    expect(db.prepare('SELECT count(*) FROM boards').pluck().get()).toBe(1);
    const columns = (db.prepare('PRAGMA table_info(snapshots)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'kind', 'reason', 'label', 'gathering_id', 'created_at', 'schema_version', 'doc_hash', 'board_count', 'item_count', 'json_bytes', 'doc']);
    const insert = db.prepare("INSERT INTO snapshots (kind, reason, label, created_at, schema_version, doc_hash, board_count, item_count, json_bytes, doc) VALUES (?, NULL, '', '2020-01-20', 2, 'h', 0, 0, 2, x'00')");
    expect(() => insert.run('bogus')).toThrow(/CHECK/);
    // AUTOINCREMENT: the id of a pruned newest snapshot is never handed out again.
    const first = Number(insert.run('manual').lastInsertRowid);
    db.prepare('DELETE FROM snapshots WHERE id = ?').run(first);
    expect(Number(insert.run('manual').lastInsertRowid)).toBe(first + 1);
    db.close();
  },
};

describe('migrations', () => {
  const exercised = new Set<number>();

  it('are numbered 1, 2, 3 … in order, and the current version is the last', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(migrations.length);
  });

  for (const migration of migrations) {
    it(`${String(migration.version).padStart(3, '0')} ${migration.name}: before and after`, () => {
      const check = beforeAfter[migration.version];
      expect(check, `migration ${migration.version} has no before/after test`).toBeDefined();
      check!(migration);
      exercised.add(migration.version);
    });
  }

  it('every registered migration was exercised', () => {
    expect([...exercised].sort()).toEqual(migrations.map((m) => m.version));
    expect(Object.keys(beforeAfter).map(Number).sort()).toEqual(migrations.map((m) => m.version));
  });
});

describe('frozen fixture files', () => {
  const files = readdirSync(fixtures).filter((f) => /^v\d+\.samkart$/.test(f));

  it('there is one per schema version', () => {
    expect(files.map((f) => Number(/\d+/.exec(f)![0])).sort((a, b) => a - b)).toEqual(migrations.map((m) => m.version));
  });

  for (const name of files) {
    it(`${name} opens end to end with everything in it`, () => {
      const version = Number(/\d+/.exec(name)![0]);
      const copy = join(tempFolder(), name);
      copyFileSync(join(fixtures, name), copy);
      const outcome = WorkshopFile.open(copy);
      expect(outcome.status).toBe(version === CURRENT_SCHEMA_VERSION ? 'ok' : 'migrated');
      if (outcome.status !== 'ok' && outcome.status !== 'migrated') return;
      const expected = JSON.parse(readFileSync(join(fixtures, `v${version}.expected.json`), 'utf8')) as WorkshopDoc;
      expect(outcome.doc).toEqual(expected);
      outcome.file.close();
      const reopened = WorkshopFile.open(copy);
      expect(reopened.status).toBe('ok');
      if (reopened.status === 'ok') reopened.file.close();
    });
  }
});

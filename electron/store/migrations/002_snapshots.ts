import type { Migration } from './migration.ts';

/**
 * Snapshots for "Gjenopprett", kept inside the workshop file rather than beside it: a copy, a
 * backup or an e-mailed file carries its own history, and there is no second file to lose or to
 * leave behind on a shared drive. Each row holds the whole document as gzipped JSON (about a tenth
 * of its size), in the document shape of `schema_version`: a later migration that changes the
 * shape of records must convert these too, or mark them unrestorable.
 *
 * AUTOINCREMENT so an id is never reused after pruning: a restore request naming an old snapshot
 * can't reach a newer one by accident.
 */
export const snapshots: Migration = {
  version: 2,
  name: 'snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'gathering', 'manual')),
        reason TEXT CHECK (reason IN ('open', 'interval', 'beforeRestore')),
        label TEXT NOT NULL,
        gathering_id TEXT,
        created_at TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        doc_hash TEXT NOT NULL,
        board_count INTEGER NOT NULL,
        item_count INTEGER NOT NULL,
        json_bytes INTEGER NOT NULL,
        doc BLOB NOT NULL
      ) STRICT;
      CREATE INDEX snapshots_by_kind ON snapshots(kind, id);
    `);
  },
};

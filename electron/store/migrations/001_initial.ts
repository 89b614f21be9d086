import type { Migration } from './migration.ts';

/**
 * The first schema. Each collection of the document is a table with its id, the columns worth
 * querying, and the record as JSON; an edit rewrites only the rows of the records it touched.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE file_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE workshop (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL) STRICT;
      CREATE TABLE gatherings (id TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT;
      CREATE TABLE participants (id TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT;
      CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, data TEXT NOT NULL) STRICT;
      CREATE TABLE boards (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL) STRICT;
      CREATE TABLE items (
        id TEXT PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED,
        type TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX items_by_board ON items(board_id);
    `);
  },
};

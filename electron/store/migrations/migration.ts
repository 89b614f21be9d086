import type Database from 'better-sqlite3';

/** One step of the schema: numbered, named, up-only, run inside the opening transaction. */
export interface Migration {
  /** The schema version this migration produces. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

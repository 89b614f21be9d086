import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/results.ts';
import { collectionNames, emptyDoc, type CollectionName, type WorkshopDoc } from '../../shared/model/document.ts';
import { recordSchemas, type RowChange } from '../../shared/model/changes.ts';
import { WorkshopMetaSchema } from '../../shared/model/records.ts';
import { APPLICATION_ID } from './fileFormat.ts';
import { inspectFile } from './inspect.ts';
import { CURRENT_SCHEMA_VERSION, pendingMigrations } from './migrations/index.ts';
import { isBusyError, isCorruptError, writeError } from './sqliteErrors.ts';
import { upsertParams, upsertSql } from './tables.ts';

export type OpenOutcome =
  | { status: 'ok' | 'migrated'; file: WorkshopFile; doc: WorkshopDoc; fromVersion: number }
  | { status: 'notOurFile' | 'corrupt' | 'locked' | 'notFound' | 'ioError'; detail?: string }
  | { status: 'tooNew'; foundVersion: number };

/** Raised while loading when a row fails validation: the file is treated as damaged. */
class CorruptRow extends Error {}

/**
 * One open workshop file. Holds SQLite's exclusive lock while open, so no other process can
 * open the same file for writing; writes every user action as one synchronous transaction.
 */
export class WorkshopFile {
  private revision = 0;
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private db: Database.Database,
    public path: string,
  ) {}

  get fileName(): string {
    return basename(this.path);
  }

  /**
   * Creates a new file holding `doc`, built under a temporary name and renamed into place. An
   * existing file at `path` is replaced only because the user confirmed it in a save dialog (the
   * host always picks a free name); the handlers refuse a path that is open in a window.
   */
  static create(path: string, doc: WorkshopDoc): WorkshopFile {
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.creating`);
    rmSync(tmp, { force: true });
    // Built under a temporary name and renamed, so a crash never leaves a half-made workshop.
    const db = new Database(tmp);
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('journal_mode = DELETE');
      db.transaction(() => {
        for (const m of pendingMigrations(0)) m.up(db);
        db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION}`);
      })();
      const file = new WorkshopFile(db, tmp);
      file.writeDoc(doc);
      db.close();
    } catch (error) {
      if (db.open) db.close();
      rmSync(tmp, { force: true });
      throw writeError(error);
    }
    try {
      renameSync(tmp, path);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw writeError(error);
    }
    const opened = WorkshopFile.open(path);
    if (opened.status !== 'ok') throw new ApiError('error.writeFailed', `reopen after create: ${opened.status}`);
    return opened.file;
  }

  /**
   * Opens a file for editing. Classifies it first from its header without SQLite; a foreign,
   * too-new or damaged file is never written to. Migrates an older file in one transaction.
   */
  static open(path: string): OpenOutcome {
    const inspection = inspectFile(path);
    switch (inspection.kind) {
      case 'notFound':
        return { status: 'notFound' };
      case 'notOurFile':
        return { status: 'notOurFile' };
      case 'tooNew':
        return { status: 'tooNew', foundVersion: inspection.version };
      case 'corrupt':
        return { status: 'corrupt', detail: inspection.reason };
      case 'ours':
        break;
    }
    let db: Database.Database;
    try {
      // A short busy timeout: if another process holds the file, say so at once rather than hang.
      db = new Database(path, { fileMustExist: true, timeout: 200 });
    } catch (error) {
      return isCorruptError(error) ? { status: 'corrupt' } : { status: 'ioError', detail: errorText(error) };
    }
    try {
      // Exclusive locking: once we write, no other process can read or write the file until we
      // close it. This is how "the same file can't be opened twice" holds across processes too.
      db.pragma('locking_mode = EXCLUSIVE');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') {
        db.close();
        return { status: 'corrupt', detail: String(check).slice(0, 200) };
      }
      const applicationId = db.pragma('application_id', { simple: true }) as number;
      const version = db.pragma('user_version', { simple: true }) as number;
      if (applicationId !== APPLICATION_ID) {
        db.close();
        return { status: 'notOurFile' };
      }
      if (version > CURRENT_SCHEMA_VERSION) {
        db.close();
        return { status: 'tooNew', foundVersion: version };
      }
      const file = new WorkshopFile(db, path);
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      const pending = pendingMigrations(version);
      // Migrate and validate every row in one transaction (still in rollback-journal mode): if a
      // row doesn't parse, the transaction rolls back and the file is left exactly as it was.
      const doc = pending.length === 0
        ? file.readDoc(version)
        : db.transaction(() => {
            for (const m of pending) m.up(db);
            db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION}`);
            return file.readDoc(CURRENT_SCHEMA_VERSION);
          })();
      db.pragma('journal_mode = WAL');
      // Take the write lock now rather than at the first edit, so a second opener is refused at once.
      db.prepare('BEGIN IMMEDIATE').run();
      db.prepare('COMMIT').run();
      return { status: pending.length > 0 ? 'migrated' : 'ok', file, doc, fromVersion: version };
    } catch (error) {
      if (db.open) db.close();
      if (error instanceof CorruptRow || isCorruptError(error)) return { status: 'corrupt', detail: errorText(error) };
      if (isBusyError(error)) return { status: 'locked' };
      return { status: 'ioError', detail: errorText(error) };
    }
  }

  /** Reads the whole document, validating every row. Versions before the current are read by migrations first. */
  private readDoc(version: number): WorkshopDoc {
    if (version < 1) throw new CorruptRow('no schema');
    const doc = emptyDoc();
    const metaRow = this.db.prepare('SELECT data FROM workshop WHERE id = 1').get() as { data: string } | undefined;
    if (metaRow) {
      const meta = WorkshopMetaSchema.safeParse(parseJson(metaRow.data));
      if (!meta.success) throw new CorruptRow('workshop row');
      doc.meta = meta.data;
    }
    for (const table of collectionNames) {
      const target = doc[table] as Record<string, unknown>;
      for (const row of this.db.prepare(`SELECT id, data FROM ${table}`).iterate() as IterableIterator<{ id: string; data: string }>) {
        const parsed = recordSchemas[table].safeParse(parseJson(row.data));
        if (!parsed.success || parsed.data.id !== row.id) throw new CorruptRow(`${table} row ${row.id}`);
        target[row.id] = parsed.data;
      }
    }
    return doc;
  }

  /** The document as the file holds it now. */
  load(): WorkshopDoc {
    return this.readDoc(CURRENT_SCHEMA_VERSION);
  }

  private writeDoc(doc: WorkshopDoc): void {
    const changes: RowChange[] = [{ table: 'meta', op: 'put', record: doc.meta }];
    for (const table of collectionNames) {
      for (const record of Object.values(doc[table])) changes.push({ table, op: 'put', record } as RowChange);
    }
    this.apply(changes);
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  /** Writes one user action: every change in one transaction, synced to disk before it returns. */
  apply(changes: readonly RowChange[]): number {
    if (changes.length === 0) return this.revision;
    try {
      this.db.transaction(() => {
        for (const change of changes) {
          if (change.table === 'meta') {
            this.statement('INSERT INTO workshop (id, data) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data').run(JSON.stringify(change.record));
          } else if (change.op === 'delete') {
            this.statement(`DELETE FROM ${change.table} WHERE id = ?`).run(change.id);
          } else {
            this.statement(upsertSql(change.table as CollectionName)).run(...upsertParams(change as never));
          }
        }
      })();
    } catch (error) {
      throw writeError(error);
    }
    this.revision += 1;
    return this.revision;
  }

  /**
   * Copies the workshop with SQLite's backup API to a temporary name beside the target, then
   * renames it into place, so the target is either the old file or the complete copy.
   */
  async backupTo(target: string): Promise<void> {
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.saving`);
    rmSync(tmp, { force: true });
    try {
      await this.db.backup(tmp);
      // The copy is a complete, self-contained file: no WAL beside it.
      const copy = new Database(tmp);
      copy.pragma('journal_mode = DELETE');
      copy.close();
      renameSync(tmp, target);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw writeError(error);
    }
  }

  /** Checkpoints the WAL back into the file and leaves it as one self-contained file. */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.pragma('journal_mode = DELETE');
    } catch {
      // Closing still releases the lock; SQLite replays the WAL at the next open.
    }
    this.db.close();
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  /** For tests and the benchmark: counts of rows actually written by the last statements. */
  get database(): Database.Database {
    return this.db;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CorruptRow('bad JSON');
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${'code' in error ? `${String(error.code)}: ` : ''}${error.message}`.slice(0, 300) : String(error);
}

export type { CollectionName };

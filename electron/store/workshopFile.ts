import { accessSync, closeSync, constants, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError, type FileNotice } from '../../shared/api/results.ts';
import { randomToken } from '../../shared/util/random.ts';
import { collectionNames, emptyDoc, type CollectionName, type WorkshopDoc } from '../../shared/model/document.ts';
import { recordSchemas, type RowChange } from '../../shared/model/changes.ts';
import { WorkshopMetaSchema } from '../../shared/model/records.ts';
import { APPLICATION_ID, header } from './fileFormat.ts';
import { inspectFile } from './inspect.ts';
import { CURRENT_SCHEMA_VERSION, pendingMigrations } from './migrations/index.ts';
import { isBusyError, isCorruptError, isSchemaMismatch, writeError } from './sqliteErrors.ts';
import { upsertParams, upsertSql } from './tables.ts';
import { isRegularFile, keptName, moveSidecarsAside, oddSidecars } from './sidecars.ts';
import { scanWal } from './walScan.ts';
import { isForeignWal } from './walOwner.ts';
import { onCopy } from './copyCheck.ts';
import { Lifecycle, type Subscriber } from './lifecycle.ts';

export type OpenOutcome =
  | { status: 'ok' | 'migrated'; file: WorkshopFile; doc: WorkshopDoc; fromVersion: number }
  | { status: 'notOurFile' | 'locked' | 'notFound' | 'ioError' | 'notRegularFile'; detail?: string }
  /** `repairable`: only an index is damaged; `repairIndexes` can rebuild it in a copy. */
  | { status: 'corrupt'; detail?: string; repairable?: boolean }
  | { status: 'tooNew'; foundVersion: number };

/**
 * The moments of an open file that others act on (the file guard, automatic snapshots). Edits
 * written inside a transaction of the store's own (a restore) are part of that operation and
 * are not told.
 */
export interface WorkshopFileEvents {
  /** Before an edit is written; a subscriber throws to refuse it, and nothing is written. */
  beforeApply: [file: WorkshopFile];
  /** An edit was written (synced); a subscriber that throws does not undo or fail it. */
  applied: [file: WorkshopFile, revision: number];
  /** The file is about to be checkpointed and closed. */
  closing: [file: WorkshopFile];
}

/** Raised while loading when a row fails validation: the file is treated as damaged. */
class CorruptRow extends Error {}

/**
 * One open workshop file. Holds SQLite's exclusive lock while open, so no other process can
 * open the same file for writing; writes every user action as one synchronous transaction.
 * A file the user may not write (a read-only share, a file without write permission) is read
 * into memory instead: shown, presented and copied with "Lagre som", never written.
 */
export class WorkshopFile {
  private revision = 0;
  private readonly statements = new Map<string, Database.Statement>();
  /** What was kept aside while this file was created or opened; the handlers pass it to the user. */
  readonly notices: FileNotice[] = [];
  private readonly events = new Lifecycle<WorkshopFileEvents>();

  private constructor(
    private db: Database.Database,
    public path: string,
    /** Opened from a file this process may not write: every edit is refused with error.readOnly. */
    readonly readOnly = false,
  ) {}

  /** Subscribes to this file's edits and closing (WorkshopFileEvents); returns the way to unsubscribe. */
  subscribe(subscriber: Subscriber<WorkshopFileEvents>): () => void {
    return this.events.subscribe(subscriber);
  }

  get fileName(): string {
    return basename(this.path);
  }

  /**
   * Creates a new file holding `doc`, built under a temporary name and renamed into place. An
   * existing file at `path` is replaced only because the user confirmed it in a save dialog (the
   * host always picks a free name); the handlers refuse a path that is open in a window.
   */
  static create(path: string, doc: WorkshopDoc): WorkshopFile {
    const tmp = tempBeside(path, 'creating');
    rmSync(tmp, { force: true });
    // Built under a temporary name and renamed, so a crash never leaves a half-made workshop.
    let db: Database.Database | undefined;
    let kept: string | null;
    try {
      db = new Database(tmp);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('journal_mode = DELETE');
      db.transaction(() => {
        for (const m of pendingMigrations(0)) m.up(db!);
        db!.pragma(`user_version = ${CURRENT_SCHEMA_VERSION}`);
      })();
      const file = new WorkshopFile(db, tmp);
      file.writeDoc(doc);
      db.close();
      kept = moveSidecarsAside(path);
      renameSync(tmp, path);
    } catch (error) {
      if (db?.open) db.close();
      rmSync(tmp, { force: true });
      throw inFolder(writeError(error), dirname(path));
    }
    const opened = WorkshopFile.open(path);
    if (opened.status !== 'ok') throw new ApiError('error.writeFailed', `reopen after create: ${opened.status}`);
    if (kept) opened.file.notices.unshift({ kind: 'sidecarsKept', keptName: kept });
    return opened.file;
  }

  /**
   * Opens a file for editing. Classifies it first from its header without SQLite; a foreign,
   * too-new or damaged file is never written to. Migrates an older file in one transaction.
   * A file left with a `-wal` or `-journal` (a crash, a full disk) is first opened as a copy:
   * SQLite completes the file from them when it closes, so only a file that opens well may
   * have that done to it. A file this process may not write is opened read-only.
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
      case 'unreadable':
        return { status: 'ioError', detail: inspection.reason };
      case 'ours':
        break;
    }
    // A FIFO or device named like a sidecar would block every read of it for good.
    if (oddSidecars(path).length > 0) return { status: 'notRegularFile' };
    if (!mayWrite(path)) return WorkshopFile.openReadOnly(path);
    const notices: FileNotice[] = [];
    // Another file's -wal (an older copy put back under the name after a crash) is never replayed into this one.
    if (isForeignWal(path)) {
      const kept = moveSidecarsAside(path, new Date(), ['-wal', '-shm']);
      if (kept) notices.push({ kind: 'foreignWalKept', keptName: kept });
    }
    // The last session did not close cleanly: a WAL or journal beside it, or a header still in WAL mode.
    const unclean = existsSync(`${path}-wal`) || existsSync(`${path}-journal`) || inWalMode(path);
    if (existsSync(`${path}-wal`)) {
      const kept = keepIfWalDamaged(path);
      if (kept) notices.push({ kind: 'walDamaged', keptName: kept });
    }
    if (existsSync(`${path}-wal`) || existsSync(`${path}-journal`)) {
      const refusal = WorkshopFile.refusalOfCopy(path, unclean);
      if (refusal) return refusal;
    }
    const outcome = WorkshopFile.connect(path, false, unclean);
    // A share that turns out read-only only when written to (access() can't always tell).
    if (outcome.status === 'ioError' && outcome.detail?.startsWith('SQLITE_READONLY')) return WorkshopFile.openReadOnly(path);
    if (outcome.status === 'ok' || outcome.status === 'migrated') outcome.file.notices.push(...notices);
    return outcome;
  }

  /**
   * A read-only view of a file open for writing in this process (another tab or window has it): the
   * document as that connection holds it now, in memory, never written.
   */
  static viewOf(open: WorkshopFile): OpenOutcome {
    const image = open.db.serialize();
    image[header.writeVersionOffset] = 1;
    image[header.readVersionOffset] = 1;
    const file = new WorkshopFile(new Database(image), open.path, true);
    try {
      return { status: 'ok', file, doc: file.load(), fromVersion: CURRENT_SCHEMA_VERSION };
    } catch (error) {
      file.close();
      return failure(error);
    }
  }

  /** A file that isn't open anywhere, read into memory for viewing only. */
  static openForViewing(path: string): OpenOutcome {
    if (oddSidecars(path).length > 0) return { status: 'notRegularFile' };
    const inspection = inspectFile(path);
    if (inspection.kind !== 'ours') return inspection.kind === 'notFound' ? { status: 'notFound' } : { status: 'notOurFile' };
    return WorkshopFile.openReadOnly(path);
  }

  /**
   * Reads a file this process may not write into memory, so nothing of it is locked or written
   * while it is shown. An older version is migrated in memory only. Read from a copy: SQLite can't
   * read a file left with a `-wal` where it can't make the `-shm` it needs beside it (a read-only
   * share), and reading one in place would leave a `-shm` in the user's folder.
   */
  private static openReadOnly(path: string): OpenOutcome {
    const outcome = onCopy(path, (copy) => WorkshopFile.connect(copy, true)) ?? WorkshopFile.connect(path, true);
    if (outcome.status === 'ok' || outcome.status === 'migrated') outcome.file.path = path;
    return outcome;
  }

  /**
   * Opens a copy of a file left with a `-wal` or `-journal` and says why it must be refused, if it
   * must. Opening the file itself would let SQLite, on closing a refused file, write the WAL into
   * it or roll the journal back: changes to a file the user was told is damaged. When no copy can
   * be made (no room in the temporary folder), the file is opened as before.
   */
  private static refusalOfCopy(path: string, thorough: boolean): OpenOutcome | null {
    const outcome = onCopy(path, (copy) => WorkshopFile.connect(copy, false, thorough));
    if (!outcome) return null;
    if (outcome.status === 'ok' || outcome.status === 'migrated') {
      outcome.file.close();
      return null;
    }
    return outcome.status === 'corrupt' || outcome.status === 'notOurFile' || outcome.status === 'tooNew' || outcome.status === 'locked' ? outcome : null;
  }

  /** Opens `path` with SQLite, checks it, migrates it (in memory when read-only) and reads it. */
  private static connect(path: string, readOnly: boolean, thorough = false): OpenOutcome {
    let db: Database.Database;
    try {
      // A short busy timeout: if another process holds the file, say so at once rather than hang.
      db = new Database(path, { fileMustExist: true, timeout: 200, readonly: readOnly });
    } catch (error) {
      return failure(error);
    }
    try {
      // Exclusive locking: once we write, no other process can read or write the file until we
      // close it. This is how "the same file can't be opened twice" holds across processes too.
      if (!readOnly) db.pragma('locking_mode = EXCLUSIVE');
      // After an unclean close, the full check: quick_check does not compare indexes with their
      // tables, and a damaged index makes every later edit fail with SQLITE_CORRUPT_INDEX.
      const problems = checkProblems(db, thorough);
      if (problems.length > 0) {
        db.close();
        return { status: 'corrupt', detail: problems[0]!.slice(0, 200), ...(problems.every(isIndexProblem) ? { repairable: true } : {}) };
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
      if (readOnly) {
        const image = db.serialize();
        // A file left in WAL mode says so in its header; in memory there is no WAL to use.
        image[header.writeVersionOffset] = 1;
        image[header.readVersionOffset] = 1;
        const memory = new Database(image);
        db.close();
        db = memory;
      }
      const file = new WorkshopFile(db, path, readOnly);
      if (!readOnly) db.pragma('synchronous = FULL');
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
      if (!readOnly) {
        db.pragma('journal_mode = WAL');
        // Take the write lock now rather than at the first edit, so a second opener is refused at once.
        db.prepare('BEGIN IMMEDIATE').run();
        db.prepare('COMMIT').run();
      }
      // A read-only file is migrated in memory only: on disk it is as old as it was.
      return { status: pending.length > 0 && !readOnly ? 'migrated' : 'ok', file, doc, fromVersion: version };
    } catch (error) {
      if (db.open) db.close();
      return failure(error);
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
    this.write(changes);
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
    const ownWrite = this.db.inTransaction;
    if (!ownWrite) this.events.ask('beforeApply', this);
    const revision = this.write(changes);
    if (!ownWrite) this.events.tell('applied', this, revision);
    return revision;
  }

  private write(changes: readonly RowChange[]): number {
    if (changes.length === 0) return this.revision;
    if (this.readOnly) throw new ApiError('error.readOnly', 'opened read-only');
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
  async backupTo(target: string): Promise<FileNotice[]> {
    const tmp = tempBeside(target, 'saving');
    rmSync(tmp, { force: true });
    try {
      await this.db.backup(tmp);
      // The copy is a complete, self-contained file: no WAL beside it.
      const copy = new Database(tmp);
      copy.pragma('journal_mode = DELETE');
      copy.close();
      const kept = moveSidecarsAside(target);
      renameSync(tmp, target);
      return kept ? [{ kind: 'sidecarsKept', keptName: kept }] : [];
    } catch (error) {
      rmSync(tmp, { force: true });
      throw inFolder(writeError(error), dirname(target));
    }
  }

  /** Checkpoints the WAL back into the file and leaves it as one self-contained file. */
  close(): void {
    if (!this.db.open) return;
    this.events.tell('closing', this);
    if (this.readOnly) {
      this.db.close();
      return;
    }
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

/**
 * Whether this process may write the file and create its `-wal` beside it. Root passes on a
 * read-only mount only if the mount allows it (EROFS), so this holds for root as for anyone.
 */
function mayWrite(path: string): boolean {
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** What a failed open tells the user. A schema that doesn't match its version is damage, not a disk error. */
function failure(error: unknown): OpenOutcome {
  if (error instanceof CorruptRow || isCorruptError(error) || isSchemaMismatch(error)) return { status: 'corrupt', detail: errorText(error) };
  if (isBusyError(error)) return { status: 'locked' };
  return { status: 'ioError', detail: errorText(error) };
}

/**
 * A new file (a new workshop, "Lagre som") refused by a read-only folder: the folder is what to
 * change. SQLite reports a file it can't create as SQLITE_CANTOPEN, so the folder is asked too.
 */
function inFolder(error: ApiError, folder: string): ApiError {
  let writable = true;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    writable = false;
  }
  return error.key === 'error.readOnly' || !writable ? new ApiError('error.folderReadOnly', error.detail) : error;
}

/**
 * A hidden temporary name beside `path`, short whatever the workshop's name (a 255-byte name plus
 * a suffix would be too long for the file system), and unique to this process and moment.
 */
function tempBeside(path: string, what: string): string {
  return join(dirname(path), `.samkart-${process.pid}-${randomToken(8)}.${what}`);
}

/** Whether the header still says WAL: the file was not closed by Samkart (which leaves it in rollback mode). */
function inWalMode(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(1);
      return readSync(fd, buf, 0, 1, header.writeVersionOffset) === 1 && buf[0] === 2;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * When the `-wal` holds frames SQLite will not replay (a damaged or cut-off frame), copies the file
 * and its `-wal` as they are now, before opening replays what it can and closing deletes the rest.
 * The copy lies beside the workshop (`Budsjett (kopi før åpning …).samkart` and its `-wal`).
 * Returns the copy's name, or null when nothing would be lost.
 */
function keepIfWalDamaged(path: string): string | null {
  if (!isRegularFile(`${path}-wal`)) return null;
  const scan = scanWal(`${path}-wal`);
  if (!scan || scan.dropped === 0) return null;
  const kept = keptName(path, 'kopi før åpning');
  try {
    copyFileSync(path, kept);
    copyFileSync(`${path}-wal`, `${kept}-wal`);
  } catch (error) {
    rmSync(kept, { force: true });
    rmSync(`${kept}-wal`, { force: true });
    throw writeError(error);
  }
  return basename(kept);
}

/** What SQLite's check finds wrong: quick_check normally, integrity_check after an unclean close. */
function checkProblems(db: Database.Database, thorough: boolean): string[] {
  const rows = db.pragma(thorough ? 'integrity_check(50)' : 'quick_check(50)') as Record<string, unknown>[];
  const messages = rows.map((row) => String(Object.values(row)[0]));
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** A problem in an index only: the table's rows are whole, and REINDEX rebuilds the index from them. */
function isIndexProblem(message: string): boolean {
  return /^(row \d+ missing from index |wrong # of entries in index |non-unique entry in index )/.test(message);
}

/**
 * Rebuilds the indexes of a file whose only damage is in them: REINDEX in a copy beside it, checked
 * whole, then the copy takes the file's name. The original (with any `-wal` or `-journal` of it)
 * is kept beside it as `Name (før reparasjon …).samkart`. Returns the kept original's name.
 */
export function repairIndexes(path: string): string {
  if (oddSidecars(path).length > 0 || !isRegularFile(path)) throw new ApiError('error.notRegularFile', basename(path));
  const tmp = tempBeside(path, 'repairing');
  for (const suffix of ['', '-wal', '-journal']) rmSync(tmp + suffix, { force: true });
  try {
    for (const suffix of ['', '-wal', '-journal']) if (existsSync(path + suffix)) copyFileSync(path + suffix, tmp + suffix);
    const db = new Database(tmp, { fileMustExist: true });
    try {
      db.exec('REINDEX');
      const problems = checkProblems(db, true);
      if (problems.length > 0) throw new ApiError('error.repairFailed', problems[0]!.slice(0, 200));
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    const kept = keptName(path, 'før reparasjon');
    for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(path + suffix)) renameSync(path + suffix, kept + suffix);
    renameSync(tmp, path);
    return basename(kept);
  } catch (error) {
    for (const suffix of ['', '-wal', '-journal']) rmSync(tmp + suffix, { force: true });
    if (error instanceof ApiError) throw error;
    throw writeError(error);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${'code' in error ? `${String(error.code)}: ` : ''}${error.message}`.slice(0, 300) : String(error);
}

export type { CollectionName };

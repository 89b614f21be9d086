import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { ApiError, type RestoreResult, type SnapshotInfo, type SnapshotKind, type SnapshotReason } from '../../shared/api/results.ts';
import { recordSchemas, type RowChange } from '../../shared/model/changes.ts';
import { collectionNames, emptyDoc, type WorkshopDoc } from '../../shared/model/document.ts';
import { WorkshopMetaSchema } from '../../shared/model/records.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations/index.ts';
import { writeError } from './sqliteErrors.ts';
import type { WorkshopFile } from './workshopFile.ts';

/**
 * Snapshots of the whole document, kept in the workshop file (table `snapshots`, migration 002),
 * gzipped at level 1: a 50,000-item workshop (15 MB of JSON) packs to 1.5 MB in ~70 ms, where
 * level 6 saves 8 % more and takes three times as long.
 * Automatic ones are pruned to the newest few; the user's own and the gathering ones stay until
 * replaced. Every write here is one transaction, like an edit.
 */

/** Automatic snapshots kept; older ones are pruned as new ones arrive. */
export const AUTO_SNAPSHOTS_KEPT = 10;
/** At most one automatic snapshot per this much editing time. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
/** How soon a failed automatic snapshot (full disk, read-only file) is tried again. */
const RETRY_MS = 60 * 1000;
/** What a snapshot may inflate to: a damaged or hostile blob must not exhaust memory. */
const MAX_JSON_BYTES = 512 * 1024 * 1024;

export interface SnapshotRequest {
  kind: SnapshotKind;
  reason?: SnapshotReason;
  label?: string;
  gatheringId?: string | null;
}

interface SnapshotRow {
  id: number;
  kind: SnapshotKind;
  reason: SnapshotReason | null;
  label: string;
  gathering_id: string | null;
  created_at: string;
  board_count: number;
  item_count: number;
  doc_hash: string;
}

const infoColumns = 'id, kind, reason, label, gathering_id, created_at, board_count, item_count, doc_hash';

function infoOf(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    kind: row.kind,
    reason: row.reason,
    label: row.label,
    gatheringId: row.gathering_id,
    createdAt: row.created_at,
    boards: row.board_count,
    items: row.item_count,
  };
}

/**
 * The document as JSON built from the stored rows without parsing them, so an automatic snapshot
 * at every open stays cheap for large workshops. Rows in id order, so an unchanged document gives
 * the same text (and hash) every time.
 */
function documentJson(db: Database.Database): { json: string; boards: number; items: number } {
  const meta = db.prepare('SELECT data FROM workshop WHERE id = 1').pluck().get() as string | undefined;
  const parts = ['{"meta":', meta ?? JSON.stringify(emptyDoc().meta)];
  const counts: Record<string, number> = {};
  for (const table of collectionNames) {
    parts.push(`,${JSON.stringify(table)}:{`);
    let n = 0;
    for (const row of db.prepare(`SELECT id, data FROM ${table} ORDER BY id`).iterate() as IterableIterator<{ id: string; data: string }>) {
      parts.push(`${n === 0 ? '' : ','}${JSON.stringify(row.id)}:${row.data}`);
      n += 1;
    }
    counts[table] = n;
    parts.push('}');
  }
  parts.push('}');
  return { json: parts.join(''), boards: counts.boards ?? 0, items: counts.items ?? 0 };
}

function latest(db: Database.Database): SnapshotRow | undefined {
  return db.prepare(`SELECT ${infoColumns} FROM snapshots ORDER BY id DESC LIMIT 1`).get() as SnapshotRow | undefined;
}

/** Wraps a failed write in the message the user needs; our own ApiErrors pass through. */
function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : writeError(error);
}

/**
 * Takes a snapshot of the document as the file holds it now. An automatic one is skipped when
 * nothing changed since the newest snapshot (opening and closing a file ten times must not push
 * out the history); a gathering's snapshot replaces that gathering's earlier one.
 * `keep` is a snapshot id that pruning must spare (the one being restored).
 */
export function takeSnapshot(file: WorkshopFile, request: SnapshotRequest, now = new Date(), keep = 0): SnapshotInfo {
  if (file.readOnly) throw new ApiError('error.readOnly', 'opened read-only');
  const db = file.database;
  try {
    return db.transaction((): SnapshotInfo => {
      const { json, boards, items } = documentJson(db);
      const hash = createHash('sha256').update(json).digest('hex');
      const newest = latest(db);
      if (request.kind === 'auto' && newest?.doc_hash === hash) return infoOf(newest);
      const gatheringId = request.kind === 'gathering' ? (request.gatheringId ?? null) : null;
      if (request.kind === 'gathering') {
        if (!gatheringId || !db.prepare('SELECT 1 FROM gatherings WHERE id = ?').get(gatheringId)) throw new ApiError('error.notFound', 'no such gathering');
        db.prepare("DELETE FROM snapshots WHERE kind = 'gathering' AND gathering_id = ?").run(gatheringId);
      }
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO snapshots (kind, reason, label, gathering_id, created_at, schema_version, doc_hash, board_count, item_count, json_bytes, doc)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(request.kind, request.kind === 'auto' ? (request.reason ?? 'interval') : null, request.kind === 'auto' ? '' : (request.label ?? ''),
          gatheringId, now.toISOString(), CURRENT_SCHEMA_VERSION, hash, boards, items, Buffer.byteLength(json), gzipSync(json, { level: 1 }));
      if (request.kind === 'auto') {
        db.prepare(`DELETE FROM snapshots WHERE kind = 'auto' AND id != ? AND id NOT IN (SELECT id FROM snapshots WHERE kind = 'auto' ORDER BY id DESC LIMIT ?)`)
          .run(keep, AUTO_SNAPSHOTS_KEPT);
      }
      return infoOf(db.prepare(`SELECT ${infoColumns} FROM snapshots WHERE id = ?`).get(lastInsertRowid) as SnapshotRow);
    })();
  } catch (error) {
    throw asApiError(error);
  }
}

/** The snapshots in the file, newest first, without their documents. */
export function listSnapshots(file: WorkshopFile): SnapshotInfo[] {
  return (file.database.prepare(`SELECT ${infoColumns} FROM snapshots ORDER BY id DESC`).all() as SnapshotRow[]).map(infoOf);
}

const damaged = (detail: string) => new ApiError('error.snapshotDamaged', detail);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every record checked as if it came from the renderer: a damaged snapshot is refused, never half-restored. */
function validDocument(value: unknown): WorkshopDoc {
  if (!isObject(value)) throw damaged('not a document');
  const meta = WorkshopMetaSchema.safeParse(value.meta);
  if (!meta.success) throw damaged('meta');
  const doc = emptyDoc();
  doc.meta = meta.data;
  for (const table of collectionNames) {
    const rows = value[table];
    if (!isObject(rows)) throw damaged(table);
    const target = doc[table] as Record<string, unknown>;
    for (const [id, record] of Object.entries(rows)) {
      const parsed = recordSchemas[table].safeParse(record);
      // The id check also keeps keys such as "__proto__" out (they fail the id pattern).
      if (!parsed.success || parsed.data.id !== id) throw damaged(`${table} ${id.slice(0, 80)}`);
      target[id] = parsed.data;
    }
  }
  for (const item of Object.values(doc.items)) if (!doc.boards[item.boardId]) throw damaged(`item ${item.id} without its board`);
  return doc;
}

/** A snapshot's document, inflated and validated. */
export function snapshotDocument(file: WorkshopFile, id: number): WorkshopDoc {
  const row = file.database.prepare('SELECT schema_version, doc FROM snapshots WHERE id = ?').get(id) as { schema_version: number; doc: Buffer } | undefined;
  if (!row) throw new ApiError('error.snapshotNotFound', String(id));
  // Migrations that change the document's shape convert snapshots too, so an older version is fine.
  if (row.schema_version > CURRENT_SCHEMA_VERSION) throw damaged(`schema ${row.schema_version}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(row.doc, { maxOutputLength: MAX_JSON_BYTES }).toString('utf8'));
  } catch {
    throw damaged('unreadable');
  }
  return validDocument(parsed);
}

/** The row changes that turn the file's document into `doc`: every record written, the rest deleted. */
function replacementChanges(db: Database.Database, doc: WorkshopDoc): RowChange[] {
  const changes: RowChange[] = [{ table: 'meta', op: 'put', record: doc.meta }];
  for (const table of collectionNames) {
    const wanted = doc[table] as Record<string, unknown>;
    for (const id of db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]) {
      if (!Object.hasOwn(wanted, id)) changes.push({ table, op: 'delete', id });
    }
    for (const record of Object.values(wanted)) changes.push({ table, op: 'put', record } as RowChange);
  }
  return changes;
}

/**
 * Gjenopprett: replaces the document with a snapshot's. In one transaction the current state is
 * first kept as an automatic snapshot (restoring that one undoes this), then every row is
 * rewritten; a failure anywhere leaves the file as it was.
 */
export function restoreSnapshot(file: WorkshopFile, id: number, now = new Date()): RestoreResult {
  const doc = snapshotDocument(file, id);
  const db = file.database;
  let undoSnapshot: SnapshotInfo | undefined;
  let revision = 0;
  try {
    db.transaction(() => {
      undoSnapshot = takeSnapshot(file, { kind: 'auto', reason: 'beforeRestore' }, now, id);
      revision = file.apply(replacementChanges(db, doc));
    })();
  } catch (error) {
    throw asApiError(error);
  }
  return { doc: file.load(), revision, undoSnapshot: undoSnapshot! };
}

/**
 * When the app snapshots by itself: once when a file is opened, then at most once per interval
 * while edits keep coming. A snapshot that fails (a full disk) never fails the edit that prompted
 * it; it is tried again a minute later. Times are kept in memory, per open file.
 */
export class AutoSnapshots {
  private readonly due = new WeakMap<WorkshopFile, number>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly intervalMs = AUTO_SNAPSHOT_INTERVAL_MS,
  ) {}

  opened(file: WorkshopFile): void {
    // A read-only file is shown as it is: nothing, not even a snapshot, is written to it.
    if (!file.readOnly) this.attempt(file, 'open');
  }

  edited(file: WorkshopFile): void {
    const due = this.due.get(file);
    if (due !== undefined && this.now() < due) return;
    this.attempt(file, 'interval');
  }

  private attempt(file: WorkshopFile, reason: SnapshotReason): void {
    const at = this.now();
    try {
      takeSnapshot(file, { kind: 'auto', reason }, new Date(at));
      this.due.set(file, at + this.intervalMs);
    } catch {
      // The edit itself succeeded and is saved; the next edit after RETRY_MS tries again.
      this.due.set(file, at + RETRY_MS);
    }
  }
}

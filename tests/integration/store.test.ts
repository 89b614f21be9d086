import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { boardsInOrder } from '../../shared/model/document.ts';
import { patchesToChanges } from '../../shared/model/changes.ts';
import { perform } from '../../shared/ops/operation.ts';
import { renameBoard } from '../../shared/ops/boardOps.ts';
import { updateMeta } from '../../shared/ops/workshopOps.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { APPLICATION_ID } from '../../electron/store/fileFormat.ts';
import { CURRENT_SCHEMA_VERSION } from '../../electron/store/migrations/index.ts';
import { bytesOf, cleanupFolders, createFile, tempFolder, workshopWith } from '../helpers/workshop.ts';

afterEach(cleanupFolders);

function reopen(path: string) {
  const outcome = WorkshopFile.open(path);
  if (outcome.status !== 'ok') throw new Error(`expected ok, got ${outcome.status}`);
  return outcome;
}

describe('a workshop file', () => {
  it('create, edit, close, reopen: everything is there', () => {
    const doc = workshopWith({ boards: 2, notesPerBoard: 20, actors: ['HNT Stjørdal DPS', 'Meråker kommune', 'Snåase – Snåsa'] });
    const { path, file } = createFile(doc);
    const [board] = boardsInOrder(doc);
    const edit = perform(doc, renameBoard, { id: board!.id, name: 'Aktørkart – Værnesregionen ✓' });
    file.apply(patchesToChanges(edit.patches, edit.doc));
    const meta = perform(edit.doc, updateMeta, { patch: { title: 'Læringsnettverk «Gode pasientforløp»' } });
    file.apply(patchesToChanges(meta.patches, meta.doc));
    file.close();

    const { file: again, doc: loaded } = reopen(path);
    expect(loaded).toEqual(meta.doc);
    again.close();
  });

  it('is marked as ours and carries its schema version', () => {
    const { path, file } = createFile();
    file.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  it('uses WAL with full sync while open, and closing leaves one self-contained file', () => {
    const { path, file } = createFile(workshopWith({ notesPerBoard: 10 }));
    expect(file.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(file.database.pragma('synchronous', { simple: true })).toBe(2);
    file.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('a file copied alone (without its -wal) after close is complete', () => {
    const { path, file } = createFile(workshopWith({ notesPerBoard: 5 }));
    const doc = file.load();
    file.close();
    const copy = join(tempFolder(), 'kopi.samkart');
    copyFileSync(path, copy);
    const { file: opened, doc: loaded } = reopen(copy);
    expect(loaded).toEqual(doc);
    opened.close();
  });

  it('backupTo makes a complete copy at the target, replacing nothing half-way', async () => {
    const doc = workshopWith({ boards: 2, notesPerBoard: 30 });
    const { file } = createFile(doc);
    const target = join(tempFolder(), 'Lagret som.samkart');
    await file.backupTo(target);
    file.close();
    const { file: copy, doc: loaded } = reopen(target);
    expect(loaded).toEqual(doc);
    copy.close();
  });
});

describe('opening files that are not healthy workshops leaves them untouched', () => {
  const expectUntouched = (path: string, expected: string) => {
    const before = bytesOf(path);
    const outcome = WorkshopFile.open(path);
    expect(outcome.status).toBe(expected);
    expect(bytesOf(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    return outcome;
  };

  it('a PNG renamed to .samkart is not our file', () => {
    const path = join(tempFolder(), 'bilde.samkart');
    writeFileSync(path, Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
    expectUntouched(path, 'notOurFile');
  });

  it('an empty file and a text file are not our files', () => {
    const empty = join(tempFolder(), 'tom.samkart');
    writeFileSync(empty, '');
    expectUntouched(empty, 'notOurFile');
    const text = join(tempFolder(), 'notat.samkart');
    writeFileSync(text, 'Referat fra samling 2, Stjørdal\n');
    expectUntouched(text, 'notOurFile');
  });

  it('an unrelated SQLite database is not our file', () => {
    const path = join(tempFolder(), 'annen.samkart');
    const db = new Database(path);
    db.exec('CREATE TABLE pasienter (navn TEXT); INSERT INTO pasienter VALUES (\'Ola\');');
    db.close();
    expectUntouched(path, 'notOurFile');
  });

  it('a file from a newer schema version is too new', () => {
    const { path, file } = createFile();
    file.close();
    const db = new Database(path);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 5}`);
    db.close();
    const outcome = expectUntouched(path, 'tooNew');
    expect(outcome.status === 'tooNew' && outcome.foundVersion).toBe(CURRENT_SCHEMA_VERSION + 5);
  });

  it('a truncated workshop is damaged', () => {
    const { path, file } = createFile(workshopWith({ notesPerBoard: 300 }));
    file.close();
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expectUntouched(path, 'corrupt');
    truncateSync(path, 50);
    expectUntouched(path, 'corrupt');
  });

  it('a workshop with garbage written over its pages is damaged', () => {
    const { path, file } = createFile(workshopWith({ notesPerBoard: 300 }));
    file.close();
    const bytes = readFileSync(path);
    for (let i = 4096; i < bytes.length - 4096; i += 7) bytes[i] = (bytes[i]! + 91) & 0xff;
    writeFileSync(path, bytes);
    expectUntouched(path, 'corrupt');
  });

  it('a workshop whose rows do not parse is damaged, and is not migrated or written', () => {
    const { path, file } = createFile(workshopWith({ notesPerBoard: 3 }));
    file.close();
    const db = new Database(path);
    db.prepare("UPDATE items SET data = '{\"id\": 42}' WHERE rowid = (SELECT min(rowid) FROM items)").run();
    db.close();
    expectUntouched(path, 'corrupt');
  });

  // Each of these once reached the user as a disk error ("could not be opened: SQLITE_READONLY",
  // "table snapshots already exists"): the disk was fine, the file was damaged.
  for (const [what, damage] of [
    ['its format write version (byte 18) is 3', (b: Buffer) => void (b[18] = 3)],
    ['its format read version (byte 19) is 0xff', (b: Buffer) => void (b[19] = 0xff)],
    ['its schema format number is 255', (b: Buffer) => b.writeUInt32BE(255, 44)],
    ['its schema version is 0 though it has tables', (b: Buffer) => b.writeUInt32BE(0, 60)],
    ['its schema version is 1 though it has the tables of version 2', (b: Buffer) => b.writeUInt32BE(1, 60)],
  ] as const) {
    it(`a workshop whose header is damaged so that ${what} is damaged, not a disk error`, () => {
      const { path, file } = createFile(workshopWith({ notesPerBoard: 30 }));
      file.close();
      const bytes = readFileSync(path);
      damage(bytes);
      writeFileSync(path, bytes);
      expectUntouched(path, 'corrupt');
      expect(existsSync(`${path}-journal`)).toBe(false);
    });
  }

  it('a missing file is reported as not found', () => {
    expect(WorkshopFile.open(join(tempFolder(), 'borte.samkart')).status).toBe('notFound');
  });
});

describe('one writer at a time', () => {
  it('a second open of the same file in the same process is refused while the first is open', () => {
    const { path, file } = createFile();
    expect(WorkshopFile.open(path).status).toBe('locked');
    file.close();
    const again = reopen(path);
    again.file.close();
  });

  it('another process cannot open the file while it is open here', async () => {
    const { path, file } = createFile();
    const { execFileSync } = await import('node:child_process');
    const script = `import { WorkshopFile } from ${JSON.stringify(join(import.meta.dirname, '../../electron/store/workshopFile.ts'))};
      console.log(WorkshopFile.open(${JSON.stringify(path)}).status);`;
    const out = execFileSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('locked');
    file.close();
  });
});

describe('an edit writes only the rows it touches', () => {
  it('in a 50,000-item workshop, renaming a board writes one row and a few pages', () => {
    const doc = workshopWith({ boards: 5, notesPerBoard: 10_000 });
    const { path, file } = createFile(doc);
    const db = file.database;
    const totalChanges = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const walSize = () => statSync(`${path}-wal`).size;
    const [board] = boardsInOrder(doc);
    const edit = perform(doc, renameBoard, { id: board!.id, name: 'Endret' });

    const rowsBefore = totalChanges();
    const walBefore = existsSync(`${path}-wal`) ? walSize() : 0;
    file.apply(patchesToChanges(edit.patches, edit.doc));
    expect(totalChanges() - rowsBefore).toBe(1);
    // The WAL grows by the pages of that row and its index entries, not by the workshop's size.
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    expect(walSize() - walBefore).toBeLessThanOrEqual(8 * (pageSize + 24));
    expect(statSync(path).size).toBeGreaterThan(50 * pageSize * 8);
    file.close();
  }, 120_000);
});

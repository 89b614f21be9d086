import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenResult, SaveAsResult } from '../../../shared/api/results.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { scanWal } from '../../../electron/store/walScan.ts';
import { canMount, mountTmpfs, needsMount, unmount } from '../../reliability/faults/mounts.ts';
import { crashedWorkshop, flipWalFrame, hostBackend, isOpenOk, noteEdit, texts, withDamagedIndex } from '../../helpers/fileSafety.ts';
import { cleanupFolders, tempFolder, workshopWith } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

const newWorkshop = (title: string) => ({ title, region: '', facilitator: '', gatheringDates: [] });

describe('a leftover -wal never goes into another file', () => {
  it('a new workshop under the name of one moved away after a crash opens empty; the old -wal is kept aside and the user told', async () => {
    const { folder, call } = hostBackend();
    const path = join(folder, 'Budsjett.samkart');
    crashedWorkshop(path, 30);
    renameSync(path, join(tempFolder(), 'Budsjett.samkart'));
    const created = await call<OpenResult>('createWorkshop', newWorkshop('Budsjett'));
    expect(created.ok).toBe(true);
    if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
    expect(created.value.fileName).toBe('Budsjett.samkart');
    expect(Object.keys(created.value.doc.items)).toHaveLength(0);
    expect(created.value.notices).toEqual([{ kind: 'sidecarsKept', keptName: expect.stringMatching(/^Budsjett \(lagt til side .*\)\.samkart$/) }]);
    const kept = created.value.notices![0]!.keptName;
    expect(existsSync(join(folder, `${kept}-wal`))).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(true); // the new workshop's own, now
    // And again after closing and opening: nothing of the old one got in.
    await call('closeWorkshop', created.value.handle);
    const again = WorkshopFile.open(path);
    if (again.status !== 'ok') throw new Error(again.status);
    expect(Object.keys(again.doc.items)).toHaveLength(0);
    again.file.close();
  });

  it('"Lagre som" onto such a name writes the copy without the stray -wal', async () => {
    const { folder, call } = hostBackend();
    crashedWorkshop(join(folder, 'Kopi.samkart'), 12);
    renameSync(join(folder, 'Kopi.samkart'), join(tempFolder(), 'Kopi.samkart'));
    const created = await call<OpenResult>('createWorkshop', newWorkshop('Original'));
    if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
    await call('applyChanges', created.value.handle, noteEdit(created.value.doc, 'min egen lapp'));
    const saved = await call<SaveAsResult>('saveAs', created.value.handle, 'Kopi.samkart');
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', fileName: 'Kopi.samkart', notices: [{ kind: 'sidecarsKept' }] } });
    await call('closeWorkshop', created.value.handle);
    const copy = WorkshopFile.open(join(folder, 'Kopi.samkart'));
    if (copy.status !== 'ok') throw new Error(copy.status);
    expect(texts(copy.doc)).toEqual(['min egen lapp']);
    copy.file.close();
  });
});

describe('a leftover -wal beside an older copy put back by hand', () => {
  it('is not replayed into it: the copy opens as it was, the -wal is kept aside under a name a person finds, and the user is told', async () => {
    const { folder, call } = hostBackend();
    const path = join(folder, 'Budsjett.samkart');
    // An older, cleanly closed copy of the workshop (two notes), made before the session that crashed.
    const older = join(tempFolder(), 'Budsjett.samkart');
    const file = WorkshopFile.create(older, workshopWith());
    file.apply(noteEdit(file.load(), 'Eldre lapp 1'));
    file.apply(noteEdit(file.load(), 'Eldre lapp 2'));
    file.close();
    // The app is killed with 30 notes in the -wal; the person puts the older copy back under the name.
    crashedWorkshop(path, 30);
    copyFileSync(older, path);
    const walBefore = readFileSync(`${path}-wal`);
    const opened = await call<OpenResult>('openFromFolder', 'Budsjett.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(texts(opened.value.doc).sort()).toEqual(['Eldre lapp 1', 'Eldre lapp 2']);
    expect(opened.value.notices).toEqual([{ kind: 'foreignWalKept', keptName: expect.stringMatching(/^Budsjett \(lagt til side .*\)\.samkart$/) }]);
    const kept = join(folder, `${opened.value.notices![0]!.keptName}-wal`);
    expect(readFileSync(kept).equals(walBefore)).toBe(true);
    // Edits go on in the copy, and after closing and opening again nothing of the old -wal got in.
    expect((await call('applyChanges', opened.value.handle, noteEdit(opened.value.doc, 'Ny lapp'))).ok).toBe(true);
    await call('closeWorkshop', opened.value.handle);
    const again = WorkshopFile.open(path);
    if (again.status !== 'ok') throw new Error(again.status);
    expect(texts(again.doc).sort()).toEqual(['Eldre lapp 1', 'Eldre lapp 2', 'Ny lapp']);
    expect(again.file.notices).toEqual([]);
    again.file.close();
  });

  it('a -wal whose page size is not the file\'s is not replayed either', async () => {
    const { folder, call } = hostBackend();
    const path = join(folder, 'Sidestørrelse.samkart');
    crashedWorkshop(path, 5);
    // The file itself is in WAL mode, as a copy taken while it was open would be; beside it lies the
    // -wal of another database, one with 8 KiB pages, whole and valid (SQLite would replay it).
    expect(readFileSync(path)[18]).toBe(2);
    const scratch = join(tempFolder(), 'annen.db');
    const other = new Database(scratch);
    other.pragma('page_size = 8192');
    other.pragma('locking_mode = EXCLUSIVE');
    other.pragma('journal_mode = WAL');
    other.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('fremmed')");
    copyFileSync(`${scratch}-wal`, `${path}-wal`);
    other.close();
    expect(scanWal(`${path}-wal`)).toMatchObject({ dropped: 0 });
    const opened = await call<OpenResult>('openFromFolder', 'Sidestørrelse.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(opened.value.notices).toEqual([{ kind: 'foreignWalKept', keptName: expect.any(String) }]);
    await call('closeWorkshop', opened.value.handle);
  });

  it('the workshop\'s own -wal after a crash is still replayed, without a word', async () => {
    const { folder, call } = hostBackend();
    crashedWorkshop(join(folder, 'Egen logg.samkart'), 7);
    const opened = await call<OpenResult>('openFromFolder', 'Egen logg.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(texts(opened.value.doc)).toHaveLength(7);
    expect(opened.value.notices).toBeUndefined();
    await call('closeWorkshop', opened.value.handle);
  });
});

describe('a damaged -wal', () => {
  it('reads every frame SQLite replays, and counts what it would drop', () => {
    const path = join(tempFolder(), 'Skann.samkart');
    crashedWorkshop(path, 6);
    const whole = scanWal(`${path}-wal`)!;
    expect(whole.dropped).toBe(0);
    expect(whole.replayed).toBeGreaterThan(6);
    flipWalFrame(`${path}-wal`, 3);
    const damaged = scanWal(`${path}-wal`)!;
    expect(damaged.replayed).toBeLessThan(4);
    expect(damaged.dropped).toBeGreaterThan(0);
  });

  it('opens with what can be replayed, keeps the file and its -wal as they were before opening, and says where', async () => {
    const { folder, call } = hostBackend();
    const path = join(folder, 'Skadet logg.samkart');
    crashedWorkshop(path, 10);
    flipWalFrame(`${path}-wal`, 4);
    const before = { file: readFileSync(path), wal: readFileSync(`${path}-wal`) };
    const opened = await call<OpenResult>('openFromFolder', 'Skadet logg.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(opened.value.notices).toEqual([{ kind: 'walDamaged', keptName: expect.stringMatching(/^Skadet logg \(kopi før åpning .*\)\.samkart$/) }]);
    const kept = join(folder, opened.value.notices![0]!.keptName);
    expect(readFileSync(kept).equals(before.file)).toBe(true);
    expect(readFileSync(`${kept}-wal`).equals(before.wal)).toBe(true);
  });

  it('a cut-off -wal (the last frames truncated) is kept as well', async () => {
    const { folder, call } = hostBackend();
    const path = join(folder, 'Avkuttet.samkart');
    crashedWorkshop(path, 10);
    const wal = readFileSync(`${path}-wal`);
    writeFileSync(`${path}-wal`, wal.subarray(0, wal.length - 3000));
    const opened = await call<OpenResult>('openFromFolder', 'Avkuttet.samkart');
    expect(opened).toMatchObject({ ok: true, value: { status: 'ok', notices: [{ kind: 'walDamaged' }] } });
  });

  it('a whole -wal after a crash opens without a word (nothing lost, nothing to tell)', async () => {
    const { folder, call } = hostBackend();
    crashedWorkshop(join(folder, 'Hel.samkart'), 8);
    const opened = await call<OpenResult>('openFromFolder', 'Hel.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(opened.value.notices).toBeUndefined();
    expect(texts(opened.value.doc)).toHaveLength(8);
  });
});

describe('a damaged index after an unclean close', () => {
  it('is found by integrity_check, offered a repair in a copy; the original is kept and edits work again', async () => {
    const { folder, call } = hostBackend();
    const path = join(folder, 'Indeks.samkart');
    withDamagedIndex(path);
    const original = readFileSync(path);
    const opened = await call<OpenResult>('openFromFolder', 'Indeks.samkart');
    expect(opened).toMatchObject({ ok: true, value: { status: 'corrupt', offer: { kind: 'repair' } } });
    expect(readFileSync(path).equals(original)).toBe(true);
    if (!opened.ok || opened.value.status !== 'corrupt') return;
    const repaired = await call<OpenResult>('takeOffer', opened.value.offer!.id);
    if (!repaired.ok || !isOpenOk(repaired.value)) throw new Error(JSON.stringify(repaired));
    expect(repaired.value.notices).toEqual([{ kind: 'repaired', keptName: expect.stringMatching(/^Indeks \(før reparasjon .*\)\.samkart$/) }]);
    expect(readFileSync(join(folder, repaired.value.notices![0]!.keptName)).equals(original)).toBe(true);
    expect(texts(repaired.value.doc)).toHaveLength(5);
    const item = Object.values(repaired.value.doc.items)[0]!;
    expect((await call('applyChanges', repaired.value.handle, [{ table: 'items', op: 'delete', id: item.id }])).ok).toBe(true);
    expect((await call('applyChanges', repaired.value.handle, noteEdit(repaired.value.doc, 'etter reparasjonen'))).ok).toBe(true);
    await call('closeWorkshop', repaired.value.handle);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // An offer works once.
    expect(await call('takeOffer', opened.value.offer!.id)).toMatchObject({ ok: false, error: { key: 'error.offerExpired' } });
  });
});

describe('only regular files', () => {
  it('a FIFO named x.samkart-wal is refused at once, never read (a child process, so a hang fails the test instead of the run)', () => {
    const folder = tempFolder();
    const path = join(folder, 'x.samkart');
    WorkshopFile.create(path, workshopWith()).close();
    expect(spawnSync('mkfifo', [`${path}-wal`]).status).toBe(0);
    const script = `import { WorkshopFile } from ${JSON.stringify(join(import.meta.dirname, '../../../electron/store/workshopFile.ts'))};
      const outcome = WorkshopFile.open(${JSON.stringify(path)}); console.log(outcome.status);`;
    const child = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', script], { timeout: 15_000, encoding: 'utf8' });
    expect(child.signal).toBeNull();
    expect(child.stdout.trim()).toBe('notRegularFile');
  });
});

describe('smaller holes', () => {
  it('props nested 5,000 deep and a note text of 1,000,000 characters are invalid calls, not write failures', async () => {
    const { call } = hostBackend();
    const created = await call<OpenResult>('createWorkshop', newWorkshop('Grenser'));
    if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
    const [change] = noteEdit(created.value.doc, 'x') as unknown as [{ table: 'items'; op: 'put'; record: { props: Record<string, unknown> } }];
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    const nested = { ...change, record: { ...change.record, props: { ...change.record.props, deep } } };
    expect(await call('applyChanges', created.value.handle, [nested])).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    const long = { ...change, record: { ...change.record, props: { ...change.record.props, text: 'æ'.repeat(1_000_000) } } };
    expect(await call('applyChanges', created.value.handle, [long])).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    const limit = { ...change, record: { ...change.record, props: { ...change.record.props, text: 'æ'.repeat(200_000) } } };
    expect(await call('applyChanges', created.value.handle, [limit])).toMatchObject({ ok: true });
  });

  for (const [what, title] of [
    ['120 Arabic letters', 'ع'.repeat(120)],
    ['80 CJK characters', '漢'.repeat(80)],
    ['60 emoji', '👩‍⚕️'.repeat(60)],
  ] as const) {
    it(`a title of ${what} makes a file whose name fits 255 bytes, with room for its -journal`, async () => {
      const { folder, call } = hostBackend();
      const created = await call<OpenResult>('createWorkshop', newWorkshop(title));
      if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
      expect(Buffer.byteLength(`${created.value.fileName}-journal`)).toBeLessThanOrEqual(255);
      expect(readdirSync(folder)).toContain(created.value.fileName);
      // The same title twice: " (2)" still fits.
      const second = await call<OpenResult>('createWorkshop', newWorkshop(title));
      expect(second).toMatchObject({ ok: true, value: { status: 'ok' } });
    });
  }

  it('an error never names a path on this machine', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'ikke en mappe'), 'x');
    const platform = createWebPlatform(folder, tempFolder());
    // A "folder" that is a file: Node's ENOTDIR message names the whole path.
    const backend = createHandlers({ ...platform, chooseNewPath: async (_ctx, name) => join(folder, 'ikke en mappe', name) });
    const failed = await dispatch(backend.handlers, { clientId: 'web' }, 'createWorkshop', [newWorkshop('Sti')]);
    expect(failed.ok).toBe(false);
    expect(JSON.stringify(failed)).not.toContain(folder);
  });

  it('one dangling *.samkart link does not break the "Åpne" list', async () => {
    const { folder, call } = hostBackend();
    WorkshopFile.create(join(folder, 'Ekte.samkart'), workshopWith()).close();
    symlinkSync(join(folder, 'borte.samkart'), join(folder, 'Lenke.samkart'));
    const listing = await call<{ files: { fileName: string }[] }>('listFolder');
    expect(listing).toMatchObject({ ok: true });
    if (listing.ok) expect(listing.value.files.map((f) => f.fileName)).toEqual(['Ekte.samkart']);
  });

  it.runIf(canMount)(`opening with a full disk says "disk full" and leaves nothing open${needsMount}`, async () => {
    const profile = tempFolder();
    mountTmpfs(profile, 64);
    try {
      const { folder, call } = hostBackend(tempFolder(), profile);
      WorkshopFile.create(join(folder, 'Full.samkart'), workshopWith()).close();
      try {
        writeFileSync(join(profile, 'fyll'), Buffer.alloc(1024 * 1024));
      } catch {
        // full now
      }
      const opened = await call('openFromFolder', 'Full.samkart');
      expect(opened).toMatchObject({ ok: false, error: { key: 'error.diskFull' } });
      // Not left open behind the error: another client can have it.
      const other = hostBackend(folder, tempFolder());
      expect(await other.call('openFromFolder', 'Full.samkart')).toMatchObject({ ok: true, value: { status: 'ok' } });
      other.backend.closeAll();
    } finally {
      unmount(profile);
    }
  });
});

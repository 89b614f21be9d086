import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import { isOpened, type Envelope, type OpenResult } from '../../../shared/api/results.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { RowChange } from '../../../shared/model/changes.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { ClientApiError } from '../../../renderer/src/api/apiError.ts';
import { PersistQueue, type SaveStatus } from '../../../renderer/src/state/persistQueue.ts';
import { canMount, mountReadOnlyView, needsMount, unmount } from '../../reliability/faults/mounts.ts';
import { bytesOf, cleanupFolders, note, tempFolder, workshopWith } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

/** The browser host's handler table on a folder, called as the page calls it. */
async function session(folder = tempFolder()) {
  const backend = createHandlers(createWebPlatform(folder, tempFolder()));
  const ctx = { clientId: 'web' };
  const call = <T>(method: string, ...args: unknown[]) => dispatch(backend.handlers, ctx, method, args) as Promise<Envelope<T>>;
  const created = await call<OpenResult>('createWorkshop', { title: 'Flyttet', region: '', facilitator: '', gatheringDates: [] });
  if (!created.ok || !('handle' in created.value)) throw new Error(JSON.stringify(created));
  const { handle, doc } = created.value;
  const board = Object.keys(doc.boards)[0] as BoardId;
  const edit = (text: string): RowChange[] => [{ table: 'items', op: 'put', record: note(board, text) }];
  const path = join(folder, created.value.fileName);
  return { backend, call, handle, edit, path, folder };
}

/** The workshop file alone, as a crash would leave it if its -wal were lost: what survives in the file itself. */
function textsInFileAlone(path: string): string[] {
  const copy = join(tempFolder(), 'alene.samkart');
  copyFileSync(path, copy);
  const opened = WorkshopFile.open(copy);
  if (opened.status !== 'ok') throw new Error(opened.status);
  opened.file.close();
  return Object.values(opened.doc.items).map((i) => String(i.props.text));
}

describe('a file moved, renamed or deleted while open', () => {
  for (const [what, move] of [
    ['renamed', (path: string) => renameSync(path, path.replace('.samkart', ' (omdøpt).samkart'))],
    ['moved to another folder', (path: string) => renameSync(path, join(tempFolder(), 'Flyttet.samkart'))],
    ['deleted', (path: string) => rmSync(path)],
  ] as const) {
    it(`${what}: the next edit is refused with error.fileMoved, what was saved is in the file, and "Lagre som" carries on`, async () => {
      const s = await session();
      expect((await s.call('applyChanges', s.handle, s.edit('lagret før flyttingen'))).ok).toBe(true);
      const movedTo = what === 'renamed' ? s.path.replace('.samkart', ' (omdøpt).samkart') : undefined;
      move(s.path);
      const refused = await s.call('applyChanges', s.handle, s.edit('etter flyttingen'));
      expect(refused).toMatchObject({ ok: false, error: { key: 'error.fileMoved' } });
      // Saved edits were checkpointed into the file itself: its WAL still has the old name.
      if (movedTo) expect(textsInFileAlone(movedTo)).toContain('lagret før flyttingen');
      const saved = await s.call<{ status: string; fileName: string }>('saveAs', s.handle, 'Reddet.samkart');
      expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
      expect((await s.call('applyChanges', s.handle, s.edit('etter flyttingen'))).ok).toBe(true);
      s.backend.closeAll();
      const rescued = WorkshopFile.open(join(s.folder, saved.ok ? saved.value.fileName : ''));
      expect(rescued.status).toBe('ok');
      if (rescued.status !== 'ok') return;
      expect(Object.values(rescued.doc.items).map((i) => i.props.text)).toEqual(expect.arrayContaining(['lagret før flyttingen', 'etter flyttingen']));
      rescued.file.close();
    });
  }
});

describe('the -wal deleted while open', () => {
  it('without the guard, a crash right after would lose what the lost WAL held (why the guard exists)', () => {
    const path = join(tempFolder(), 'Uten vakt.samkart');
    const file = WorkshopFile.create(path, workshopWith());
    const board = Object.keys(file.load().boards)[0] as BoardId;
    file.apply([{ table: 'items', op: 'put', record: note(board, 'bare i WAL') }]);
    rmSync(`${path}-wal`);
    file.apply([{ table: 'items', op: 'put', record: note(board, 'i en WAL uten navn') }]);
    expect(textsInFileAlone(path)).not.toContain('i en WAL uten navn');
    file.close();
  });

  it('through the app, edits go on and a crash right after loses nothing: the lost WAL is checkpointed and a new one started', async () => {
    const s = await session();
    expect((await s.call('applyChanges', s.handle, s.edit('før'))).ok).toBe(true);
    rmSync(`${s.path}-wal`);
    expect((await s.call('applyChanges', s.handle, s.edit('etter'))).ok).toBe(true);
    expect(existsSync(`${s.path}-wal`)).toBe(true);
    // A crash now: the file and its new WAL are what the next start finds.
    const crashed = join(tempFolder(), 'krasj.samkart');
    copyFileSync(s.path, crashed);
    copyFileSync(`${s.path}-wal`, `${crashed}-wal`);
    const opened = WorkshopFile.open(crashed);
    expect(opened.status).toBe('ok');
    if (opened.status === 'ok') {
      expect(Object.values(opened.doc.items).map((i) => i.props.text)).toEqual(expect.arrayContaining(['før', 'etter']));
      opened.file.close();
    }
    s.backend.closeAll();
  });
});

describe('a read-only file', () => {
  /** Nothing beside the file either: no -wal, -shm or -journal made in the folder. */
  function expectUntouched(path: string, before: Buffer): void {
    expect(bytesOf(path).equals(before)).toBe(true);
    for (const suffix of ['-wal', '-shm', '-journal']) expect(existsSync(path + suffix), suffix).toBe(false);
  }

  /**
   * The handler table on `folder`, with a save dialog that picks `saveTo` as Electron's would;
   * without `saveTo`, "Lagre som" goes into `folder` itself, as in the browser host.
   */
  function backendOn(folder: string, saveTo?: string) {
    const platform = createWebPlatform(folder, tempFolder());
    const backend = createHandlers(saveTo ? { ...platform, chooseSaveAsPath: async (_ctx, name) => join(saveTo, name) } : platform);
    const call = <T>(method: string, ...args: unknown[]) => dispatch(backend.handlers, { clientId: 'web' }, method, args) as Promise<Envelope<T>>;
    return { backend, call };
  }

  function texts(doc: WorkshopDoc): string[] {
    return Object.values(doc.items).map((i) => String(i.props.text));
  }

  it.runIf(canMount)(`on a read-only share (a read-only bind mount): shown as it is, edits refused with error.readOnly, nothing written, "Lagre som" elsewhere carries on${needsMount}`, async () => {
    const source = tempFolder();
    WorkshopFile.create(join(source, 'Delt.samkart'), workshopWith({ notesPerBoard: 3 })).close();
    const share = tempFolder();
    mountReadOnlyView(source, share);
    const path = join(share, 'Delt.samkart');
    try {
      const before = bytesOf(path);
      const rescueFolder = tempFolder();
      const { backend, call } = backendOn(share, rescueFolder);
      const opened = await call<OpenResult>('openFromFolder', 'Delt.samkart');
      expect(opened).toMatchObject({ ok: true, value: { status: 'ok', readOnly: true } });
      if (!opened.ok || !isOpened(opened.value)) return;
      const { handle, doc } = opened.value;
      expect(Object.keys(doc.items)).toHaveLength(3);
      const board = Object.keys(doc.boards)[0] as BoardId;
      const edit: RowChange[] = [{ table: 'items', op: 'put', record: note(board, 'skrevet på den delte filen') }];
      expect(await call('applyChanges', handle, edit)).toMatchObject({ ok: false, error: { key: 'error.readOnly' } });
      expect(await call('takeSnapshot', handle, 'Etter samling 1', null)).toMatchObject({ ok: false, error: { key: 'error.readOnly' } });
      expect(await call('listSnapshots', handle)).toMatchObject({ ok: true });
      expectUntouched(path, before);

      // "Lagre som" to another folder; the edit that was refused (the renderer keeps it) then lands there.
      const saved = await call<{ status: string; fileName: string }>('saveAs', handle, 'Min kopi');
      expect(saved).toMatchObject({ ok: true, value: { status: 'saved', fileName: 'Min kopi.samkart' } });
      expect((await call('applyChanges', handle, edit)).ok).toBe(true);
      backend.closeAll();
      expectUntouched(path, before);
      const copy = WorkshopFile.open(join(rescueFolder, 'Min kopi.samkart'));
      expect(copy.status).toBe('ok');
      if (copy.status !== 'ok') return;
      expect(copy.file.readOnly).toBe(false);
      expect(texts(copy.doc)).toContain('skrevet på den delte filen');
      expect(Object.keys(copy.doc.items)).toHaveLength(4);
      copy.file.close();
    } finally {
      unmount(share);
    }
  });

  it.runIf(canMount)(`on a read-only share, through the window's save queue: says read-only from the start, keeps the refused edit, and saves it once "Lagre som" has moved on${needsMount}`, async () => {
    const source = tempFolder();
    WorkshopFile.create(join(source, 'Delt.samkart'), workshopWith({ notesPerBoard: 3 })).close();
    const share = tempFolder();
    mountReadOnlyView(source, share);
    try {
      const rescueFolder = tempFolder();
      const { backend, call } = backendOn(share, rescueFolder);
      // The renderer's API client, as either transport gives it: validated, JSON both ways.
      const api = new Proxy({} as SamkartApi, {
        get: (_, method) => async (...args: unknown[]) => {
          const envelope = await call(String(method), ...(JSON.parse(JSON.stringify(args)) as unknown[]));
          if (!envelope.ok) throw ClientApiError.from(envelope.error);
          return JSON.parse(JSON.stringify(envelope.value));
        },
      });
      const opened = await api.openFromFolder('Delt.samkart');
      if (!isOpened(opened)) throw new Error(opened.status);
      const statuses: SaveStatus[] = [];
      const queue = new PersistQueue(api, opened.handle, (status) => statuses.push(status), opened.readOnly);
      expect(queue.current).toEqual({ state: 'readOnly' });
      const board = Object.keys(opened.doc.boards)[0] as BoardId;
      queue.push([{ table: 'items', op: 'put', record: note(board, 'lagt til på den delte filen') }]);
      await queue.idle();
      expect(queue.current).toMatchObject({ state: 'failed', key: 'error.readOnly' });
      expect(queue.hasUnsaved).toBe(true);
      expect(await api.saveAs(opened.handle, 'Min kopi')).toEqual({ status: 'saved', fileName: 'Min kopi.samkart' });
      queue.retry();
      await queue.idle();
      expect(queue.current).toEqual({ state: 'saved' });
      expect(queue.hasUnsaved).toBe(false);
      // What the badge was told, in order: the refusal, then the save after "Lagre som".
      expect(statuses.map((s) => (s.state === 'failed' ? s.key : s.state))).toEqual(['saving', 'error.readOnly', 'saving', 'saved']);
      backend.closeAll();
      const copy = WorkshopFile.open(join(rescueFolder, 'Min kopi.samkart'));
      if (copy.status !== 'ok') throw new Error(copy.status);
      expect(texts(copy.doc)).toContain('lagt til på den delte filen');
      copy.file.close();
    } finally {
      unmount(share);
    }
  });

  it.runIf(canMount)(`on a read-only share, "Lagre som" onto itself says the file is read-only, into the share that the folder is${needsMount}`, async () => {
    const source = tempFolder();
    WorkshopFile.create(join(source, 'Delt.samkart'), workshopWith({ notesPerBoard: 3 })).close();
    const share = tempFolder();
    mountReadOnlyView(source, share);
    try {
      const { backend, call } = backendOn(share, share);
      const opened = await call<OpenResult>('openFromFolder', 'Delt.samkart');
      if (!opened.ok || !isOpened(opened.value)) throw new Error(JSON.stringify(opened));
      expect(await call('saveAs', opened.value.handle, 'Delt')).toMatchObject({ ok: false, error: { key: 'error.readOnly' } });
      expect(await call('saveAs', opened.value.handle, 'Kopi')).toMatchObject({ ok: false, error: { key: 'error.folderReadOnly' } });
      expect(await call('createWorkshop', { title: 'Nytt', region: '', facilitator: '', gatheringDates: [] })).toMatchObject({ ok: false, error: { key: 'error.folderReadOnly' } });
      backend.closeAll();
      expect(readdirSync(share)).toEqual(['Delt.samkart']);
    } finally {
      unmount(share);
    }
  });

  it.runIf(canMount)(`of an older version on a read-only share is upgraded in memory only, and the file stays as it was${needsMount}`, () => {
    const source = tempFolder();
    copyFileSync(join(import.meta.dirname, '../../fixtures/v1.samkart'), join(source, 'Gammel.samkart'));
    const share = tempFolder();
    mountReadOnlyView(source, share);
    try {
      const path = join(share, 'Gammel.samkart');
      const before = bytesOf(path);
      const opened = WorkshopFile.open(path);
      expect(opened.status).toBe('ok');
      if (opened.status !== 'ok') return;
      expect(opened.fromVersion).toBe(1);
      expect(opened.file.readOnly).toBe(true);
      expect(Object.keys(opened.doc.boards).length).toBeGreaterThan(0);
      opened.file.close();
      expectUntouched(path, before);
    } finally {
      unmount(share);
    }
  });

  it.runIf(canMount)(`left with its -wal by a crash, on a read-only share, is shown with every edit its WAL holds, and nothing is written${needsMount}`, () => {
    const path = join(tempFolder(), 'Krasjet.samkart');
    const file = WorkshopFile.create(path, workshopWith({ notesPerBoard: 3 }));
    file.apply([{ table: 'meta', op: 'put', record: { ...file.load().meta, title: 'Bare i WAL' } }]);
    const source = tempFolder();
    copyFileSync(path, join(source, 'Krasjet.samkart'));
    copyFileSync(`${path}-wal`, join(source, 'Krasjet.samkart-wal'));
    file.close();
    const share = tempFolder();
    mountReadOnlyView(source, share);
    try {
      const shared = join(share, 'Krasjet.samkart');
      const before = { main: bytesOf(shared), wal: bytesOf(`${shared}-wal`) };
      const opened = WorkshopFile.open(shared);
      expect(opened.status).toBe('ok');
      if (opened.status !== 'ok') return;
      expect(opened.file.readOnly).toBe(true);
      expect(opened.file.path).toBe(shared);
      expect(opened.doc.meta.title).toBe('Bare i WAL');
      opened.file.close();
      expect(bytesOf(shared).equals(before.main) && bytesOf(`${shared}-wal`).equals(before.wal)).toBe(true);
      expect(readdirSync(share).sort()).toEqual(['Krasjet.samkart', 'Krasjet.samkart-wal']);
    } finally {
      unmount(share);
    }
  });

  it.runIf(process.platform === 'linux')('without write permission (chmod 444 in a folder of 555) is shown read-only, edits refused, nothing written, "Lagre som" elsewhere carries on', () => {
    const dir = tempFolder();
    const path = join(dir, 'Skrivebeskyttet.samkart');
    WorkshopFile.create(path, workshopWith({ notesPerBoard: 3 })).close();
    const before = bytesOf(path);
    const elsewhere = tempFolder();
    chmodSync(elsewhere, 0o777);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    try {
      // Root ignores permissions, so as root the open runs in a child that drops to "nobody".
      const asRoot = process.getuid?.() === 0;
      if (asRoot) chmodSync(join(dir, '..'), statSync(join(dir, '..')).mode | 0o001);
      const script = `const { WorkshopFile } = await import(${JSON.stringify(join(import.meta.dirname, '../../../electron/store/workshopFile.ts'))});
        const { note } = await import(${JSON.stringify(join(import.meta.dirname, '../../helpers/workshop.ts'))});
        ${asRoot ? 'process.setgid(65534); process.setuid(65534);' : ''}
        const o = WorkshopFile.open(${JSON.stringify(path)});
        if (o.status !== 'ok') { console.log(JSON.stringify({ status: o.status, detail: o.detail })); process.exit(0); }
        const edit = [{ table: 'items', op: 'put', record: note(Object.keys(o.doc.boards)[0], 'etter') }];
        let refused = null;
        try { o.file.apply(edit); } catch (e) { refused = e.key; }
        const target = ${JSON.stringify(join(elsewhere, 'Kopi.samkart'))};
        await o.file.backupTo(target);
        o.file.close();
        const copy = WorkshopFile.open(target);
        copy.file.apply(edit);
        const items = Object.keys(copy.file.load().items).length;
        copy.file.close();
        console.log(JSON.stringify({ status: o.status, readOnly: o.file.readOnly, items: Object.keys(o.doc.items).length, refused, copyReadOnly: copy.file.readOnly, copyItems: items }));`;
      const child = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      expect(JSON.parse(child.stdout)).toEqual({ status: 'ok', readOnly: true, items: 3, refused: 'error.readOnly', copyReadOnly: false, copyItems: 4 });
      expectUntouched(path, before);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('after a crash or a full disk: a file left with its -wal', () => {
  it('whose checkpoint was cut short (page 1 written, the rest not) opens with everything its WAL has', () => {
    const path = join(tempFolder(), 'Avbrutt.samkart');
    const file = WorkshopFile.create(path, workshopWith({ notesPerBoard: 5 }));
    const board = Object.keys(file.load().boards)[0] as BoardId;
    for (let i = 0; i < 30; i++) file.apply([{ table: 'items', op: 'put', record: note(board, `Notat ${i} ${'x'.repeat(4000)}`) }]);
    const doc = file.load();
    const left = join(tempFolder(), 'Avbrutt.samkart');
    copyFileSync(path, left);
    copyFileSync(`${path}-wal`, `${left}-wal`);
    file.close();
    // A checkpoint that wrote page 1 (the header, with the new page count) and stopped there.
    const full = join(tempFolder(), 'full.samkart');
    copyFileSync(left, full);
    copyFileSync(`${left}-wal`, `${full}-wal`);
    const db = new Database(full);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const header = readFileSync(full).subarray(0, 4096);
    const main = readFileSync(left);
    header.copy(main, 0);
    writeFileSync(left, main);
    expect(statSync(left).size).toBeLessThan(statSync(full).size);
    const opened = WorkshopFile.open(left);
    expect(opened.status).toBe('ok');
    if (opened.status === 'ok') {
      expect(opened.doc).toEqual(doc);
      expect(opened.file.database.pragma('integrity_check', { simple: true })).toBe('ok');
      opened.file.close();
    }
  });

  it('that is damaged is refused as "corrupt", and neither the file nor its -wal is written', () => {
    const dir = tempFolder();
    const path = join(dir, 'Skadet.samkart');
    const file = WorkshopFile.create(path, workshopWith({ boards: 2, notesPerBoard: 200 }));
    file.apply([{ table: 'meta', op: 'put', record: { ...file.load().meta, title: 'Bare i WAL' } }]);
    const caught = join(tempFolder(), 'Skadet.samkart');
    copyFileSync(path, caught);
    copyFileSync(`${path}-wal`, `${caught}-wal`);
    file.close();
    // A page near the end (the items' index, untouched by the edit in the WAL) lost to zeros.
    const bytes = readFileSync(caught);
    bytes.fill(0, bytes.length - 4096);
    writeFileSync(caught, bytes);
    const wal = readFileSync(`${caught}-wal`);
    const outcome = WorkshopFile.open(caught);
    expect(outcome.status).toBe('corrupt');
    expect(readFileSync(caught).equals(bytes)).toBe(true);
    expect(existsSync(`${caught}-wal`) && readFileSync(`${caught}-wal`).equals(wal)).toBe(true);
    expect(existsSync(`${caught}-shm`)).toBe(false);
  });

  it('that has lost pages the WAL does not hold is still refused as "corrupt", and left as it was', () => {
    const path = join(tempFolder(), 'Avkortet.samkart');
    const file = WorkshopFile.create(path, workshopWith({ notesPerBoard: 300 }));
    file.apply([{ table: 'meta', op: 'put', record: { ...file.load().meta, title: 'Bare i WAL' } }]);
    const caught = join(tempFolder(), 'Avkortet.samkart');
    copyFileSync(path, caught);
    copyFileSync(`${path}-wal`, `${caught}-wal`);
    file.close();
    // Cut at a page boundary, as a copy interrupted by a full disk would be: the WAL beside it
    // relaxes the header's page count check, SQLite itself must still find the loss.
    truncateSync(caught, Math.floor(statSync(caught).size / 2 / 4096) * 4096);
    const bytes = readFileSync(caught);
    const wal = readFileSync(`${caught}-wal`);
    expect(WorkshopFile.open(caught).status).toBe('corrupt');
    expect(readFileSync(caught).equals(bytes)).toBe(true);
    expect(readFileSync(`${caught}-wal`).equals(wal)).toBe(true);
    expect(existsSync(`${caught}-shm`)).toBe(false);
  });

  it('is checked on a copy that is removed afterwards, and a copy left by a process killed while checking is removed by the next check', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const left = join(tmpdir(), `samkart-check-${dead}-etterlatt`);
    mkdirSync(left, { recursive: true });
    writeFileSync(join(left, 'check.samkart'), 'fortrolig');
    const path = join(tempFolder(), 'Etter krasj.samkart');
    const file = WorkshopFile.create(path, workshopWith({ notesPerBoard: 3 }));
    file.apply([{ table: 'meta', op: 'put', record: { ...file.load().meta, title: 'Bare i WAL' } }]);
    const caught = join(tempFolder(), 'Etter krasj.samkart');
    copyFileSync(path, caught);
    copyFileSync(`${path}-wal`, `${caught}-wal`);
    file.close();
    const copiesBefore = readdirSync(tmpdir()).filter((n) => n.startsWith(`samkart-check-${process.pid}-`));
    const opened = WorkshopFile.open(caught);
    expect(opened.status).toBe('ok');
    if (opened.status === 'ok') opened.file.close();
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith(`samkart-check-${process.pid}-`))).toEqual(copiesBefore);
  });

  it('that another program is writing while it is checked is refused as in use, not as damaged', async () => {
    const path = join(tempFolder(), 'I bruk.samkart');
    WorkshopFile.create(path, workshopWith({ notesPerBoard: 5 })).close();
    // Another process holds the file open and keeps writing, as a second copy of Samkart would.
    const script = `const { WorkshopFile } = await import(${JSON.stringify(join(import.meta.dirname, '../../../electron/store/workshopFile.ts'))});
      const { note } = await import(${JSON.stringify(join(import.meta.dirname, '../../helpers/workshop.ts'))});
      const o = WorkshopFile.open(${JSON.stringify(path)});
      const board = Object.keys(o.doc.boards)[0];
      o.file.apply([{ table: 'items', op: 'put', record: note(board, 'i WAL') }]);
      console.log('ready');
      for (;;) o.file.apply([{ table: 'items', op: 'put', record: note(board, 'x'.repeat(2000)) }]);`;
    const writer = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.once('data', () => resolve());
        writer.once('exit', (code) => reject(new Error(`writer exited ${code}`)));
      });
      expect(existsSync(`${path}-wal`)).toBe(true);
      for (let i = 0; i < 5; i++) expect(WorkshopFile.open(path).status).toBe('locked');
    } finally {
      writer.kill('SIGKILL');
    }
  });
});

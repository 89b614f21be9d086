import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isOpened, type OpenResult } from '../../shared/api/results.ts';
import { boardsInOrder } from '../../shared/model/document.ts';
import { patchesToChanges } from '../../shared/model/changes.ts';
import { perform } from '../../shared/ops/operation.ts';
import { renameBoard } from '../../shared/ops/boardOps.ts';
import { createHandlers } from '../../electron/api/handlers.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

afterEach(cleanupFolders);

const windowA = { clientId: 'A' };
const windowB = { clientId: 'B' };

function backend() {
  const folder = tempFolder();
  const platform = createWebPlatform(folder, tempFolder());
  return { folder, ...createHandlers(platform) };
}

function opened(result: OpenResult) {
  if (!isOpened(result)) throw new Error(`expected an open workshop, got ${result.status}`);
  return result;
}

const newWorkshop = { title: 'Fjellregionen: «Sammen om psykisk helse»', region: 'Fjellregionen', facilitator: 'KS', gatheringDates: ['2019-09-17', '2020-01-20', ''] };

describe('the handler table', () => {
  it('creates a workshop under a readable file name, with its gatherings and a first board', async () => {
    const { handlers, folder, closeAll } = backend();
    const result = opened(await handlers.createWorkshop(windowA, newWorkshop));
    expect(result.fileName).toBe('Fjellregionen «Sammen om psykisk helse».samkart');
    expect(existsSync(join(folder, result.fileName))).toBe(true);
    expect(Object.values(result.doc.gatherings).map((g) => g.date).sort()).toEqual(['', '2019-09-17', '2020-01-20']);
    expect(boardsInOrder(result.doc).map((b) => b.name)).toEqual(['Tavle 1']);
    closeAll();
  });

  it('never overwrites: a second workshop with the same title gets its own file', async () => {
    const { handlers, closeAll } = backend();
    const one = opened(await handlers.createWorkshop(windowA, newWorkshop));
    const two = opened(await handlers.createWorkshop(windowB, newWorkshop));
    expect(two.fileName).not.toBe(one.fileName);
    closeAll();
  });

  it('a file open in one window is refused to another, and offered again to the same one', async () => {
    const { handlers, closeAll } = backend();
    const first = opened(await handlers.createWorkshop(windowA, newWorkshop));
    const [recent] = await handlers.listRecent(windowA);
    expect((await handlers.openRecent(windowB, recent!.id)).status).toBe('alreadyOpen');
    const again = opened(await handlers.openRecent(windowA, recent!.id));
    expect(again.handle).toBe(first.handle);
    closeAll();
  });

  it('refuses a handle that belongs to another window', async () => {
    const { handlers, closeAll } = backend();
    const first = opened(await handlers.createWorkshop(windowA, newWorkshop));
    await expect(handlers.applyChanges(windowB, first.handle, [])).rejects.toMatchObject({ key: 'error.notFound' });
    closeAll();
  });

  it('Lagre som copies the workshop and continues in the copy; the original keeps what it had', async () => {
    const { handlers, folder, closeAll } = backend();
    const result = opened(await handlers.createWorkshop(windowA, newWorkshop));
    const [board] = boardsInOrder(result.doc);
    const saved = await handlers.saveAs(windowA, result.handle, 'Kopi til Tydal');
    expect(saved).toEqual({ status: 'saved', fileName: 'Kopi til Tydal.samkart' });
    const edit = perform(result.doc, renameBoard, { id: board!.id, name: 'Endret etter lagre som' });
    await handlers.applyChanges(windowA, result.handle, patchesToChanges(edit.patches, edit.doc));
    closeAll();

    const original = WorkshopFile.open(join(folder, result.fileName));
    const copy = WorkshopFile.open(join(folder, 'Kopi til Tydal.samkart'));
    expect(original.status === 'ok' && original.doc.boards[board!.id]!.name).toBe('Tavle 1');
    expect(copy.status === 'ok' && copy.doc.boards[board!.id]!.name).toBe('Endret etter lagre som');
    if (original.status === 'ok') original.file.close();
    if (copy.status === 'ok') copy.file.close();
  });

  it('opens only files inside the host folder', async () => {
    const { handlers, folder } = backend();
    writeFileSync(join(folder, 'x.samkart'), 'not a workshop');
    expect((await handlers.openFromFolder(windowA, 'x.samkart')).status).toBe('notOurFile');
    await expect(handlers.openFromFolder(windowA, '../x.samkart')).rejects.toMatchObject({ key: 'error.forbidden' });
  });

  it('remembers the language', async () => {
    const folder = tempFolder();
    const profile = tempFolder();
    const first = createHandlers(createWebPlatform(folder, profile));
    expect((await first.handlers.getSettings(windowA)).language).toBe('nb');
    await first.handlers.setLanguage(windowA, 'en');
    const second = createHandlers(createWebPlatform(folder, profile));
    expect((await second.handlers.getSettings(windowA)).language).toBe('en');
  });

  it('opens the example as a fresh copy each time', async () => {
    const { handlers, closeAll } = backend();
    const one = opened(await handlers.openExample(windowA));
    const two = opened(await handlers.openExample(windowB));
    expect(one.fileName).not.toBe(two.fileName);
    expect(one.doc.meta.region).toBe('Værnesregionen');
    closeAll();
  });
});

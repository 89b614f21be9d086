import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { isOpened, type OpenResult } from '../../shared/api/results.ts';
import { boardsInOrder } from '../../shared/model/document.ts';
import type { BoardId } from '../../shared/model/ids.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

afterEach(cleanupFolders);

function opened(result: OpenResult) {
  if (!isOpened(result)) throw new Error(`not opened: ${result.status}`);
  return result;
}

describe('reopening a workshop returns to the board that was showing', () => {
  it('remembers the board per workshop in the profile, across a restart of the host', async () => {
    const folder = tempFolder();
    const profile = tempFolder();
    const first = createHandlers(createWebPlatform(folder, profile));
    const ctx = { clientId: 'tab-1' };
    const example = opened(await first.handlers.openExample(ctx));
    const other = opened(await first.handlers.createWorkshop(ctx, { title: 'Snåase – Snåsa', region: '', facilitator: '', gatheringDates: [] }));
    expect(example.lastBoardId).toBeUndefined();
    const boards = boardsInOrder(example.doc);
    expect(boards.length).toBeGreaterThan(2);
    const third = boards[2]!.id;
    await first.handlers.rememberBoard(ctx, example.handle, third);
    await first.handlers.rememberBoard(ctx, other.handle, boardsInOrder(other.doc)[0]!.id);
    first.closeAll();

    // A new process, the same profile folder: as after quitting and starting the app again.
    const second = createHandlers(createWebPlatform(folder, profile));
    const recent = await second.handlers.listRecent(ctx);
    const entry = recent.find((r) => r.title === example.doc.meta.title)!;
    const reopened = opened(await second.handlers.openRecent(ctx, entry.id));
    expect(reopened.lastBoardId).toBe(third);
    const otherAgain = opened(await second.handlers.openFromFolder(ctx, other.fileName));
    expect(otherAgain.lastBoardId).toBe(boardsInOrder(other.doc)[0]!.id);
    second.closeAll();
  });

  it('a copy made with Lagre som remembers the same board; a stranger cannot write to the memory', async () => {
    const folder = tempFolder();
    const { handlers, closeAll } = createHandlers(createWebPlatform(folder, tempFolder()));
    const ctx = { clientId: 'tab-1' };
    const example = opened(await handlers.openExample(ctx));
    const second = boardsInOrder(example.doc)[1]!.id;
    await handlers.rememberBoard(ctx, example.handle, second);
    await expect(handlers.rememberBoard({ clientId: 'tab-2' }, example.handle, 'b_other' as BoardId)).rejects.toThrow();
    const saved = await handlers.saveAs(ctx, example.handle, 'Kopi');
    expect(saved.status).toBe('saved');
    await handlers.closeWorkshop(ctx, example.handle);
    const copy = opened(await handlers.openFromFolder(ctx, (saved as { fileName: string }).fileName));
    expect(copy.lastBoardId).toBe(second);
    closeAll();
  });
});

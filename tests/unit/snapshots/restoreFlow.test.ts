import { afterEach, describe, expect, it } from 'vitest';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import { isOpened, type OpenResult } from '../../../shared/api/results.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';
import { newBoardId, type GatheringId } from '../../../shared/model/ids.ts';
import { addBoard, deleteBoard, renameBoard } from '../../../shared/ops/boardOps.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { ClientApiError } from '../../../renderer/src/api/apiError.ts';
import { notify, useApp } from '../../../renderer/src/state/appStore.ts';
import { createWorkshopStore } from '../../../renderer/src/state/workshopStore.ts';
import { canUndoRestore, restoreAndAnnounce, undoLastRestore } from '../../../renderer/src/workshop/snapshots/restoreState.ts';
import { loadSnapshots, restoreFromSnapshot, takeSnapshotNow } from '../../../renderer/src/workshop/snapshots/snapshotActions.ts';
import { cleanupFolders, tempFolder } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

/**
 * The renderer's side of Gjenopprett against the real handlers and a real file: every call goes
 * through the contract's validation and a JSON round trip, as over either transport.
 */
function backend() {
  const { handlers, closeAll } = createHandlers(createWebPlatform(tempFolder(), tempFolder()));
  const ctx = { clientId: 'tab-1' };
  const api = new Proxy({} as SamkartApi, {
    get: (_, method) => async (...args: unknown[]) => {
      const envelope = await dispatch(handlers, ctx, method, JSON.parse(JSON.stringify(args)));
      if (!envelope.ok) throw ClientApiError.from(envelope.error);
      return JSON.parse(JSON.stringify(envelope.value));
    },
  });
  return { api, closeAll };
}

function opened(result: OpenResult) {
  if (!isOpened(result)) throw new Error(`expected an open workshop, got ${result.status}`);
  return result;
}

async function newWorkshop(api: SamkartApi) {
  const result = opened(await api.createWorkshop({ title: 'Læringsnettverk Fosen', region: 'Fosen', facilitator: '', gatheringDates: ['2025-02-03', ''] }));
  return { result, store: createWorkshopStore(api, result) };
}

describe('Gjenopprett in the renderer (real handlers, real file)', () => {
  it('restores a deleted board, clears undo, keeps the pre-restore state as a snapshot, and later edits land on the restored file', async () => {
    const { api, closeAll } = backend();
    const { result, store } = await newWorkshop(api);
    const boardId = newBoardId();
    expect(store.getState().run(addBoard, { id: boardId, kind: 'whiteboard', name: 'Aktører i Stjørdal', withTemplate: false })).toBe(true);

    const taken = await takeSnapshotNow(api, store, 'Før samling 2', null);
    if (!taken.ok) throw new Error(taken.key);
    expect(taken.value).toMatchObject({ kind: 'manual', label: 'Før samling 2', boards: 2 });
    const atSnapshot = store.getState().doc;

    store.getState().run(renameBoard, { id: boardId, name: 'Feil navn' });
    store.getState().run(deleteBoard, { id: boardId });
    expect(store.getState().doc.boards[boardId]).toBeUndefined();
    store.getState().setView({ kind: 'board', boardId: boardsInOrder(store.getState().doc)[0]!.id });

    const restored = await restoreFromSnapshot(api, store, taken.value.id);
    if (!restored.ok) throw new Error(restored.key);
    expect(store.getState().doc).toEqual(atSnapshot);
    expect(store.getState().doc.boards[boardId]?.name).toBe('Aktører i Stjørdal');
    // Undo would replay patches made against the document before the restore: it is gone.
    expect(store.getState().undoLabel).toBeUndefined();
    store.getState().undo();
    expect(store.getState().doc).toEqual(atSnapshot);

    // The state just before the restore is listed, and it is the one without the board.
    const list = await loadSnapshots(api, store);
    if (!list.ok) throw new Error(list.key);
    expect(list.value[0]).toMatchObject({ id: restored.value.undoSnapshot.id, kind: 'auto', reason: 'beforeRestore', boards: 1 });
    expect(list.value.some((s) => s.id === taken.value.id)).toBe(true);

    // An edit after the restore is written on top of the restored file; reopening shows both.
    store.getState().run(renameBoard, { id: boardId, name: 'Aktører i Stjørdal og Meråker' });
    await store.getState().flushed();
    expect(store.getState().save).toEqual({ state: 'saved' });
    await api.closeWorkshop(result.handle);
    const reopened = opened(await api.openFromFolder(result.fileName));
    expect(reopened.doc).toEqual(store.getState().doc);
    expect(reopened.doc.boards[boardId]?.name).toBe('Aktører i Stjørdal og Meråker');
    closeAll();
  });

  it('restoring the undo snapshot brings back the state before the restore', async () => {
    const { api, closeAll } = backend();
    const { store } = await newWorkshop(api);
    const taken = await takeSnapshotNow(api, store, 'Tom', null);
    store.getState().run(addBoard, { id: newBoardId(), kind: 'whiteboard', name: 'Ny etter bildet', withTemplate: false });
    const before = store.getState().doc;
    const restored = await restoreFromSnapshot(api, store, taken.ok ? taken.value.id : 0);
    if (!restored.ok) throw new Error(restored.key);
    expect(store.getState().doc).not.toEqual(before);
    const undone = await restoreFromSnapshot(api, store, restored.value.undoSnapshot.id);
    expect(undone.ok).toBe(true);
    expect(store.getState().doc).toEqual(before);
    closeAll();
  });

  it('a gathering\'s snapshot replaces that gathering\'s earlier one', async () => {
    const { api, closeAll } = backend();
    const { store } = await newWorkshop(api);
    const gatheringId = Object.keys(store.getState().doc.gatherings)[0] as GatheringId;
    const first = await takeSnapshotNow(api, store, '', gatheringId);
    store.getState().run(addBoard, { id: newBoardId(), kind: 'whiteboard', name: 'Gruppearbeid', withTemplate: false });
    const second = await takeSnapshotNow(api, store, 'Etter samling 1', gatheringId);
    expect(first.ok && second.ok).toBe(true);
    const list = await loadSnapshots(api, store);
    const ofGathering = list.ok ? list.value.filter((s) => s.kind === 'gathering') : [];
    expect(ofGathering).toHaveLength(1);
    expect(ofGathering[0]).toMatchObject({ label: 'Etter samling 1', gatheringId, boards: 2 });
    closeAll();
  });

  it('with an edit the file has not accepted, neither taking nor restoring happens, and the screen keeps the work', async () => {
    const { api, closeAll } = backend();
    const { result, store } = await newWorkshop(api);
    const taken = await takeSnapshotNow(api, store, 'Start', null);
    // The file goes away under the window (closed elsewhere): the next write is refused.
    await api.closeWorkshop(result.handle);
    store.getState().run(addBoard, { id: newBoardId(), kind: 'whiteboard', name: 'Ikke lagret', withTemplate: false });
    await store.getState().flushed();
    expect(store.getState().hasUnsaved()).toBe(true);
    const doc = store.getState().doc;

    expect(await takeSnapshotNow(api, store, 'Nå', null)).toEqual({ ok: false, key: 'snapshots.error.unsaved' });
    expect(await restoreFromSnapshot(api, store, taken.ok ? taken.value.id : 0)).toEqual({ ok: false, key: 'snapshots.error.unsaved' });
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().undoLabel).toBe('op.board.add');
    closeAll();
  });

  it('a snapshot that does not exist is refused with its message; the document and undo stay', async () => {
    const { api, closeAll } = backend();
    const { store } = await newWorkshop(api);
    store.getState().run(addBoard, { id: newBoardId(), kind: 'whiteboard', name: 'Beholdes', withTemplate: false });
    const doc = store.getState().doc;
    expect(await restoreFromSnapshot(api, store, 987654)).toMatchObject({ ok: false, key: 'error.snapshotNotFound' });
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().undoLabel).toBe('op.board.add');
    closeAll();
  });
});

describe('the notice after a restore (app state)', () => {
  it('says what the workshop went back to, offers undo in that workshop only, and drops undo offers that point into the cleared history', async () => {
    const { api, closeAll } = backend();
    const { store } = await newWorkshop(api);
    useApp.setState({ connection: { api, bridge: null }, language: 'nb', workshop: store, notices: [] });
    const taken = await takeSnapshotNow(api, store, 'Start', null);
    if (!taken.ok) throw new Error(taken.key);
    const boardId = newBoardId();
    store.getState().run(addBoard, { id: boardId, kind: 'whiteboard', name: 'Slettes', withTemplate: false });
    store.getState().run(deleteBoard, { id: boardId });
    notify('info', 'workshop.boardDeleted', { name: 'Slettes' }, { labelKey: 'common.undo', commandId: 'edit.undo' });
    const beforeRestore = store.getState().doc;
    expect(canUndoRestore()).toBe(false);

    expect((await restoreAndAnnounce(store, taken.value)).ok).toBe(true);
    const notices = useApp.getState().notices;
    expect(notices.map((n) => n.key)).toEqual(['recovery.restored']);
    expect(notices[0]!.params?.['time']).toMatch(/^i dag kl\. \d\d:\d\d$/);
    expect(notices[0]!.action).toEqual({ labelKey: 'recovery.undo', commandId: 'workshop.undoRestore' });
    expect(canUndoRestore()).toBe(true);

    // Another workshop in the window: the snapshot id would mean something else there.
    useApp.setState({ workshop: (await newWorkshop(api)).store });
    expect(canUndoRestore()).toBe(false);
    useApp.setState({ workshop: store });

    await undoLastRestore();
    expect(store.getState().doc).toEqual(beforeRestore);
    closeAll();
  });
});

import { FileGuard } from '../store/fileGuard.ts';
import { AutoSnapshots, listSnapshots, restoreSnapshot, takeSnapshot } from '../store/snapshots.ts';
import type { WorkshopFile } from '../store/workshopFile.ts';
import type { Handlers } from './handlers.ts';
import type { OpenWorkshops } from './openWorkshops.ts';

export type SnapshotHandlers = Pick<Handlers, 'listSnapshots' | 'takeSnapshot' | 'restoreSnapshot'>;

export interface SnapshotOptions {
  /** The clock for automatic snapshots; tests move it on. */
  now?: () => number;
  intervalMs?: number;
}

/**
 * Gjenopprett's three calls, and the two things that must happen around every open file without
 * the user asking: automatic snapshots (at opening, then at most every ten minutes of editing) and
 * the file guard (a moved file or a deleted -wal is noticed before the next edit is written).
 */
export function snapshotHandlers(open: OpenWorkshops, options: SnapshotOptions = {}): SnapshotHandlers {
  const auto = new AutoSnapshots(options.now, options.intervalMs);
  const guard = new FileGuard();
  watchOpenFiles(open, {
    opened(file) {
      guard.watch(file);
      auto.opened(file);
    },
    beforeEdit: (file) => guard.beforeEdit(file),
    afterEdit: (file) => auto.edited(file),
  });

  return {
    async listSnapshots(ctx, handle) {
      return listSnapshots(open.get(ctx.clientId, handle).file);
    },
    async takeSnapshot(ctx, handle, label, gatheringId) {
      const { file } = open.get(ctx.clientId, handle);
      guard.beforeEdit(file);
      return takeSnapshot(file, gatheringId ? { kind: 'gathering', label, gatheringId } : { kind: 'manual', label });
    },
    async restoreSnapshot(ctx, handle, snapshotId) {
      const { file } = open.get(ctx.clientId, handle);
      guard.beforeEdit(file);
      return restoreSnapshot(file, snapshotId);
    },
  };
}

interface FileHooks {
  opened(file: WorkshopFile): void;
  /** May throw to refuse the edit; nothing is written then. */
  beforeEdit(file: WorkshopFile): void;
  afterEdit(file: WorkshopFile): void;
}

/**
 * Every open workshop passes through two doors of OpenWorkshops: `add` (open, create, example)
 * and `get` (every call on a handle, which also meets the new file after "Lagre som"). Wrapping
 * them on this one instance hooks every open and every edit of both transports without threading
 * hooks through each handler. Edits made inside a transaction (a restore) are the store's own
 * and skip the hooks.
 */
function watchOpenFiles(open: OpenWorkshops, hooks: FileHooks): void {
  const watched = new WeakSet<WorkshopFile>();
  const watch = (file: WorkshopFile) => {
    if (watched.has(file)) return;
    watched.add(file);
    hooks.opened(file);
    const apply = file.apply.bind(file);
    file.apply = (changes) => {
      if (file.database.inTransaction) return apply(changes);
      hooks.beforeEdit(file);
      const revision = apply(changes);
      hooks.afterEdit(file);
      return revision;
    };
  };
  const add = open.add.bind(open);
  open.add = (clientId, file) => {
    const session = add(clientId, file);
    watch(session.file);
    return session;
  };
  const get = open.get.bind(open);
  open.get = (clientId, handle) => {
    const session = get(clientId, handle);
    watch(session.file);
    return session;
  };
}

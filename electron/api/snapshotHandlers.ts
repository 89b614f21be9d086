import { FileGuard } from '../store/fileGuard.ts';
import { AutoSnapshots, listSnapshots, restoreSnapshot, takeSnapshot } from '../store/snapshots.ts';
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
  open.subscribe({
    opened({ file }) {
      guard.watch(file);
      auto.opened(file);
      file.subscribe({
        beforeApply: (f) => guard.beforeEdit(f),
        applied: (f) => auto.edited(f),
      });
    },
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

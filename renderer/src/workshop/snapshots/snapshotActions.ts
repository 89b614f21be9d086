import type { SamkartApi } from '../../../../shared/api/contract.ts';
import type { RestoreResult, SnapshotInfo } from '../../../../shared/api/results.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { GatheringId } from '../../../../shared/model/ids.ts';
import { ClientApiError } from '../../api/apiError.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';

/** Why a call was refused, as a message key; nothing was changed. */
export interface Problem {
  key: MessageKey;
  detail?: string;
}

/** What the dialog shows after a call: the value, or why nothing changed. */
export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Problem);

function failed(error: unknown): Outcome<never> {
  if (error instanceof ClientApiError) return { ok: false, key: error.key, ...(error.detail ? { detail: error.detail } : {}) };
  return { ok: false, key: 'error.unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Snapshots are taken of the file, not of the screen, so every edit made so far must be in the
 * file first. If the queue has stopped on a failed write, the file lags behind the screen: a
 * snapshot would miss those edits, and a restore would throw them away, so both are refused.
 */
async function settled(store: WorkshopStore): Promise<Outcome<null>> {
  await store.getState().flushed();
  return store.getState().hasUnsaved() ? { ok: false, key: 'snapshots.error.unsaved' } : { ok: true, value: null };
}

export async function loadSnapshots(api: SamkartApi, store: WorkshopStore): Promise<Outcome<SnapshotInfo[]>> {
  try {
    return { ok: true, value: await api.listSnapshots(store.getState().handle) };
  } catch (error) {
    return failed(error);
  }
}

/** "Ta øyeblikksbilde nå": with a gathering it becomes that gathering's one snapshot. */
export async function takeSnapshotNow(api: SamkartApi, store: WorkshopStore, label: string, gatheringId: GatheringId | null): Promise<Outcome<SnapshotInfo>> {
  const ready = await settled(store);
  if (!ready.ok) return ready;
  try {
    return { ok: true, value: await api.takeSnapshot(store.getState().handle, label, gatheringId) };
  } catch (error) {
    return failed(error);
  }
}

/**
 * Gjenopprett: the host keeps the current state as a snapshot, then rewrites the file, in one
 * transaction; only then does the screen take the restored document (with undo cleared). A
 * refused restore (a damaged snapshot, a full disk) leaves both the file and the screen as they were.
 */
export async function restoreFromSnapshot(api: SamkartApi, store: WorkshopStore, snapshotId: number): Promise<Outcome<RestoreResult>> {
  const ready = await settled(store);
  if (!ready.ok) return ready;
  let result: RestoreResult;
  try {
    result = await api.restoreSnapshot(store.getState().handle, snapshotId);
  } catch (error) {
    return failed(error);
  }
  store.getState().replaceDocument(result.doc);
  return { ok: true, value: result };
}

import { create } from 'zustand';
import type { SnapshotInfo } from '../../../../shared/api/results.ts';
import { translate } from '../../../../shared/i18n/translate.ts';
import { api, dismissNotice, notify, useApp } from '../../state/appStore.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';
import { restoreFromSnapshot, type Outcome } from './snapshotActions.ts';
import { snapshotTime } from './snapshotText.ts';

/**
 * Session state of Gjenopprett: whether the dialog is open (so the menu, the command and the top
 * bar all open the same one), and the last restore, so the notice after it can offer to undo it.
 */
interface RestoreState {
  open: boolean;
  /** The snapshot that undoes the last restore, and the workshop it belongs to. */
  lastRestore: { workshop: WorkshopStore; undoSnapshot: SnapshotInfo } | null;
}

export const useRestoreState = create<RestoreState>(() => ({ open: false, lastRestore: null }));

export const openRestoreDialog = () => useRestoreState.setState({ open: true });
export const closeRestoreDialog = () => useRestoreState.setState({ open: false });

/** Undo is offered only in the workshop that was restored; another file's snapshot ids mean nothing here. */
export function canUndoRestore(): boolean {
  const last = useRestoreState.getState().lastRestore;
  return last !== null && last.workshop === useApp.getState().workshop;
}

/**
 * Restores and says so: a notice with the time the workshop went back to and an undo button
 * (undo history is cleared by a restore, so this is the way back). Failures are returned for
 * the caller to show where the user is looking.
 */
export async function restoreAndAnnounce(workshop: WorkshopStore, snapshot: SnapshotInfo): Promise<Outcome<unknown>> {
  const outcome = await restoreFromSnapshot(api(), workshop, snapshot.id);
  if (!outcome.ok) return outcome;
  useRestoreState.setState({ lastRestore: { workshop, undoSnapshot: outcome.value.undoSnapshot } });
  // "Angre" on an earlier notice (a deleted board) has nothing left to undo: the history is cleared.
  for (const n of useApp.getState().notices) if (n.action?.commandId === 'edit.undo') dismissNotice(n.id);
  const language = useApp.getState().language;
  const time = snapshotTime(snapshot.createdAt, language, (key, params) => translate(language, key, params));
  notify('info', 'recovery.restored', { time }, { labelKey: 'recovery.undo', commandId: 'workshop.undoRestore' });
  return outcome;
}

export async function undoLastRestore(): Promise<void> {
  const last = useRestoreState.getState().lastRestore;
  if (!last || !canUndoRestore()) return;
  const outcome = await restoreAndAnnounce(last.workshop, last.undoSnapshot);
  if (!outcome.ok) notify('error', outcome.key, outcome.detail ? { detail: outcome.detail } : undefined);
}

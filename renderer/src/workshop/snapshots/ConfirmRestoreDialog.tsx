import { useState } from 'react';
import { History } from 'lucide-react';
import type { SnapshotInfo } from '../../../../shared/api/results.ts';
import { useT } from '../../i18n/useT.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { keepKeysInDialog } from './keepKeysInDialog.ts';
import { closeRestoreDialog, restoreAndAnnounce } from './restoreState.ts';
import type { Problem } from './snapshotActions.ts';
import { confirmText, contentSummary, type GatheringChoice } from './snapshotText.ts';

interface Props {
  snapshot: SnapshotInfo;
  gatherings: readonly GatheringChoice[];
  time: string;
  onCancel(): void;
}

/**
 * The question before a restore: what the workshop goes back to, how much it holds then and now,
 * and that the current state is kept first. Cancel comes first, so it has the focus when the
 * question opens and a stray Enter never restores.
 */
export function ConfirmRestoreDialog({ snapshot, gatherings, time, onCancel }: Props) {
  const t = useT();
  const store = useWorkshopStore();
  const boardsNow = useWorkshop((s) => Object.keys(s.doc.boards).length);
  const itemsNow = useWorkshop((s) => Object.keys(s.doc.items).length);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const restore = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const outcome = await restoreAndAnnounce(store, snapshot);
    setBusy(false);
    if (outcome.ok) closeRestoreDialog();
    else setProblem(outcome);
  };

  return (
    <div className="snapshots-confirm" onKeyDown={keepKeysInDialog}>
      <Dialog
        title={t('snapshots.confirmTitle')}
        onClose={onCancel}
        onSubmit={() => void restore()}
        actions={
          <>
            <button type="button" className="btn" onClick={onCancel}>{t('common.cancel')}</button>
            <button type="submit" className="btn primary" disabled={busy}>
              <History aria-hidden /> {busy ? t('snapshots.restoring') : t('recovery.restore')}
            </button>
          </>
        }
      >
        <p className="snapshot-confirm-text">{confirmText(snapshot, gatherings, time, t)}</p>
        <p>{t('snapshots.compare', { then: contentSummary(snapshot.boards, snapshot.items, t), now: contentSummary(boardsNow, itemsNow, t) })}</p>
        {problem && <p className="snapshot-error" role="alert">{t(problem.key, { detail: problem.detail ?? '' })}</p>}
      </Dialog>
    </div>
  );
}

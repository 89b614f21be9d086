import { useCallback, useEffect, useMemo, useState } from 'react';
import { History } from 'lucide-react';
import type { SnapshotInfo } from '../../../../shared/api/results.ts';
import { api, useApp } from '../../state/appStore.ts';
import { useT } from '../../i18n/useT.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { ConfirmRestoreDialog } from './ConfirmRestoreDialog.tsx';
import { closeRestoreDialog } from './restoreState.ts';
import { loadSnapshots, type Problem } from './snapshotActions.ts';
import { contentSummary, gatheringChoices, snapshotKind, snapshotName, snapshotTime } from './snapshotText.ts';
import { TakeSnapshotForm } from './TakeSnapshotForm.tsx';
import { keepKeysInDialog } from './keepKeysInDialog.ts';
import './snapshots.css';

/**
 * Gjenopprett: the snapshots kept in the workshop file, newest first, with taking one now on
 * top. Choosing one opens a confirmation; the restore itself happens there.
 */
export function SnapshotsDialog() {
  const t = useT();
  const language = useApp((s) => s.language);
  const store = useWorkshopStore();
  const gatheringRecords = useWorkshop((s) => s.doc.gatherings);
  const gatherings = useMemo(() => gatheringChoices(gatheringRecords, t), [gatheringRecords, t]);
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirming, setConfirming] = useState<SnapshotInfo | null>(null);

  const refresh = useCallback(async () => {
    const outcome = await loadSnapshots(api(), store);
    if (outcome.ok) setSnapshots(outcome.value);
    else setProblem(outcome);
  }, [store]);
  useEffect(() => void refresh(), [refresh]);

  // "Now" for "i dag" and "i går": read once per render, the dialog is open for minutes at most.
  const now = new Date();
  const timeOf = (s: SnapshotInfo) => snapshotTime(s.createdAt, language, t, now);

  return (
    <>
      <div className="snapshots-dialog" onKeyDown={keepKeysInDialog}>
        <Dialog
          title={t('recovery.title')}
          onClose={closeRestoreDialog}
          actions={<button type="button" className="btn" onClick={closeRestoreDialog}>{t('common.close')}</button>}
        >
          <p className="snapshots-intro">{t('recovery.intro')}</p>
          <TakeSnapshotForm gatherings={gatherings} onTaken={() => void refresh()} />
          {problem && <p className="snapshots-problem" role="alert">{t(problem.key, { detail: problem.detail ?? '' })}</p>}
          <section className="snapshots-list" aria-labelledby="snapshots-list-title">
            <h3 id="snapshots-list-title">{t('snapshots.listHeading')}</h3>
            {snapshots === null && !problem && <p>{t('snapshots.loading')}</p>}
            {snapshots?.length === 0 && <p>{t('recovery.empty')}</p>}
            {snapshots && snapshots.length > 0 && (
              <table className="data-table snapshots-table" aria-labelledby="snapshots-list-title">
                <thead>
                  <tr>
                    <th scope="col">{t('snapshots.col.time')}</th>
                    <th scope="col">{t('snapshots.col.name')}</th>
                    <th scope="col">{t('snapshots.col.kind')}</th>
                    <th scope="col">{t('snapshots.col.content')}</th>
                    <th scope="col"><span className="sr-only">{t('snapshots.col.action')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {snapshots.map((s) => {
                    const time = timeOf(s);
                    const name = snapshotName(s, gatherings, t);
                    return (
                      <tr key={s.id} className={`snapshot-row ${s.kind}`}>
                        <td className="snapshot-time">{time}</td>
                        <td className="snapshot-name">{name}</td>
                        <td>{snapshotKind(s, gatherings, t)}</td>
                        <td>{contentSummary(s.boards, s.items, t)}</td>
                        <td className="snapshot-action">
                          <button type="button" className="btn" aria-label={t('snapshots.restoreOne', { name, time })} onClick={() => setConfirming(s)}>
                            <History aria-hidden /> {t('recovery.restore')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </Dialog>
      </div>
      {confirming && (
        <ConfirmRestoreDialog snapshot={confirming} gatherings={gatherings} time={timeOf(confirming)} onCancel={() => setConfirming(null)} />
      )}
    </>
  );
}

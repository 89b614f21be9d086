import { useId, useRef, useState } from 'react';
import { Camera } from 'lucide-react';
import type { SnapshotInfo } from '../../../../shared/api/results.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { api } from '../../state/appStore.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { takeSnapshotNow, type Problem } from './snapshotActions.ts';
import { snapshotName, type GatheringChoice } from './snapshotText.ts';

interface Props {
  gatherings: readonly GatheringChoice[];
  onTaken(info: SnapshotInfo): void;
}

/**
 * "Ta øyeblikksbilde nå": a name, and optionally the gathering it belongs to (each gathering
 * keeps one). It sits inside the dialog's own form, so Enter in the name field is handled here.
 */
export function TakeSnapshotForm({ gatherings, onTaken }: Props) {
  const t = useT();
  const store = useWorkshopStore();
  const ids = useId();
  const labelRef = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState('');
  const [gatheringId, setGatheringId] = useState('');
  const [busy, setBusy] = useState(false);
  const [missingName, setMissingName] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [taken, setTaken] = useState<SnapshotInfo | null>(null);
  const gathering = gatherings.find((g) => g.id === gatheringId);

  const take = async () => {
    if (busy) return;
    const name = label.trim();
    setProblem(null);
    setTaken(null);
    if (!name && !gathering) {
      setMissingName(true);
      labelRef.current?.focus();
      return;
    }
    setMissingName(false);
    setBusy(true);
    const outcome = await takeSnapshotNow(api(), store, name, gathering?.id ?? null);
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome);
    setLabel('');
    setTaken(outcome.value);
    onTaken(outcome.value);
  };

  return (
    <section className="snapshot-take" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('snapshots.takeHeading')}</h3>
      <div className="snapshot-take-fields">
        <div className="field">
          <label htmlFor={`${ids}-label`}>{t('snapshots.label')}</label>
          <input
            ref={labelRef}
            id={`${ids}-label`}
            value={label}
            maxLength={limits.name}
            placeholder={t('snapshots.labelPlaceholder')}
            aria-invalid={missingName || undefined}
            aria-describedby={missingName ? `${ids}-missing` : undefined}
            onChange={(e) => {
              setLabel(e.target.value);
              if (e.target.value.trim()) setMissingName(false);
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void take();
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-gathering`}>{t('snapshots.gathering')}</label>
          <select
            id={`${ids}-gathering`}
            value={gatheringId}
            aria-describedby={gathering ? `${ids}-hint` : undefined}
            onChange={(e) => {
              setGatheringId(e.target.value);
              if (e.target.value) setMissingName(false);
            }}
          >
            <option value="">{t('snapshots.noGathering')}</option>
            {gatherings.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
        </div>
        <button type="button" className="btn primary snapshot-take-button" disabled={busy} onClick={() => void take()}>
          <Camera aria-hidden /> {busy ? t('snapshots.taking') : gathering ? t('recovery.takeForGathering', { gathering: gathering.title }) : t('recovery.take')}
        </button>
      </div>
      {gathering && <p id={`${ids}-hint`} className="snapshot-hint">{t('snapshots.gatheringHint')}</p>}
      {missingName && <p id={`${ids}-missing`} className="snapshot-error" role="alert">{t('snapshots.labelRequired')}</p>}
      {problem && <p className="snapshot-error" role="alert">{t(problem.key, { detail: problem.detail ?? '' })}</p>}
      {taken && <p className="snapshot-taken" role="status">{t('snapshots.taken', { name: snapshotName(taken, gatherings, t) })}</p>}
    </section>
  );
}

import { useState } from 'react';
import { limits } from '../../../shared/model/limits.ts';
import { api, showOpenResult, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { DateField } from '../ui/DateField.tsx';
import { Dialog } from '../ui/Dialog.tsx';

const GATHERINGS = 3;

/** Nytt verksted: title, region, facilitator and the dates of the gatherings. */
export function NewWorkshopDialog() {
  const t = useT();
  const [title, setTitle] = useState('');
  const [region, setRegion] = useState('');
  const [facilitator, setFacilitator] = useState('');
  const [dates, setDates] = useState<string[]>(Array.from({ length: GATHERINGS }, () => ''));
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const close = () => useApp.setState({ dialog: null });

  const submit = async () => {
    if (!title.trim()) {
      setError(true);
      return;
    }
    setBusy(true);
    await showOpenResult(api().createWorkshop({ title: title.trim(), region, facilitator, gatheringDates: dates }));
    setBusy(false);
  };

  return (
    <Dialog
      title={t('new.title')}
      onClose={close}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" disabled={busy}>{t('new.create')}</button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="new-title">{t('new.workshopTitle')}</label>
        <input
          id="new-title"
          autoFocus
          value={title}
          maxLength={limits.name}
          placeholder={t('new.workshopTitlePlaceholder')}
          aria-invalid={error}
          aria-describedby={error ? 'new-title-error' : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(false);
          }}
        />
        {error && <span id="new-title-error" className="error" role="alert">{t('new.titleRequired')}</span>}
      </div>
      <div className="field">
        <label htmlFor="new-region">{t('new.region')}</label>
        <input id="new-region" value={region} maxLength={limits.name} placeholder={t('new.regionPlaceholder')} onChange={(e) => setRegion(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="new-facilitator">{t('new.facilitator')}</label>
        <input id="new-facilitator" value={facilitator} maxLength={limits.name} onChange={(e) => setFacilitator(e.target.value)} />
      </div>
      <fieldset className="field" style={{ border: 'none', padding: 0 }}>
        <legend className="label">{t('new.gatherings')}</legend>
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${GATHERINGS}, 1fr)`, gap: '0.75em' }}>
          {dates.map((date, i) => (
            <DateField
              key={i}
              className="cell-input"
              aria-label={t('new.gatheringDate', { n: i + 1 })}
              value={date}
              onCommit={(iso) => setDates((all) => all.map((d, j) => (j === i ? iso : d)))}
            />
          ))}
        </div>
      </fieldset>
    </Dialog>
  );
}

import { CheckCircle2, AlertTriangle, Loader2, Lock } from 'lucide-react';
import { useT } from '../i18n/useT.ts';
import { useWorkshop } from '../state/WorkshopContext.ts';

/** There is no Save button: this says that everything is on disk, or why it isn't (or won't be). */
export function SaveStatusBadge() {
  const t = useT();
  const save = useWorkshop((s) => s.save);
  const retry = useWorkshop((s) => s.retrySave);
  if (save.state === 'failed') {
    return (
      <div className="save-status failed" role="alert">
        <AlertTriangle aria-hidden />
        <span>{t(save.key, { detail: save.detail ?? '' })}</span>
        <button type="button" className="btn danger" onClick={retry}>{t('save.retry')}</button>
      </div>
    );
  }
  if (save.state === 'readOnly') {
    // Not an error yet, but nothing will be saved: as visible as one. "Lagre som …" is beside it in the top bar.
    return (
      <div className="save-status failed" role="status" aria-live="polite">
        <Lock aria-hidden />
        <span>{t('save.readOnly')}</span>
      </div>
    );
  }
  return (
    <div className={`save-status ${save.state}`} role="status" aria-live="polite">
      {save.state === 'saving' ? <Loader2 aria-hidden /> : <CheckCircle2 aria-hidden />}
      <span>{t(save.state === 'saving' ? 'save.saving' : 'save.saved')}</span>
    </div>
  );
}

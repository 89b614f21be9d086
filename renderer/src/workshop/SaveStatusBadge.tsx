import { CheckCircle2, AlertTriangle, Loader2 } from 'lucide-react';
import { useT } from '../i18n/useT.ts';
import { useWorkshop } from './WorkshopContext.ts';

/** There is no Save button: this says that everything is on disk, or why it isn't. */
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
  return (
    <div className={`save-status ${save.state}`} role="status" aria-live="polite">
      {save.state === 'saving' ? <Loader2 aria-hidden /> : <CheckCircle2 aria-hidden />}
      <span>{t(save.state === 'saving' ? 'save.saving' : 'save.saved')}</span>
    </div>
  );
}

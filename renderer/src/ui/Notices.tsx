import { X } from 'lucide-react';
import { dismissNotice, useApp } from '../state/appStore.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';

/** Messages for the user: info fades by itself, errors stay until dismissed. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const t = useT();
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <p>{t(n.key, n.params)}</p>
          {n.action && (
            <button type="button" className="btn" onClick={() => { dismissNotice(n.id); void runCommand(n.action!.commandId); }}>
              {t(n.action.labelKey)}
            </button>
          )}
          <button type="button" className="btn quiet icon-btn" aria-label={t('common.close')} onClick={() => dismissNotice(n.id)}>
            <X aria-hidden />
          </button>
        </div>
      ))}
    </div>
  );
}

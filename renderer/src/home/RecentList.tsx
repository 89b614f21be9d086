import { useEffect, useState } from 'react';
import { FileText, Trash2 } from 'lucide-react';
import type { RecentEntry } from '../../../shared/api/results.ts';
import { localeOf } from '../../../shared/i18n/translate.ts';
import { api, reportError, showOpenResult, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';

/** Recent workshops; a file that has gone is shown as missing and can be removed from the list. */
export function RecentList() {
  const t = useT();
  const language = useApp((s) => s.language);
  const [recent, setRecent] = useState<RecentEntry[] | null>(null);
  useEffect(() => {
    api().listRecent().then(setRecent, reportError);
  }, []);
  if (!recent) return null;
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('home.recent')}</h2>
      {recent.length === 0 && <p>{t('home.recentEmpty')}</p>}
      <ul className="recent-list">
        {recent.map((r) => {
          const name = r.title || r.fileName;
          return (
            <li key={r.id} className={`recent-item${r.exists ? '' : ' missing'}`}>
              <button
                type="button"
                className="recent-open"
                disabled={!r.exists}
                aria-label={t('home.openRecent', { name })}
                onClick={() => void showOpenResult(api().openRecent(r.id))}
              >
                <span className="title">
                  <FileText aria-hidden size={20} style={{ verticalAlign: '-3px', marginRight: 6 }} />
                  {name}
                </span>
                <span className="meta">
                  {r.fileName} · {r.folder} · {date.format(new Date(r.lastOpened))}
                </span>
              </button>
              {!r.exists && <span className="badge">{t('home.missing')}</span>}
              <button
                type="button"
                className="btn quiet icon-btn"
                aria-label={t('home.removeRecent', { name })}
                onClick={() => api().removeRecent(r.id).then(setRecent, reportError)}
              >
                <Trash2 aria-hidden />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

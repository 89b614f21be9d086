import { useEffect, useState } from 'react';
import type { AboutInfo, LicenceEntry } from '../../../shared/api/about.ts';
import { localeOf } from '../../../shared/i18n/translate.ts';
import { api, reportError, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { Dialog } from '../ui/Dialog.tsx';
import './about.css';

const close = () => useApp.setState({ dialog: null });
const kindOrder: Record<LicenceEntry['kind'], number> = { runtime: 0, font: 1, library: 2 };

/**
 * Hjelp → Om Samkart: what this copy is (version, file format, runtime), where it keeps its
 * settings and log, and every bundled component's licence, as the build generated the list.
 */
export function AboutDialog() {
  const t = useT();
  const language = useApp((s) => s.language);
  const [info, setInfo] = useState<AboutInfo | null>(null);
  useEffect(() => {
    api().aboutInfo().then(setInfo, reportError);
  }, []);
  const licences = [...(info?.licences ?? [])].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, localeOf(language)));
  const count = licences.length;
  const plural = new Intl.PluralRules(localeOf(language)).select(count) === 'one' ? 'one' : 'other';
  return (
    <Dialog title={t('menu.about')} onClose={close} actions={<button type="button" className="btn primary" onClick={close}>{t('common.close')}</button>}>
      <p className="about-lead">{t('app.tagline')}</p>
      <p>{t('help.aboutText', { version: info?.version ?? '' })}</p>
      {info && (
        <>
          <dl className="about-facts">
            <dt>{t('about.version')}</dt>
            <dd>{info.productName} {info.version}</dd>
            <dt>{t('about.fileFormat')}</dt>
            <dd>{t('about.fileFormatValue', { n: info.schemaVersion })}</dd>
            <dt>{t('about.runtime')}</dt>
            <dd>{info.runtime.electron ? `Electron ${info.runtime.electron}, Chromium ${info.runtime.chrome ?? '?'}, Node.js ${info.runtime.node}` : t('about.runtimeBrowser', { node: info.runtime.node })}</dd>
            <dt>{t('about.settingsFolder')}</dt>
            <dd className="about-path">{info.settingsFolder ?? '—'}</dd>
            <dt>{t('about.logFile')}</dt>
            <dd>
              {info.logFile ? (
                <>
                  <span className="about-path">{info.logFile}</span>{' '}
                  <button type="button" className="btn" onClick={() => void api().showLogFile().catch(reportError)}>{t('about.showLog')}</button>
                </>
              ) : (
                t('about.noLog')
              )}
            </dd>
          </dl>
          {info.logFile && <p className="about-hint">{t('about.logHint')}</p>}
          <p className="about-copyright">{info.copyright}</p>
          <h3>{t('about.licences')}</h3>
          <p>{t(`about.licencesIntro.${plural}`, { n: count })}</p>
          <div className="about-licences" tabIndex={0} role="region" aria-label={t('about.licences')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('about.column.name')}</th>
                  <th scope="col">{t('about.column.version')}</th>
                  <th scope="col">{t('about.column.licence')}</th>
                  <th scope="col">{t('about.column.kind')}</th>
                </tr>
              </thead>
              <tbody>
                {licences.map((l) => (
                  <tr key={`${l.kind}:${l.name}@${l.version}`}>
                    <th scope="row">{l.name}{l.copyright && <span className="about-font-copyright">{l.copyright}</span>}</th>
                    <td>{l.version}</td>
                    <td>{l.licence === 'UNKNOWN' ? t('about.licenceUnknown') : l.licence}</td>
                    <td>{t(`about.kind.${l.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Dialog>
  );
}

import { MonitorPlay, PanelRight } from 'lucide-react';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { setPanelOpen, usePresentingWindow } from './presentingWindow.ts';

/** The top bar's entry points: present (F5) and the facilitation panel. Icons only on narrow screens (the names stay for screen readers and tooltips). */
export function PresentButtons() {
  const t = useT();
  const panelOpen = usePresentingWindow((s) => s.panelOpen);
  return (
    <>
      <button type="button" className="btn present-btn" title={t('present.startLong')} onClick={() => void runCommand('present.start')}>
        <MonitorPlay aria-hidden /> <span className="present-btn-label">{t('present.start')}</span>
      </button>
      <button type="button" className={`btn present-btn${panelOpen ? ' primary' : ' quiet'}`} title={t('present.facilitation')} aria-pressed={panelOpen} onClick={() => setPanelOpen(!panelOpen)}>
        <PanelRight aria-hidden /> <span className="present-btn-label">{t('present.facilitation')}</span>
      </button>
    </>
  );
}

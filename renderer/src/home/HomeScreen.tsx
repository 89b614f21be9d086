import { useState } from 'react';
import { FilePlus2, FolderOpen, Map as MapIcon } from 'lucide-react';
import { runCommand } from '../commands/registry.ts';
import { showOpenResult, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Logo } from '../ui/Logo.tsx';
import { RecentList } from './RecentList.tsx';

/** The first screen: start a workshop, open one, or open the example. */
export function HomeScreen() {
  const t = useT();
  const bridge = useApp((s) => s.connection?.bridge ?? null);
  const [dropping, setDropping] = useState(false);
  return (
    <div
      className={`home${dropping ? ' drop-active' : ''}`}
      onDragOver={(e) => {
        if (!bridge) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDropping(false);
        const file = e.dataTransfer.files[0];
        if (bridge && file) void showOpenResult(bridge.openDroppedFile(file));
      }}
    >
      <header className="home-top">
        <div className="brand">
          <Logo />
          {t('app.name')}
        </div>
        <LanguageSwitch />
      </header>
      <main className="home-main">
        <div className="home-hero">
          <h1>{t('home.title')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        <div className="home-actions">
          <button type="button" className="action-card primary" onClick={() => void runCommand('workshop.new')}>
            <FilePlus2 aria-hidden />
            <span className="title">{t('home.new')}</span>
          </button>
          <button type="button" className="action-card" onClick={() => void runCommand('workshop.open')}>
            <FolderOpen aria-hidden />
            <span className="title">{t('home.open')}</span>
            {bridge && <span className="hint">{t('home.dropHint')}</span>}
          </button>
          <button type="button" className="action-card" aria-describedby="example-hint" onClick={() => void runCommand('workshop.openExample')}>
            <MapIcon aria-hidden />
            <span className="title">{t('home.example')}</span>
            <span className="hint" id="example-hint">{t('home.exampleHint')}</span>
          </button>
        </div>
        <RecentList />
      </main>
      <footer className="home-foot">
        <span>{t('home.offline')}</span>
        <button type="button" className="btn quiet" onClick={() => void runCommand('help.about')}>{t('menu.about')}</button>
      </footer>
    </div>
  );
}

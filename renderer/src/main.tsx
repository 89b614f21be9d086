import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import '@fontsource/atkinson-hyperlegible-next/800.css';
import './styles/emojiFont.css';
import './styles/theme.css';
import './styles/home.css';
import './styles/workshop.css';
import { translate } from '../../shared/i18n/translate.ts';
import { connect } from './api/connect.ts';
import { App } from './app/App.tsx';
import { showOpenResult, useApp } from './state/appStore.ts';
import { rememberedOpenFile } from './state/openFileMemory.ts';
import { PresenterApp } from './present/PresenterApp.tsx';
import { isPresenterRoute } from './present/presenterRoute.ts';
import { registerAppCommands } from './app/commandRoot.ts';

async function start(): Promise<void> {
  registerAppCommands();
  const root = createRoot(document.getElementById('root')!);
  let connection;
  try {
    connection = connect();
  } catch {
    // Opened without the host's token: nothing else can work, say so plainly (both languages).
    root.render(
      <div style={{ padding: '2em', fontSize: '1.3rem' }} role="alert">
        <p lang="nb">{translate('nb', 'error.noToken')}</p>
        <p lang="en">{translate('en', 'error.noToken')}</p>
      </div>,
    );
    return;
  }
  const [info, settings] = await Promise.all([connection.api.appInfo(), connection.api.getSettings()]);
  useApp.setState({ connection, info, language: settings.language });
  document.documentElement.lang = settings.language;
  // The presenter view (a second tab or window) shows the presentation's state, not a workshop.
  if (isPresenterRoute()) return void root.render(<StrictMode><PresenterApp /></StrictMode>);
  // The browser host's tab comes back to the workshop it had open before a reload.
  const remembered = info.transport === 'web' ? rememberedOpenFile() : null;
  if (remembered) await showOpenResult(connection.api.openFromFolder(remembered));
  // Electron: a file the OS asked us to open (a double-click on a .samkart file).
  const pending = info.transport === 'electron' ? await connection.api.openPending() : null;
  if (pending) await showOpenResult(Promise.resolve(pending));
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();

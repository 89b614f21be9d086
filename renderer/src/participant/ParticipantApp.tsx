import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language, MessageKey } from '../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../shared/i18n/translate.ts';
import type { ParticipantStateView } from '../../../shared/participants/contract.ts';
import { callParticipant, ParticipantCallError, participantToken } from './participantApi.ts';
import { JoinForm } from './JoinForm.tsx';
import { RoomPage } from './RoomPage.tsx';

export type T = (key: MessageKey, params?: MessageParams) => string;

const LANGUAGE_KEY = 'samkart.participant.language';
/** How often the page asks for its state: often enough that approvals show quickly, rare enough for 200 phones. */
const POLL_MS = 2000;

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored === 'en' || stored === 'nb' ? stored : 'nb';
}

/** The participant's page: join with the room code, then the prompt, one's own notes and dots. */
export function ParticipantApp() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [joined, setJoined] = useState(() => participantToken.get() !== null);
  const [state, setState] = useState<ParticipantStateView | null>(null);
  const [ended, setEnded] = useState<'closed' | 'removed' | null>(null);
  const t: T = useCallback((key, params) => translate(language, key, params), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('participant.pageTitle');
    localStorage.setItem(LANGUAGE_KEY, language);
  }, [language, t]);

  const failures = useRef(0);
  const refresh = useCallback(async () => {
    try {
      setState(await callParticipant('state'));
      failures.current = 0;
    } catch (error) {
      if (!(error instanceof ParticipantCallError)) throw error;
      if (error.key === 'removed') setEnded('removed');
      // One lost request on a busy Wi-Fi is not a closed room; three in a row (6 s) is.
      else if (error.key === 'network') {
        failures.current += 1;
        if (failures.current >= 3) setEnded('closed');
      }
      else if (error.key === 'notFound') {
        // The room was closed and opened again (a new room knows no old token): join afresh.
        participantToken.clear();
        setJoined(false);
      }
    }
  }, []);

  useEffect(() => {
    if (!joined || ended) return;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [joined, ended, refresh]);

  return (
    <div className="participant">
      <header className="participant-head">
        <span className="participant-brand">Samkart</span>
        <button type="button" className="participant-language" lang={language === 'nb' ? 'en' : 'nb'} aria-label={t('participant.languageLabel')} onClick={() => setLanguage(language === 'nb' ? 'en' : 'nb')}>
          {t('participant.language')}
        </button>
      </header>
      <main>
        {ended ? (
          <p className="participant-ended" role="status">
            {t(ended === 'removed' ? 'participant.error.removed' : 'participant.closed')}
          </p>
        ) : !joined ? (
          <JoinForm t={t} onJoined={() => setJoined(true)} />
        ) : state ? (
          <RoomPage t={t} state={state} refresh={refresh} />
        ) : null}
      </main>
      <footer className="participant-foot">{t('participant.plainHttp')}</footer>
    </div>
  );
}

import { languages } from '../../../shared/i18n/messages.ts';
import { setLanguage, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';

/** Norsk first; the choice is remembered in the user's settings. */
export function LanguageSwitch() {
  const t = useT();
  const language = useApp((s) => s.language);
  return (
    <div role="group" aria-label={t('common.language')} className="language-switch">
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          className={`btn ${l === language ? 'primary' : 'quiet'}`}
          aria-pressed={l === language}
          lang={l}
          onClick={() => void setLanguage(l)}
        >
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}

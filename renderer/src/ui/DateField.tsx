import { useEffect, useId, useState } from 'react';
import { formatDateInput, parseDateInput } from '../../../shared/i18n/dateInput.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../state/appStore.ts';

interface Props {
  /** ISO date (2026-03-24) or ''. */
  value: string;
  /** Called with an ISO date or '' when the user leaves the field or presses Enter with a real date. */
  onCommit(iso: string): void;
  'aria-label': string;
  className?: string;
}

/**
 * A date typed the way the app's language writes it (24.03.2026 in Norwegian), whatever language
 * the browser has: the native date input follows the browser's and shows mm/dd/yyyy in a
 * Norwegian interface on an English system. A text that is not a date is kept and marked, with
 * a message saying how to write one.
 */
export function DateField({ value, onCommit, className, 'aria-label': label }: Props) {
  const t = useT();
  const language = useApp((s) => s.language);
  const errorId = useId();
  const [draft, setDraft] = useState(() => formatDateInput(value, language));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(formatDateInput(value, language));
    setInvalid(false);
  }, [value, language]);
  const commit = () => {
    const iso = parseDateInput(draft);
    if (iso === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(formatDateInput(iso, language));
    if (iso !== value) onCommit(iso);
  };
  return (
    <span className="date-field">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={className}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        placeholder={t('common.dateFormat')}
        value={draft}
        maxLength={20}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {invalid && (
        <span id={errorId} className="error" role="alert">
          {t('common.dateInvalid')}
        </span>
      )}
    </span>
  );
}

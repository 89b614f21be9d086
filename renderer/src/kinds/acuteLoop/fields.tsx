import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';

/**
 * A text field that reads its value with `parse` and commits once (blur or Enter), showing an
 * error beside itself instead of committing what it can't read. Used for times ("15.30"),
 * durations ("3 døgn") and numbers ("12,5"), which people type in more ways than one.
 */
export function ParsedField<T>({
  value,
  format,
  parse,
  onCommit,
  errorText,
  label,
  hint,
  className,
  inputProps,
}: {
  value: T;
  format(value: T): string;
  parse(text: string): T | 'invalid';
  onCommit(value: T): void;
  errorText: string;
  label: string;
  hint?: string;
  className?: string;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'aria-label'>;
}) {
  const id = useId();
  const shown = format(value);
  const [draft, setDraft] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    const parsed = parse(draft);
    if (parsed === 'invalid') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (format(parsed) !== shown || draft.trim() !== shown) {
      onCommit(parsed);
      setDraft(format(parsed));
    }
  };
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <span className={`al-parsed ${className ?? ''}`}>
      <input
        {...inputProps}
        className="cell-input"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(shown);
            setInvalid(false);
          }
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="al-hint">
          {hint}
        </span>
      )}
      {invalid && (
        <span id={`${id}-error`} className="al-error" role="alert">
          {errorText}
        </span>
      )}
    </span>
  );
}

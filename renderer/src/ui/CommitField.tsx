import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement | HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  /** Called once when the user leaves the field or presses Enter: one edit, one undo step. */
  onCommit(value: string): void;
  multiline?: boolean;
  rows?: number;
};

/**
 * A text field that edits a local copy and commits on blur or Enter, so typing a word is one
 * undoable edit, not one per key. It follows the record when it changes from outside (undo).
 */
export function CommitField({ value, onCommit, multiline, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  if (multiline) {
    return <textarea {...(rest as object)} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />;
  }
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

import { useRef, useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';

/** The in-place name editor: Enter or leaving the field commits, Escape cancels (onDone(null)). */
export function NameField({ label, value, onDone }: { label: string; value: string; onDone(value: string | null): void }) {
  const [draft, setDraft] = useState(value);
  const done = useRef(false);
  const finish = (v: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(v);
  };
  return (
    <input
      className="cell-input huki-name-input"
      aria-label={label}
      value={draft}
      maxLength={limits.name}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(draft.trim())}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(draft.trim());
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}

/** The name editor of a task or phase row, committing a rename and giving the focus back to the grid. */
export function RowNameEditor({ kind, id, name, label, onRename, onClose }: { kind: 'task' | 'phase'; id: string; name: string; label: string; onRename(kind: 'task' | 'phase', id: string, name: string): void; onClose(): void }) {
  return (
    <NameField
      label={label}
      value={name}
      onDone={(value) => {
        onClose();
        if (value === null || value === name) return;
        onRename(kind, id, value);
      }}
    />
  );
}

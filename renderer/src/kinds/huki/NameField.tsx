import { useRef, useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';
import type { GridFocus } from './useGridFocus.ts';

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

/**
 * A task's or phase's name in its row header: the name as shown, or the in-place editor while the
 * row is renamed; closing it gives the keyboard focus back to the grid.
 */
export function RowName({ focus, onRename, kind, id, name, shown, label }: { focus: GridFocus; onRename(kind: 'task' | 'phase', id: string, name: string): void; kind: 'task' | 'phase'; id: string; name: string; shown: string; label: string }) {
  if (focus.editing?.kind !== kind || focus.editing.id !== id) return <span className="huki-name">{shown}</span>;
  return (
    <NameField
      label={label}
      value={name}
      onDone={(value) => {
        focus.setEditing(null);
        focus.refocus();
        if (value === null || value === name) return;
        onRename(kind, id, value);
      }}
    />
  );
}

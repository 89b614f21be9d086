import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { commandById, runCommand } from '../../commands/registry.ts';
import { displayShortcut } from '../../commands/shortcuts.ts';
import { useT } from '../../i18n/useT.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { openContextMenu, useCanvasSession } from '../sessionStore.ts';

const withSelection: (string | '-')[] = [
  'canvas.edit',
  'canvas.openItem',
  '-',
  'canvas.cut',
  'canvas.copy',
  'canvas.paste',
  'canvas.duplicate',
  '-',
  'canvas.bringToFront',
  'canvas.bringForward',
  'canvas.sendBackward',
  'canvas.sendToBack',
  '-',
  'canvas.group',
  'canvas.ungroup',
  'canvas.connect',
  'canvas.lock',
  'view.zoomToSelection',
  '-',
  'canvas.delete',
];
const onBoard: (string | '-')[] = ['canvas.insertNote', 'canvas.paste', '-', 'canvas.selectAll', 'view.zoomToFit', 'view.zoomReset'];

/**
 * The right-click menu (also Shift+F10 and the menu key). Every entry is a registry command, shown
 * with its shortcut so the menu teaches the keyboard. Arrow keys move, Enter runs, Escape closes.
 */
export function ContextMenu({ runtime }: { runtime: CanvasRuntime }) {
  const t = useT();
  const menu = useCanvasSession((s) => s.contextMenu);
  const hasSelection = useCanvasSession((s) => s.selection.length > 0);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  const entries = (hasSelection ? withSelection : onBoard)
    .map((id) => (id === '-' ? id : commandById(id)))
    .filter((c) => c !== undefined)
    .filter((c) => c === '-' || !c.isEnabled || c.isEnabled());
  // No separators at either end or twice in a row.
  const shown = entries.filter((c, i) => c !== '-' || (i > 0 && i < entries.length - 1 && entries[i - 1] !== '-'));

  useLayoutEffect(() => {
    const el = ref.current;
    if (!menu || !el) return;
    const r = el.getBoundingClientRect();
    setPos({ left: Math.min(menu.x, window.innerWidth - r.width - 8), top: Math.min(menu.y, window.innerHeight - r.height - 8) });
    el.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) openContextMenu(null);
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, [menu]);

  if (!menu) return null;
  const close = () => {
    openContextMenu(null);
    setPos(null);
    runtime.host.focus({ preventScroll: true });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? items[0] : items.at(-1))?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    }
    e.stopPropagation();
  };
  return (
    <div
      ref={ref}
      className="canvas-menu"
      data-canvas-ui
      role="menu"
      aria-label={t('canvas.contextMenuLabel')}
      style={{ left: pos?.left ?? menu.x, top: pos?.top ?? menu.y, visibility: pos ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {shown.map((c, i) =>
        c === '-' ? (
          <div key={`sep-${i}`} role="separator" className="menu-sep" />
        ) : (
          <button
            key={c.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu-item"
            onClick={() => {
              close();
              void runCommand(c.id);
            }}
          >
            <span>{t(c.labelKey)}</span>
            {c.shortcuts?.[0] && <kbd aria-hidden>{displayShortcut(c.shortcuts[0])}</kbd>}
          </button>
        ),
      )}
    </div>
  );
}

import { Focus, Maximize, Minus, Plus } from 'lucide-react';
import { runCommand } from '../../commands/registry.ts';
import { shortcutHint } from '../../commands/shortcuts.ts';
import { useT } from '../../i18n/useT.ts';
import { zoomPercent } from '../camera.ts';
import { useCanvasSession } from '../sessionStore.ts';

/** A button's tooltip: its name and the key the manifest gives its command, "Zoom ut (-)". */
function withKey(label: string, commandId: string): string {
  const key = shortcutHint(commandId);
  return key ? `${label} (${key})` : label;
}

/** − [level] + and fit, bottom right. The level is a button: a click goes back to 100 %. */
export function ZoomControls() {
  const t = useT();
  const percent = useCanvasSession((s) => (s.boardId ? zoomPercent(s.cameras[s.boardId]?.zoom ?? 1) : 100));
  const selected = useCanvasSession((s) => s.selection.length > 0);
  return (
    <div className="zoom-controls" role="group" aria-label={t('canvas.zoomControls')} data-canvas-ui>
      <button type="button" className="zoom-btn" aria-label={t('menu.zoomOut')} title={withKey(t('menu.zoomOut'), 'view.zoomOut')} onClick={() => void runCommand('view.zoomOut')}>
        <Minus aria-hidden size={22} />
      </button>
      <button type="button" className="zoom-level" aria-label={t('canvas.zoomLevel', { percent })} title={t('canvas.zoomLevel', { percent })} onClick={() => void runCommand('view.zoomReset')}>
        <span aria-hidden>{t('canvas.zoomPercent', { percent })}</span>
      </button>
      <button type="button" className="zoom-btn" aria-label={t('menu.zoomIn')} title={withKey(t('menu.zoomIn'), 'view.zoomIn')} onClick={() => void runCommand('view.zoomIn')}>
        <Plus aria-hidden size={22} />
      </button>
      <button type="button" className="zoom-btn" aria-label={t('menu.zoomToFit')} title={withKey(t('menu.zoomToFit'), 'view.zoomToFit')} onClick={() => void runCommand('view.zoomToFit')}>
        <Maximize aria-hidden size={20} />
      </button>
      {selected && (
        <button type="button" className="zoom-btn" aria-label={t('canvas.zoomToSelection')} title={withKey(t('canvas.zoomToSelection'), 'view.zoomToSelection')} onClick={() => void runCommand('view.zoomToSelection')}>
          <Focus aria-hidden size={20} />
        </button>
      )}
    </div>
  );
}

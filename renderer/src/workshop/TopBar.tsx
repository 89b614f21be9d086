import { Redo2, Save, Undo2, X } from 'lucide-react';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Logo } from '../ui/Logo.tsx';
import { useWorkshop } from '../state/WorkshopContext.ts';
import { SaveStatusBadge } from './SaveStatusBadge.tsx';
import { PresentButtons } from '../present/PresentButtons.tsx';
import { RestoreButton } from './snapshots/RestoreButton.tsx';
import { ExportButton } from '../exportUi/ExportButton.tsx';

/** The workshop's title and file, the save state, undo/redo, and the file commands. */
export function TopBar() {
  const t = useT();
  const title = useWorkshop((s) => s.doc.meta.title);
  const region = useWorkshop((s) => s.doc.meta.region);
  const fileName = useWorkshop((s) => s.fileName);
  const undoLabel = useWorkshop((s) => s.undoLabel);
  const redoLabel = useWorkshop((s) => s.redoLabel);
  return (
    <header className="topbar">
      <div className="topbar-title">
        <Logo />
        <div>
          <div className="workshop-title">{title || t('common.untitled')}</div>
          <div className="workshop-sub">
            {region && <span>{region} · </span>}
            <span>{t('workshop.file', { file: fileName })}</span>
          </div>
        </div>
      </div>
      <SaveStatusBadge />
      <div className="topbar-actions">
        <button type="button" className="btn quiet icon-btn" disabled={!undoLabel}
          aria-label={undoLabel ? t('common.undoThis', { action: t(undoLabel) }) : t('common.undo')}
          title={undoLabel ? t('common.undoThis', { action: t(undoLabel) }) : t('common.undo')}
          onClick={() => void runCommand('edit.undo')}>
          <Undo2 aria-hidden />
        </button>
        <button type="button" className="btn quiet icon-btn" disabled={!redoLabel}
          aria-label={redoLabel ? t('common.redoThis', { action: t(redoLabel) }) : t('common.redo')}
          title={redoLabel ? t('common.redoThis', { action: t(redoLabel) }) : t('common.redo')}
          onClick={() => void runCommand('edit.redo')}>
          <Redo2 aria-hidden />
        </button>
        <button type="button" className="btn" title={t('workshop.saveAs')} onClick={() => void runCommand('workshop.saveAs')}>
          <Save aria-hidden /> <span className="topbar-label">{t('workshop.saveAs')}</span>
        </button>
        <RestoreButton />
        <ExportButton />
        <PresentButtons />
        <LanguageSwitch />
        <button type="button" className="btn quiet icon-btn" aria-label={t('menu.close')} title={t('menu.close')} onClick={() => void runCommand('workshop.close')}>
          <X aria-hidden />
        </button>
      </div>
    </header>
  );
}

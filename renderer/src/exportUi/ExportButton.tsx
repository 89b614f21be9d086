import { useEffect } from 'react';
import { FileDown } from 'lucide-react';
import { runCommand } from '../commands/registry.ts';
import { shortcutHint } from '../commands/shortcuts.ts';
import { useT } from '../i18n/useT.ts';
import { closeExportDialog, useExportUi } from './exportChoices.ts';
import { ExportDialog } from './ExportDialog.tsx';

/**
 * The top bar's Eksporter button, and the place the export dialog lives: it is mounted with the
 * workshop window, so the dialog always has a workshop to export, and closes with it.
 */
export function ExportButton() {
  const t = useT();
  const open = useExportUi((s) => s.open);
  useEffect(() => closeExportDialog, []);
  return (
    <>
      <button type="button" className="btn" title={t('exportUi.buttonLong', { shortcut: shortcutHint('file.export') ?? '' })} onClick={() => void runCommand('file.export')}>
        <FileDown aria-hidden /> <span className="topbar-label">{t('exportUi.button')}</span>
      </button>
      {open && <ExportDialog />}
    </>
  );
}

import { useEffect } from 'react';
import { History } from 'lucide-react';
import { runCommand } from '../../commands/registry.ts';
import { useT } from '../../i18n/useT.ts';
import { closeRestoreDialog, useRestoreState } from './restoreState.ts';
import { SnapshotsDialog } from './SnapshotsDialog.tsx';

/**
 * "Gjenopprett …" in the workshop's top bar, and the dialog it opens (also from the Fil menu).
 * The dialog lives here because the top bar is there exactly while a workshop is open.
 */
export function RestoreButton() {
  const t = useT();
  const open = useRestoreState((s) => s.open);
  // Closing the workshop with the dialog open must not leave it open for the next one.
  useEffect(() => closeRestoreDialog, []);
  return (
    <>
      <button type="button" className="btn" title={t('snapshots.command')} onClick={() => void runCommand('workshop.restore')}>
        <History aria-hidden /> <span className="topbar-label">{t('snapshots.command')}</span>
      </button>
      {open && <SnapshotsDialog />}
    </>
  );
}

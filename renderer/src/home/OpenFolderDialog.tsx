import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../shared/api/results.ts';
import { api, reportError, showOpenResult, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { Dialog } from '../ui/Dialog.tsx';

/**
 * The browser host's "Åpne …": it has no native dialog, so it lists the workshops in its folder.
 * The page picks a name from the host's own list, never a path.
 */
export function OpenFolderDialog() {
  const t = useT();
  const [listing, setListing] = useState<FolderListing | null>(null);
  const close = () => useApp.setState({ dialog: null });
  useEffect(() => {
    api().listFolder().then(setListing, reportError);
  }, []);
  return (
    <Dialog title={t('open.title')} onClose={close} actions={<button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>}>
      {listing && <p>{t('open.folder', { folder: listing.folder })}</p>}
      {listing && listing.files.length === 0 && <p>{t('open.noFiles')}</p>}
      <ul className="file-list">
        {listing?.files.map((f) => (
          <li key={f.fileName}>
            <button type="button" className="btn quiet" style={{ width: '100%' }} onClick={() => void showOpenResult(api().openFromFolder(f.fileName))}>
              {f.fileName}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

import { useState } from 'react';
import { allCommands } from '../commands/registry.ts';
import { displayShortcut } from '../commands/shortcuts.ts';
import { saveAs } from '../commands/saveAs.ts';
import { NewWorkshopDialog } from '../home/NewWorkshopDialog.tsx';
import { OpenFolderDialog } from '../home/OpenFolderDialog.tsx';
import { reportError, useApp } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { AboutDialog } from '../about/AboutDialog.tsx';

/** The app's modal dialogs; which one is open is app state so menus and shortcuts can open them. */
export function AppDialogs() {
  const dialog = useApp((s) => s.dialog);
  switch (dialog) {
    case null:
      return null;
    case 'new':
      return <NewWorkshopDialog />;
    case 'openFolder':
      return <OpenFolderDialog />;
    case 'saveAs':
      return <SaveAsDialog />;
    case 'shortcuts':
      return <ShortcutsDialog />;
    case 'about':
      return <AboutDialog />;
  }
}

const close = () => useApp.setState({ dialog: null });

function SaveAsDialog() {
  const t = useT();
  const current = useApp((s) => s.workshop?.getState().doc.meta.title ?? '');
  const [name, setName] = useState(current);
  const submit = () => {
    if (!name.trim()) return;
    close();
    saveAs(name.trim()).catch(reportError);
  };
  return (
    <Dialog title={t('saveAs.title')} onClose={close} onSubmit={submit}
      actions={<><button type="button" className="btn" onClick={close}>{t('common.cancel')}</button><button type="submit" className="btn primary">{t('common.save')}</button></>}>
      <div className="field">
        <label htmlFor="save-as-name">{t('saveAs.name')}</label>
        <input id="save-as-name" autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
    </Dialog>
  );
}

/** Every command with a shortcut, straight from the registry, so the list can't go stale. */
function ShortcutsDialog() {
  const t = useT();
  const commands = allCommands().filter((c) => c.shortcuts?.length);
  return (
    <Dialog title={t('help.shortcuts')} onClose={close} actions={<button type="button" className="btn primary" onClick={close}>{t('common.close')}</button>}>
      <table className="data-table shortcuts">
        <tbody>
          {commands.map((c) => (
            <tr key={c.id}>
              <th scope="row">{t(c.labelKey)}</th>
              <td>{c.shortcuts!.map((s) => <kbd key={s}>{displayShortcut(s)}</kbd>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

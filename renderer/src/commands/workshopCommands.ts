import { api, closeWorkshop, notify, reportError, showOpenResult, takePendingOffer, useApp } from '../state/appStore.ts';
import { isTextField } from './shortcuts.ts';
import { defineHandlers } from './command.ts';
import { saveAs } from './saveAs.ts';

const hasWorkshop = () => useApp.getState().workshop !== null;
const workshopState = () => useApp.getState().workshop?.getState();

/**
 * Opening, saving and closing workshops; undo and redo over the whole workshop; help. Their
 * names and keys are in shared/commands/manifest.ts.
 */
export const workshopHandlers = defineHandlers([
  {
    id: 'workshop.new',
    run: () => useApp.setState({ dialog: 'new' }),
  },
  {
    id: 'workshop.open',
    async run() {
      if (useApp.getState().info?.nativeDialogs) await showOpenResult(api().openWithDialog());
      else useApp.setState({ dialog: 'openFolder' });
    },
  },
  {
    id: 'workshop.openExample',
    run: async () => void (await showOpenResult(api().openExample())),
  },
  {
    id: 'workshop.saveAs',
    isEnabled: hasWorkshop,
    async run() {
      if (useApp.getState().info?.nativeDialogs) await saveAs(null).catch(reportError);
      else useApp.setState({ dialog: 'saveAs' });
    },
  },
  {
    id: 'workshop.close',
    isEnabled: hasWorkshop,
    run: () => closeWorkshop(),
  },
  {
    id: 'edit.undo',
    // From the native menu while typing in a field, undo means the field's own undo.
    run: () => (isTextField(document.activeElement) ? void document.execCommand('undo') : workshopState()?.undo()),
  },
  {
    id: 'edit.redo',
    run: () => (isTextField(document.activeElement) ? void document.execCommand('redo') : workshopState()?.redo()),
  },
  {
    // The button of an "open elsewhere" or "damaged index" notice: open read-only, or repair a copy.
    id: 'workshop.takeOffer',
    run: () => takePendingOffer().catch(reportError),
  },
  {
    id: 'workshop.openPending',
    async run() {
      const pending = await api().openPending();
      if (pending) await showOpenResult(Promise.resolve(pending));
    },
  },
  {
    id: 'view.languageChanged',
    async run() {
      const { language } = await api().getSettings();
      useApp.setState({ language });
      document.documentElement.lang = language;
    },
  },
  {
    id: 'help.shortcuts',
    run: () => useApp.setState({ dialog: 'shortcuts' }),
  },
  {
    id: 'help.about',
    run: () => useApp.setState({ dialog: 'about' }),
  },
  {
    id: 'help.showLog',
    async run() {
      if (await api().showLogFile()) notify('info', 'about.logShown');
    },
  },
]);

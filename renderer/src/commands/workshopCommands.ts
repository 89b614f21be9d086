import { api, closeWorkshop, notify, reportError, showOpenResult, takePendingOffer, useApp } from '../state/appStore.ts';
import { isTextField } from './shortcuts.ts';
import { defineCommands } from './command.ts';
import { saveAs } from './saveAs.ts';

const hasWorkshop = () => useApp.getState().workshop !== null;
const workshopState = () => useApp.getState().workshop?.getState();

/** Opening, saving and closing workshops; undo and redo over the whole workshop; help. */
export const workshopCommands = defineCommands([
  {
    id: 'workshop.new',
    labelKey: 'home.new',
    shortcuts: ['Mod+N'],
    inTextFields: true,
    run: () => useApp.setState({ dialog: 'new' }),
  },
  {
    id: 'workshop.open',
    labelKey: 'home.open',
    shortcuts: ['Mod+O'],
    inTextFields: true,
    async run() {
      if (useApp.getState().info?.nativeDialogs) await showOpenResult(api().openWithDialog());
      else useApp.setState({ dialog: 'openFolder' });
    },
  },
  {
    id: 'workshop.openExample',
    labelKey: 'home.example',
    run: async () => void (await showOpenResult(api().openExample())),
  },
  {
    id: 'workshop.saveAs',
    labelKey: 'workshop.saveAs',
    shortcuts: ['Mod+Shift+S'],
    inTextFields: true,
    isEnabled: hasWorkshop,
    async run() {
      if (useApp.getState().info?.nativeDialogs) await saveAs(null).catch(reportError);
      else useApp.setState({ dialog: 'saveAs' });
    },
  },
  {
    id: 'workshop.close',
    labelKey: 'menu.close',
    shortcuts: ['Mod+W'],
    isEnabled: hasWorkshop,
    run: () => closeWorkshop(),
  },
  {
    id: 'edit.undo',
    labelKey: 'common.undo',
    shortcuts: ['Mod+Z'],
    // From the native menu while typing in a field, undo means the field's own undo.
    run: () => (isTextField(document.activeElement) ? void document.execCommand('undo') : workshopState()?.undo()),
  },
  {
    id: 'edit.redo',
    labelKey: 'common.redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    run: () => (isTextField(document.activeElement) ? void document.execCommand('redo') : workshopState()?.redo()),
  },
  {
    // The button of an "open elsewhere" or "damaged index" notice: open read-only, or repair a copy.
    id: 'workshop.takeOffer',
    labelKey: 'fileSafety.offer.readOnly',
    run: () => takePendingOffer().catch(reportError),
  },
  {
    id: 'workshop.openPending',
    labelKey: 'home.open',
    async run() {
      const pending = await api().openPending();
      if (pending) await showOpenResult(Promise.resolve(pending));
    },
  },
  {
    id: 'view.languageChanged',
    labelKey: 'common.language',
    async run() {
      const { language } = await api().getSettings();
      useApp.setState({ language });
      document.documentElement.lang = language;
    },
  },
  {
    id: 'help.shortcuts',
    labelKey: 'help.shortcuts',
    shortcuts: ['?', 'F1'],
    run: () => useApp.setState({ dialog: 'shortcuts' }),
  },
  {
    id: 'help.about',
    labelKey: 'menu.about',
    run: () => useApp.setState({ dialog: 'about' }),
  },
  {
    id: 'help.showLog',
    labelKey: 'menu.showLog',
    async run() {
      if (await api().showLogFile()) notify('info', 'about.logShown');
    },
  },
]);

import { api, closeWorkshop, reportError, showOpenResult, useApp } from '../state/appStore.ts';
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
    isEnabled: () => workshopState()?.undoLabel !== undefined,
    run: () => workshopState()?.undo(),
  },
  {
    id: 'edit.redo',
    labelKey: 'common.redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    isEnabled: () => workshopState()?.redoLabel !== undefined,
    run: () => workshopState()?.redo(),
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
]);

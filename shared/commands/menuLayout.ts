import type { MessageKey } from '../i18n/messages.ts';
import type { Shortcut } from './commandSpec.ts';

/** One place in the native menu: a manifest entry, optionally on one platform or in development only. */
export interface MenuSlot {
  id: string;
  /** Only on a Mac, or only elsewhere (About and Quit live in the app menu on a Mac). */
  only?: 'mac' | 'notMac';
  devOnly?: boolean;
  /** Which of the command's keys the menu shows, when not its first (zoom in shows Ctrl++, not +). */
  shows?: Shortcut;
}

/**
 * A menu of the menu bar: groups of slots, drawn with separators between the groups. The
 * language menu lists the dictionaries instead (`languages`).
 */
export interface MenuSectionLayout {
  labelKey: MessageKey;
  only?: 'mac';
  groups?: readonly (readonly MenuSlot[])[];
  languages?: true;
}

/**
 * Where each command sits in the native menu bar; the labels and keys come from the manifest, so
 * the menu shows exactly the keys the renderer handles. electron/main/menuTemplate.ts turns this
 * into the menu for a language and platform.
 */
export const menuLayout: readonly MenuSectionLayout[] = [
  { labelKey: 'app.name', only: 'mac', groups: [[{ id: 'help.about' }], [{ id: 'role.quit' }]] },
  {
    labelKey: 'menu.file',
    groups: [
      [{ id: 'workshop.new' }, { id: 'workshop.open' }, { id: 'workshop.openExample' }],
      [{ id: 'workshop.saveAs' }, { id: 'workshop.restore' }, { id: 'file.export' }],
      [{ id: 'workshop.close' }],
      [{ id: 'role.quit', only: 'notMac' }],
    ],
  },
  {
    labelKey: 'menu.edit',
    groups: [
      // Shown as Ctrl+Shift+Z; the renderer also takes Ctrl+Y.
      [{ id: 'edit.undo' }, { id: 'edit.redo' }],
      [{ id: 'role.cut' }, { id: 'role.copy' }, { id: 'role.paste' }, { id: 'role.selectAll' }],
    ],
  },
  {
    labelKey: 'menu.view',
    groups: [
      [{ id: 'view.zoomIn', shows: 'Mod++' }, { id: 'view.zoomOut', shows: 'Mod+-' }, { id: 'view.zoomToFit' }, { id: 'view.zoomReset' }],
      [{ id: 'role.togglefullscreen' }],
      [{ id: 'role.reload', devOnly: true }, { id: 'role.toggleDevTools', devOnly: true }],
    ],
  },
  { labelKey: 'menu.language', languages: true },
  {
    labelKey: 'menu.help',
    groups: [[{ id: 'help.shortcuts', shows: 'F1' }], [{ id: 'help.showLog' }, { id: 'help.about', only: 'notMac' }]],
  },
];

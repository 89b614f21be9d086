import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { assertNever } from '../../shared/util/assertNever.ts';
import type { Language } from '../../shared/i18n/messages.ts';
import type { MenuCommandId } from '../../shared/api/bridge.ts';
import { menuTemplate, shownAccelerator, type MenuEntry, type MenuOs } from './menuTemplate.ts';

export interface AppMenuOptions {
  isDev: boolean;
  os: MenuOs;
  /** The language the menu is shown in; read on every rebuild. */
  language(): Language;
  /** Sends an app command to the window the click came from (or the focused one). */
  sendCommand(command: MenuCommandId, window: BaseWindow | undefined): void;
  /** The same code path as the API's setLanguage. */
  setLanguage(language: Language): void;
}

/** The application menu, built from the pure template; `rebuild` after the language changes. */
export function createAppMenu(options: AppMenuOptions): { rebuild(): void } {
  function toElectron(entry: MenuEntry): MenuItemConstructorOptions {
    switch (entry.type) {
      case 'separator':
        return { type: 'separator' };
      case 'command': {
        const accelerator = shownAccelerator(entry.accelerator, options.os);
        return {
          label: entry.label,
          // Shown, not registered: the renderer's own shortcut handling runs these keys.
          ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
          click: (_item, window) => options.sendCommand(entry.command, window),
        };
      }
      case 'role':
        return { label: entry.label, role: entry.role, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}) };
      case 'language':
        return {
          label: entry.label,
          type: 'radio',
          checked: entry.checked,
          click: () => {
            if (entry.language !== options.language()) options.setLanguage(entry.language);
          },
        };
      default:
        return assertNever(entry);
    }
  }

  return {
    rebuild() {
      const template = menuTemplate(options.language(), options.isDev, options.os).map(
        (section): MenuItemConstructorOptions => ({ label: section.label, submenu: section.items.map(toElectron) }),
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    },
  };
}

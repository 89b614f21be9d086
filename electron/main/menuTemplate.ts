import type { MenuCommandId } from '../../shared/api/bridge.ts';
import type { Language, MessageKey } from '../../shared/i18n/messages.ts';
import { languages } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';

/** Menu items Electron implements natively (editing in text fields, full screen, quitting, dev tools). */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'reload' | 'toggleDevTools' | 'quit';

/**
 * An app command: clicking it sends the id to the focused window, which runs it through its
 * command registry. The renderer owns these keyboard shortcuts (the browser host has no native
 * menu, so it must), so the menu only shows the accelerator: registering it too would run the
 * command twice, and a key without Ctrl/Cmd (Shift+1, F1) would fire while typing in a text field.
 */
export interface CommandEntry {
  type: 'command';
  labelKey: MessageKey;
  label: string;
  command: MenuCommandId;
  accelerator?: string;
}

/** A native role; its accelerator is registered, because Electron itself carries it out. */
export interface RoleEntry {
  type: 'role';
  labelKey: MessageKey;
  label: string;
  role: MenuRole;
  accelerator?: string;
}

/** One of the radio items under Språk/Language; choosing it changes the language everywhere. */
export interface LanguageEntry {
  type: 'language';
  labelKey: MessageKey;
  label: string;
  language: Language;
  checked: boolean;
}

export interface SeparatorEntry {
  type: 'separator';
}

export type MenuEntry = CommandEntry | RoleEntry | LanguageEntry | SeparatorEntry;

export interface MenuSection {
  labelKey: MessageKey;
  label: string;
  items: MenuEntry[];
}

/** The operating system, as Node's process.platform names it; only macOS differs. */
export type MenuOs = 'darwin' | 'win32' | 'linux' | (string & {});

/**
 * The native menu as plain data, so it is unit-tested without Electron (menu.ts turns it into an
 * Electron Menu). Rebuilt whenever the language changes.
 */
export function menuTemplate(language: Language, isDev: boolean, os: MenuOs = 'linux'): MenuSection[] {
  const t = (key: MessageKey) => translate(language, key);
  const command = (labelKey: MessageKey, id: MenuCommandId, accelerator?: string): CommandEntry => ({
    type: 'command',
    labelKey,
    label: t(labelKey),
    command: id,
    ...(accelerator ? { accelerator } : {}),
  });
  const role = (labelKey: MessageKey, r: MenuRole, accelerator?: string): RoleEntry => ({
    type: 'role',
    labelKey,
    label: t(labelKey),
    role: r,
    ...(accelerator ? { accelerator } : {}),
  });
  const separator: SeparatorEntry = { type: 'separator' };
  const isMac = os === 'darwin';

  const appMenu: MenuSection = {
    labelKey: 'app.name',
    label: t('app.name'),
    items: [command('menu.about', 'help.about'), separator, role('menu.quit', 'quit', 'CmdOrCtrl+Q')],
  };
  const file: MenuSection = {
    labelKey: 'menu.file',
    label: t('menu.file'),
    items: [
      command('home.new', 'workshop.new', 'CmdOrCtrl+N'),
      command('home.open', 'workshop.open', 'CmdOrCtrl+O'),
      command('home.example', 'workshop.openExample'),
      separator,
      command('workshop.saveAs', 'workshop.saveAs', 'CmdOrCtrl+Shift+S'),
      command('snapshots.command', 'workshop.restore'),
      command('exportUi.cmd.export', 'file.export', 'CmdOrCtrl+E'),
      separator,
      command('menu.close', 'workshop.close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [separator, role('menu.quit', 'quit', 'CmdOrCtrl+Q')]),
    ],
  };
  const edit: MenuSection = {
    labelKey: 'menu.edit',
    label: t('menu.edit'),
    items: [
      command('common.undo', 'edit.undo', 'CmdOrCtrl+Z'),
      // Shown as Ctrl+Shift+Z; the renderer also takes Ctrl+Y on Windows and Linux.
      command('common.redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      role('menu.cut', 'cut', 'CmdOrCtrl+X'),
      role('menu.copy', 'copy', 'CmdOrCtrl+C'),
      role('menu.paste', 'paste', 'CmdOrCtrl+V'),
      role('menu.selectAll', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };
  const view: MenuSection = {
    labelKey: 'menu.view',
    label: t('menu.view'),
    items: [
      command('menu.zoomIn', 'view.zoomIn', 'CmdOrCtrl+Plus'),
      command('menu.zoomOut', 'view.zoomOut', 'CmdOrCtrl+-'),
      command('menu.zoomToFit', 'view.zoomToFit', 'Shift+1'),
      command('menu.zoomReset', 'view.zoomReset', 'CmdOrCtrl+0'),
      separator,
      role('menu.toggleFullScreen', 'togglefullscreen', isMac ? 'Ctrl+Command+F' : 'F11'),
      ...(isDev ? [separator, role('menu.reload', 'reload', 'CmdOrCtrl+R'), role('menu.devtools', 'toggleDevTools', isMac ? 'Alt+Command+I' : 'CmdOrCtrl+Shift+I')] : []),
    ],
  };
  const languageMenu: MenuSection = {
    labelKey: 'menu.language',
    label: t('menu.language'),
    items: languages.map((l): LanguageEntry => {
      const labelKey = l === 'nb' ? 'language.nb' : 'language.en';
      return { type: 'language', labelKey, label: t(labelKey), language: l, checked: l === language };
    }),
  };
  const help: MenuSection = {
    labelKey: 'menu.help',
    label: t('menu.help'),
    items: [command('help.shortcuts', 'help.shortcuts', 'F1'), separator, command('menu.showLog', 'help.showLog'), ...(isMac ? [] : [command('menu.about', 'help.about')])],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, languageMenu, help];
}

/** Every item of a template, sections flattened; for checks over the whole menu. */
export function allEntries(template: readonly MenuSection[]): MenuEntry[] {
  return template.flatMap((section) => section.items);
}

/**
 * macOS has no "don't register" switch for menu accelerators, so there a key without Cmd, Ctrl
 * or Alt (Shift+1 for zoom to fit) is left off the menu entirely; the renderer still handles it.
 */
export function shownAccelerator(accelerator: string | undefined, os: MenuOs): string | undefined {
  if (!accelerator || os !== 'darwin') return accelerator;
  return /(^|\+)(CmdOrCtrl|CommandOrControl|Cmd|Command|Ctrl|Control|Alt|Option)\+/.test(accelerator) || /^F\d+$/.test(accelerator) ? accelerator : undefined;
}

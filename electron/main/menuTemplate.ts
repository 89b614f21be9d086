import { isMenuCommandId, type MenuCommandId } from '../../shared/api/bridge.ts';
import { toAccelerator } from '../../shared/commands/accelerator.ts';
import { shortcutsOn, type MenuRole } from '../../shared/commands/commandSpec.ts';
import { commandSpec } from '../../shared/commands/manifest.ts';
import { menuLayout, type MenuSectionLayout, type MenuSlot } from '../../shared/commands/menuLayout.ts';
import type { Language, MessageKey } from '../../shared/i18n/messages.ts';
import { languages } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';

/** Menu items Electron implements natively (editing in text fields, full screen, quitting, dev tools). */
export type { MenuRole } from '../../shared/commands/commandSpec.ts';

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
 * Electron Menu). Rebuilt whenever the language changes. Where each item sits is
 * shared/commands/menuLayout.ts; its label and keys are its entry in the command manifest, so the
 * menu shows the keys the renderer handles and no accelerator is written twice.
 */
export function menuTemplate(language: Language, isDev: boolean, os: MenuOs = 'linux'): MenuSection[] {
  const t = (key: MessageKey) => translate(language, key);
  const isMac = os === 'darwin';
  const platform = isMac ? 'mac' : 'other';
  const separator: SeparatorEntry = { type: 'separator' };
  const shown = (slot: MenuSlot) => (!slot.only || (slot.only === 'mac') === isMac) && (!slot.devOnly || isDev);

  const entryOf = (slot: MenuSlot): CommandEntry | RoleEntry => {
    const spec = commandSpec(slot.id);
    if (!spec) throw new Error(`The menu places ${slot.id}, which the command manifest lacks`);
    const shortcut = slot.shows ?? shortcutsOn(spec, platform)[0];
    const accelerator = shortcut === undefined ? undefined : toAccelerator(shortcut);
    const common = { labelKey: spec.labelKey, label: t(spec.labelKey), ...(accelerator ? { accelerator } : {}) };
    if (spec.role) return { type: 'role', role: spec.role, ...common };
    if (!isMenuCommandId(spec.id)) throw new Error(`The menu places ${spec.id}, which the bridge does not let through`);
    return { type: 'command', command: spec.id, ...common };
  };

  const sectionOf = (layout: MenuSectionLayout): MenuSection => {
    const items: MenuEntry[] = layout.languages
      ? languages.map((l): LanguageEntry => {
          const labelKey = l === 'nb' ? 'language.nb' : 'language.en';
          return { type: 'language', labelKey, label: t(labelKey), language: l, checked: l === language };
        })
      : (layout.groups ?? [])
          .map((group) => group.filter(shown).map(entryOf))
          .filter((group) => group.length > 0)
          .flatMap((group, i): MenuEntry[] => (i === 0 ? group : [separator, ...group]));
    return { labelKey: layout.labelKey, label: t(layout.labelKey), items };
  };

  return menuLayout.filter((layout) => !layout.only || isMac).map(sectionOf);
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

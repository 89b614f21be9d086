import { describe, expect, it } from 'vitest';
import { isMenuCommandId } from '../../../shared/api/bridge.ts';
import { dictionaryOf } from '../../../shared/i18n/translate.ts';
import { languages } from '../../../shared/i18n/messages.ts';
import { allEntries, menuTemplate, shownAccelerator, type MenuEntry } from '../../../electron/main/menuTemplate.ts';

const variants = languages.flatMap((language) =>
  [false, true].flatMap((isDev) => ['linux', 'win32', 'darwin'].map((os) => ({ language, isDev, os }))),
);

function labelled(entries: MenuEntry[]) {
  return entries.filter((e): e is Exclude<MenuEntry, { type: 'separator' }> => e.type !== 'separator');
}

describe('menu template', () => {
  it.each(variants)('has a translated label on every section and item ($language, dev $isDev, $os)', ({ language, isDev, os }) => {
    const template = menuTemplate(language, isDev, os);
    const dictionary = dictionaryOf(language);
    for (const section of template) {
      expect(dictionary[section.labelKey], section.labelKey).toBeTruthy();
      expect(section.label).toBe(dictionary[section.labelKey]);
      expect(section.items.length).toBeGreaterThan(0);
    }
    for (const item of labelled(allEntries(template))) {
      expect(dictionary[item.labelKey], item.labelKey).toBeTruthy();
      expect(item.label).toBe(dictionary[item.labelKey]);
    }
  });

  it('is in Norwegian by default and in English when asked', () => {
    expect(menuTemplate('nb', false).map((s) => s.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Språk', 'Hjelp']);
    expect(menuTemplate('en', false).map((s) => s.label)).toEqual(['File', 'Edit', 'View', 'Language', 'Help']);
    const file = menuTemplate('nb', false)[0]!;
    expect(labelled(file.items).map((i) => i.label)).toEqual(['Nytt verksted', 'Åpne …', 'Åpne eksempel', 'Lagre som …', 'Gjenopprett …', 'Eksporter …', 'Lukk verksted', 'Avslutt']);
  });

  it.each(variants)('sends only command ids the bridge knows ($language, dev $isDev, $os)', ({ language, isDev, os }) => {
    const commands = allEntries(menuTemplate(language, isDev, os)).filter((e) => e.type === 'command');
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(isMenuCommandId(c.command), c.command).toBe(true);
  });

  it.each(variants)('never gives two items the same accelerator ($language, dev $isDev, $os)', ({ language, isDev, os }) => {
    const accelerators = allEntries(menuTemplate(language, isDev, os))
      .map((e) => ('accelerator' in e ? shownAccelerator(e.accelerator, os) : undefined))
      .filter((a): a is string => a !== undefined)
      .map((a) => a.toLowerCase());
    expect(accelerators.length).toBeGreaterThan(5);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('uses the agreed accelerators', () => {
    const byCommand = new Map(
      allEntries(menuTemplate('nb', false)).flatMap((e) => (e.type === 'command' ? [[e.command, e.accelerator] as const] : [])),
    );
    expect(Object.fromEntries(byCommand)).toMatchObject({
      'workshop.new': 'CmdOrCtrl+N',
      'workshop.open': 'CmdOrCtrl+O',
      'workshop.saveAs': 'CmdOrCtrl+Shift+S',
      'workshop.close': 'CmdOrCtrl+W',
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'CmdOrCtrl+Shift+Z',
      'view.zoomIn': 'CmdOrCtrl+Plus',
      'view.zoomOut': 'CmdOrCtrl+-',
      'view.zoomReset': 'CmdOrCtrl+0',
      'view.zoomToFit': 'Shift+1',
      'help.shortcuts': 'F1',
    });
  });

  it('offers the languages as radio items with the current one checked', () => {
    for (const language of languages) {
      const items = allEntries(menuTemplate(language, false)).filter((e) => e.type === 'language');
      expect(items.map((i) => i.language)).toEqual([...languages]);
      expect(items.filter((i) => i.checked).map((i) => i.language)).toEqual([language]);
      expect(items.map((i) => i.label)).toEqual(['Norsk (bokmål)', 'English']);
    }
  });

  it('shows Reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => allEntries(menuTemplate('nb', isDev)).flatMap((e) => (e.type === 'role' ? [e.role] : []));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('keeps editing in text fields native (cut, copy, paste, select all are roles)', () => {
    const roles = allEntries(menuTemplate('nb', false)).flatMap((e) => (e.type === 'role' ? [e.role] : []));
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'quit']));
  });

  it('puts About and Quit in the app menu on macOS, and each only once', () => {
    const mac = menuTemplate('nb', false, 'darwin');
    expect(mac[0]!.label).toBe('Samkart');
    const entries = allEntries(mac);
    expect(entries.filter((e) => e.type === 'role' && e.role === 'quit')).toHaveLength(1);
    expect(entries.filter((e) => e.type === 'command' && e.command === 'help.about')).toHaveLength(1);
    const linux = allEntries(menuTemplate('nb', false, 'linux'));
    expect(linux.filter((e) => e.type === 'role' && e.role === 'quit')).toHaveLength(1);
    expect(linux.filter((e) => e.type === 'command' && e.command === 'help.about')).toHaveLength(1);
  });

  it('leaves a key without Cmd/Ctrl/Alt off the macOS menu, where it cannot be left unregistered', () => {
    expect(shownAccelerator('Shift+1', 'darwin')).toBeUndefined();
    expect(shownAccelerator('Shift+1', 'linux')).toBe('Shift+1');
    expect(shownAccelerator('CmdOrCtrl+Plus', 'darwin')).toBe('CmdOrCtrl+Plus');
    expect(shownAccelerator('F1', 'darwin')).toBe('F1');
    expect(shownAccelerator(undefined, 'linux')).toBeUndefined();
  });
});

import { alignments, type Alignment } from '../items/arrange.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { CommandSpec } from './commandSpec.ts';

/**
 * The command manifest: every command of the app with its name, keys and text-field rule, in the
 * order the shortcut list shows them. Pure data: the renderer binds each id to a handler in one
 * place (renderer/src/app/commandRoot.ts), the native menu derives its accelerators from it
 * (electron/main/menuTemplate.ts via menuLayout.ts), and a test checks no two commands share a
 * key and that the README's table says the same. A board kind's own tools are declared with the
 * kind (CanvasTool) and join these at the composition root.
 */

/** Opening, saving and closing workshops; undo and redo; help. */
const workshop: CommandSpec[] = [
  { id: 'workshop.new', labelKey: 'home.new', shortcuts: ['Mod+N'], inTextFields: true },
  { id: 'workshop.open', labelKey: 'home.open', shortcuts: ['Mod+O'], inTextFields: true },
  { id: 'workshop.openExample', labelKey: 'home.example' },
  { id: 'workshop.saveAs', labelKey: 'workshop.saveAs', shortcuts: ['Mod+Shift+S'], inTextFields: true },
  { id: 'workshop.close', labelKey: 'menu.close', shortcuts: ['Mod+W'] },
  { id: 'edit.undo', labelKey: 'common.undo', shortcuts: ['Mod+Z'] },
  { id: 'edit.redo', labelKey: 'common.redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'] },
  // The button of an "open elsewhere" or "damaged index" notice: open read-only, or repair a copy.
  { id: 'workshop.takeOffer', labelKey: 'fileSafety.offer.readOnly' },
  { id: 'workshop.openPending', labelKey: 'home.open' },
  { id: 'view.languageChanged', labelKey: 'common.language' },
  { id: 'help.shortcuts', labelKey: 'help.shortcuts', shortcuts: ['?', 'F1'] },
  { id: 'help.about', labelKey: 'menu.about' },
  { id: 'help.showLog', labelKey: 'menu.showLog' },
];

/**
 * Eksporter … (Ctrl+E) works from a text field too, like the other file commands. Gjenopprett has
 * no key: a restore is rare and always confirmed, so it has no key to be pressed by mistake.
 */
const file: CommandSpec[] = [
  { id: 'file.export', labelKey: 'exportUi.cmd.export', shortcuts: ['Mod+E'], inTextFields: true },
  { id: 'workshop.restore', labelKey: 'snapshots.command' },
  { id: 'workshop.undoRestore', labelKey: 'recovery.undo' },
];

const tool = (name: string, key: string): CommandSpec => ({ id: `canvas.tool.${name}`, labelKey: `canvas.tool.${name}` as MessageKey, shortcuts: [key] });

const nudges = [
  ['left', 'Left'],
  ['right', 'Right'],
  ['up', 'Up'],
  ['down', 'Down'],
] as const;

const alignLabels: Record<Alignment, MessageKey> = {
  left: 'canvas.align.left',
  center: 'canvas.align.center',
  right: 'canvas.align.right',
  top: 'canvas.align.top',
  middle: 'canvas.align.middle',
  bottom: 'canvas.align.bottom',
};

/**
 * The canvas's commands, with the keys Miro and Excalidraw users expect. Zoom keeps the keys of
 * several keyboard layouts: Shift+1 is "!" on a US and a Norwegian keyboard, Shift+2 is "@" or '"'.
 */
const canvas: CommandSpec[] = [
  tool('select', 'V'),
  tool('hand', 'H'),
  tool('note', 'N'),
  tool('text', 'T'),
  tool('rect', 'R'),
  tool('ellipse', 'O'),
  tool('diamond', 'D'),
  tool('connector', 'C'),
  tool('frame', 'F'),
  { id: 'canvas.insertImage', labelKey: 'canvas.tool.image', shortcuts: ['I'] },
  { id: 'canvas.insertNote', labelKey: 'canvas.insertNote', shortcuts: ['Mod+Enter'] },
  { id: 'canvas.edit', labelKey: 'canvas.edit', shortcuts: ['Enter'] },
  { id: 'canvas.openItem', labelKey: 'canvas.openItem' },
  { id: 'canvas.deselect', labelKey: 'canvas.deselect', shortcuts: ['Escape'] },
  { id: 'canvas.delete', labelKey: 'common.delete', shortcuts: ['Delete', 'Backspace'] },
  { id: 'canvas.duplicate', labelKey: 'common.duplicate', shortcuts: ['Mod+D'] },
  { id: 'canvas.selectAll', labelKey: 'menu.selectAll', shortcuts: ['Mod+A'] },
  { id: 'canvas.copy', labelKey: 'menu.copy', shortcuts: ['Mod+C'] },
  { id: 'canvas.cut', labelKey: 'menu.cut', shortcuts: ['Mod+X'] },
  { id: 'canvas.paste', labelKey: 'menu.paste', shortcuts: ['Mod+V'] },
  { id: 'canvas.group', labelKey: 'op.items.group', shortcuts: ['Mod+G'] },
  { id: 'canvas.ungroup', labelKey: 'op.items.ungroup', shortcuts: ['Mod+Shift+G'] },
  { id: 'canvas.lock', labelKey: 'canvas.lockToggle', shortcuts: ['Mod+Shift+L'] },
  { id: 'canvas.connect', labelKey: 'canvas.connectSelected', shortcuts: ['Shift+C'] },
  { id: 'canvas.bringForward', labelKey: 'canvas.bringForward', shortcuts: [']', 'Mod+ArrowUp'] },
  { id: 'canvas.sendBackward', labelKey: 'canvas.sendBackward', shortcuts: ['[', 'Mod+ArrowDown'] },
  { id: 'canvas.bringToFront', labelKey: 'canvas.bringToFront', shortcuts: ['Mod+Shift+ArrowUp'] },
  { id: 'canvas.sendToBack', labelKey: 'canvas.sendToBack', shortcuts: ['Mod+Shift+ArrowDown'] },
  ...nudges.flatMap(([dir, key]): CommandSpec[] => [
    { id: `canvas.nudge.${dir}`, labelKey: `canvas.nudge.${dir}`, shortcuts: [`Arrow${key}`] },
    { id: `canvas.nudgeFar.${dir}`, labelKey: `canvas.nudgeFar.${dir}`, shortcuts: [`Shift+Arrow${key}`] },
  ]),
  ...alignments.map((how): CommandSpec => ({ id: `canvas.align.${how}`, labelKey: alignLabels[how] })),
  { id: 'canvas.distribute.horizontal', labelKey: 'canvas.distribute.horizontal' },
  { id: 'canvas.distribute.vertical', labelKey: 'canvas.distribute.vertical' },
  { id: 'canvas.search', labelKey: 'canvas.search', shortcuts: ['Mod+F'] },
  { id: 'canvas.contextMenu', labelKey: 'canvas.contextMenu', shortcuts: ['Shift+F10', 'ContextMenu'] },
  { id: 'view.zoomIn', labelKey: 'menu.zoomIn', shortcuts: ['+', 'Mod++', 'Mod+=', '='] },
  { id: 'view.zoomOut', labelKey: 'menu.zoomOut', shortcuts: ['-', 'Mod+-'] },
  { id: 'view.zoomReset', labelKey: 'menu.zoomReset', shortcuts: ['Mod+0'] },
  { id: 'view.zoomToFit', labelKey: 'menu.zoomToFit', shortcuts: ['Shift+1', '!'] },
  { id: 'view.zoomToSelection', labelKey: 'canvas.zoomToSelection', shortcuts: ['Shift+2', '@', '"'] },
];

/**
 * The presentation: F5 starts; PageDown/PageUp (what a clicker sends), Home and End step while
 * presenting. The arrows and Esc step and end too, but they are the canvas's keys for nudging and
 * deselecting; while presenting, the projection takes every key first (presentationKeys.ts).
 */
const present: CommandSpec[] = [
  { id: 'present.start', labelKey: 'present.cmd.start', shortcuts: ['F5'], inTextFields: true },
  { id: 'present.next', labelKey: 'present.cmd.next', shortcuts: ['PageDown'] },
  { id: 'present.previous', labelKey: 'present.cmd.previous', shortcuts: ['PageUp'] },
  { id: 'present.first', labelKey: 'present.cmd.first', shortcuts: ['Home'] },
  { id: 'present.last', labelKey: 'present.cmd.last', shortcuts: ['End'] },
  { id: 'present.exit', labelKey: 'present.cmd.exit' },
  { id: 'present.timer', labelKey: 'present.cmd.timer' },
];

/**
 * What Electron carries out itself from the native menu. Their accelerators are registered with
 * the menu (unlike the commands', which the renderer handles), so they are listed here too and
 * checked against the rest.
 */
const menuRoles: CommandSpec[] = [
  { id: 'role.cut', labelKey: 'menu.cut', role: 'cut', shortcuts: ['Mod+X'], boardTwin: 'canvas.cut' },
  { id: 'role.copy', labelKey: 'menu.copy', role: 'copy', shortcuts: ['Mod+C'], boardTwin: 'canvas.copy' },
  { id: 'role.paste', labelKey: 'menu.paste', role: 'paste', shortcuts: ['Mod+V'], boardTwin: 'canvas.paste' },
  { id: 'role.selectAll', labelKey: 'menu.selectAll', role: 'selectAll', shortcuts: ['Mod+A'], boardTwin: 'canvas.selectAll' },
  { id: 'role.togglefullscreen', labelKey: 'menu.toggleFullScreen', role: 'togglefullscreen', shortcuts: ['F11'], macShortcuts: ['Mod+Ctrl+F'] },
  { id: 'role.reload', labelKey: 'menu.reload', role: 'reload', shortcuts: ['Mod+R'] },
  { id: 'role.toggleDevTools', labelKey: 'menu.devtools', role: 'toggleDevTools', shortcuts: ['Mod+Shift+I'], macShortcuts: ['Mod+Alt+I'] },
  { id: 'role.quit', labelKey: 'menu.quit', role: 'quit', shortcuts: ['Mod+Q'] },
];

export const commandManifest: readonly CommandSpec[] = [...workshop, ...file, ...canvas, ...present, ...menuRoles];

const byId = new Map(commandManifest.map((spec) => [spec.id, spec]));

export function commandSpec(id: string): CommandSpec | undefined {
  return byId.get(id);
}

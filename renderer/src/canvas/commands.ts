import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { alignments, type Alignment } from '../../../shared/items/arrange.ts';
import { defineCommands, type AppCommand } from '../commands/command.ts';
import { activeCanvas, canvasCommandsMayAct, canvasHasKeyboard } from './activeCanvas.ts';
import {
  alignSelection,
  connectSelection,
  deleteSelection,
  distributeSelection,
  duplicateSelection,
  canOpenSelection,
  editSelection,
  openSelection,
  groupSelection,
  insertNoteAt,
  nudgeSelection,
  restackSelection,
  selectAll,
  selectedItems,
  toggleLockSelection,
  ungroupSelection,
  viewCentre,
  zoomStep,
  zoomTo,
  zoomToFit,
  zoomToSelection,
} from './actions.ts';
import { copyCommand, pasteCommand } from './clipboard.ts';
import { importImageFiles, pickImageFiles } from './imageImport.ts';
import { isEditableOnCanvas } from './itemText.ts';
import { clearSelection, openContextMenu, session, setSearchOpen, setTool, type Tool } from './sessionStore.ts';

/**
 * The canvas's commands. The toolbar, the context menu, the properties panel and the keyboard all
 * run these through the registry; shortcuts follow what Miro and Excalidraw users expect, and the
 * shortcut overlay (?) lists them straight from here. The registry registers them at start-up (so
 * the native menus' view.* commands exist before any board is shown); this module doesn't import
 * the registry, so there is no import cycle.
 */

/*
 * Scoping: the board's commands (tools, Delete, arrows, clipboard, stacking...) act only while
 * the board has the keyboard or the focus is on the canvas's own controls (`onBoard`), never
 * while the user works in a panel beside it — Backspace on a button of the puzzle's inventory or
 * in the HUKI findings must not delete what is selected on the canvas. The view's zoom and search
 * stay available everywhere the board is shown.
 */
const hasCanvas = () => activeCanvas() !== null;
const notEditing = () => hasCanvas() && session().editingId === null;
const selectionSize = () => {
  const runtime = activeCanvas();
  return runtime ? selectedItems(runtime).length : 0;
};
const onBoard = () => notEditing() && canvasCommandsMayAct();
const hasSelection = () => onBoard() && selectionSize() > 0;
const boardKeys = () => notEditing() && canvasHasKeyboard();

function toolCommand(tool: Tool, labelKey: MessageKey, key: string): AppCommand {
  return { id: `canvas.tool.${tool}`, labelKey, shortcuts: [key], isEnabled: onBoard, run: () => setTool(tool) };
}

const nudges: [string, MessageKey, MessageKey, number, number][] = [
  ['Left', 'canvas.nudge.left', 'canvas.nudgeFar.left', -1, 0],
  ['Right', 'canvas.nudge.right', 'canvas.nudgeFar.right', 1, 0],
  ['Up', 'canvas.nudge.up', 'canvas.nudgeFar.up', 0, -1],
  ['Down', 'canvas.nudge.down', 'canvas.nudgeFar.down', 0, 1],
];

const alignLabels: Record<Alignment, MessageKey> = {
  left: 'canvas.align.left',
  center: 'canvas.align.center',
  right: 'canvas.align.right',
  top: 'canvas.align.top',
  middle: 'canvas.align.middle',
  bottom: 'canvas.align.bottom',
};

export const canvasCommands = defineCommands([
  toolCommand('select', 'canvas.tool.select', 'V'),
  toolCommand('hand', 'canvas.tool.hand', 'H'),
  toolCommand('note', 'canvas.tool.note', 'N'),
  toolCommand('text', 'canvas.tool.text', 'T'),
  toolCommand('rect', 'canvas.tool.rect', 'R'),
  toolCommand('ellipse', 'canvas.tool.ellipse', 'O'),
  toolCommand('diamond', 'canvas.tool.diamond', 'D'),
  toolCommand('connector', 'canvas.tool.connector', 'C'),
  toolCommand('frame', 'canvas.tool.frame', 'F'),
  {
    id: 'canvas.insertImage',
    labelKey: 'canvas.tool.image',
    shortcuts: ['I'],
    isEnabled: onBoard,
    run() {
      const runtime = activeCanvas();
      if (runtime) pickImageFiles((files) => void importImageFiles(runtime, files, viewCentre(runtime)));
    },
  },
  {
    id: 'canvas.insertNote',
    labelKey: 'canvas.insertNote',
    shortcuts: ['Mod+Enter'],
    isEnabled: onBoard,
    run() {
      const runtime = activeCanvas();
      if (runtime) insertNoteAt(runtime, runtime.pointer ?? undefined);
    },
  },
  {
    id: 'canvas.edit',
    labelKey: 'canvas.edit',
    shortcuts: ['Enter'],
    isEnabled: () => {
      const runtime = activeCanvas();
      if (!runtime || !boardKeys()) return false;
      const items = selectedItems(runtime);
      return items.length === 1 && isEditableOnCanvas(items[0]!) && !items[0]!.locked;
    },
    run: () => void editSelection(),
  },
  {
    id: 'canvas.openItem',
    labelKey: 'canvas.openItem',
    isEnabled: () => boardKeys() && canOpenSelection(),
    run: () => void openSelection(),
  },
  {
    id: 'canvas.deselect',
    labelKey: 'canvas.deselect',
    shortcuts: ['Escape'],
    isEnabled: () => onBoard() && (session().tool !== 'select' || session().selection.length > 0 || session().contextMenu !== null),
    run() {
      if (session().contextMenu) openContextMenu(null);
      else if (session().tool !== 'select') setTool('select');
      else clearSelection();
    },
  },
  { id: 'canvas.delete', labelKey: 'common.delete', shortcuts: ['Delete', 'Backspace'], isEnabled: hasSelection, run: () => deleteSelection() },
  { id: 'canvas.duplicate', labelKey: 'common.duplicate', shortcuts: ['Mod+D'], isEnabled: hasSelection, run: () => duplicateSelection() },
  { id: 'canvas.selectAll', labelKey: 'menu.selectAll', shortcuts: ['Mod+A'], isEnabled: onBoard, run: () => selectAll() },
  { id: 'canvas.copy', labelKey: 'menu.copy', shortcuts: ['Mod+C'], isEnabled: hasSelection, run: () => copyCommand(false) },
  { id: 'canvas.cut', labelKey: 'menu.cut', shortcuts: ['Mod+X'], isEnabled: hasSelection, run: () => copyCommand(true) },
  { id: 'canvas.paste', labelKey: 'menu.paste', shortcuts: ['Mod+V'], isEnabled: onBoard, run: () => pasteCommand() },
  { id: 'canvas.group', labelKey: 'op.items.group', shortcuts: ['Mod+G'], isEnabled: () => hasSelection() && selectionSize() >= 2, run: () => groupSelection() },
  {
    id: 'canvas.ungroup',
    labelKey: 'op.items.ungroup',
    shortcuts: ['Mod+Shift+G'],
    isEnabled: () => {
      const runtime = activeCanvas();
      return hasSelection() && runtime !== null && selectedItems(runtime).some((item) => item.groupId);
    },
    run: () => ungroupSelection(),
  },
  { id: 'canvas.lock', labelKey: 'canvas.lockToggle', shortcuts: ['Mod+Shift+L'], isEnabled: hasSelection, run: () => toggleLockSelection() },
  { id: 'canvas.connect', labelKey: 'canvas.connectSelected', shortcuts: ['Shift+C'], isEnabled: () => hasSelection() && selectionSize() >= 2, run: () => connectSelection() },
  { id: 'canvas.bringForward', labelKey: 'canvas.bringForward', shortcuts: [']', 'Mod+ArrowUp'], isEnabled: hasSelection, run: () => restackSelection('forward') },
  { id: 'canvas.sendBackward', labelKey: 'canvas.sendBackward', shortcuts: ['[', 'Mod+ArrowDown'], isEnabled: hasSelection, run: () => restackSelection('backward') },
  { id: 'canvas.bringToFront', labelKey: 'canvas.bringToFront', shortcuts: ['Mod+Shift+ArrowUp'], isEnabled: hasSelection, run: () => restackSelection('front') },
  { id: 'canvas.sendToBack', labelKey: 'canvas.sendToBack', shortcuts: ['Mod+Shift+ArrowDown'], isEnabled: hasSelection, run: () => restackSelection('back') },
  ...nudges.flatMap(([dir, near, far, dx, dy]): AppCommand[] => [
    { id: `canvas.nudge.${dir.toLowerCase()}`, labelKey: near, shortcuts: [`Arrow${dir}`], isEnabled: () => boardKeys() && selectionSize() > 0, run: () => nudgeSelection(dx, dy) },
    { id: `canvas.nudgeFar.${dir.toLowerCase()}`, labelKey: far, shortcuts: [`Shift+Arrow${dir}`], isEnabled: () => boardKeys() && selectionSize() > 0, run: () => nudgeSelection(dx * 10, dy * 10) },
  ]),
  ...alignments.map((how): AppCommand => ({ id: `canvas.align.${how}`, labelKey: alignLabels[how], isEnabled: () => hasSelection() && selectionSize() >= 2, run: () => alignSelection(how) })),
  { id: 'canvas.distribute.horizontal', labelKey: 'canvas.distribute.horizontal', isEnabled: () => hasSelection() && selectionSize() >= 3, run: () => distributeSelection('horizontal') },
  { id: 'canvas.distribute.vertical', labelKey: 'canvas.distribute.vertical', isEnabled: () => hasSelection() && selectionSize() >= 3, run: () => distributeSelection('vertical') },
  { id: 'canvas.search', labelKey: 'canvas.search', shortcuts: ['Mod+F'], isEnabled: hasCanvas, run: () => setSearchOpen(true) },
  {
    id: 'canvas.contextMenu',
    labelKey: 'canvas.contextMenu',
    shortcuts: ['Shift+F10', 'ContextMenu'],
    isEnabled: boardKeys,
    run() {
      const runtime = activeCanvas();
      if (!runtime) return;
      const r = runtime.host.getBoundingClientRect();
      openContextMenu({ x: r.left + r.width / 2, y: r.top + r.height / 3 });
    },
  },
  { id: 'view.zoomIn', labelKey: 'menu.zoomIn', shortcuts: ['+', 'Mod++', 'Mod+=', '='], isEnabled: hasCanvas, run: () => zoomStep(1) },
  { id: 'view.zoomOut', labelKey: 'menu.zoomOut', shortcuts: ['-', 'Mod+-'], isEnabled: hasCanvas, run: () => zoomStep(-1) },
  { id: 'view.zoomReset', labelKey: 'menu.zoomReset', shortcuts: ['Mod+0'], isEnabled: hasCanvas, run: () => zoomTo(1) },
  { id: 'view.zoomToFit', labelKey: 'menu.zoomToFit', shortcuts: ['Shift+1', '!'], isEnabled: hasCanvas, run: () => zoomToFit() },
  { id: 'view.zoomToSelection', labelKey: 'canvas.zoomToSelection', shortcuts: ['Shift+2', '@', '"'], isEnabled: hasCanvas, run: () => zoomToSelection() },
]);

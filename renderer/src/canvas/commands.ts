import { alignments } from '../../../shared/items/arrange.ts';
import type { CommandSpec } from '../../../shared/commands/commandSpec.ts';
import { defineHandlers, type CommandHandler } from '../commands/command.ts';
import type { CanvasTool } from './extension.ts';
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
import { kindToolId } from './extensionContext.ts';
import { clearSelection, openContextMenu, session, setSearchOpen, setTool, type Tool } from './sessionStore.ts';

/**
 * The canvas's commands. The toolbar, the context menu, the properties panel and the keyboard all
 * run these through the registry; their names and keys are in shared/commands/manifest.ts, and
 * the composition root (app/commandRoot.ts) binds these handlers to them at start-up, so the
 * native menus' view.* commands exist before any board is shown.
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

function toolHandler(tool: Tool): CommandHandler {
  return { id: `canvas.tool.${tool}`, isEnabled: onBoard, run: () => setTool(tool) };
}

const nudges: [string, number, number][] = [
  ['left', -1, 0],
  ['right', 1, 0],
  ['up', 0, -1],
  ['down', 0, 1],
];

export const canvasHandlers = defineHandlers([
  toolHandler('select'),
  toolHandler('hand'),
  toolHandler('note'),
  toolHandler('text'),
  toolHandler('rect'),
  toolHandler('ellipse'),
  toolHandler('diamond'),
  toolHandler('connector'),
  toolHandler('frame'),
  {
    id: 'canvas.insertImage',
    isEnabled: onBoard,
    run() {
      const runtime = activeCanvas();
      if (runtime) pickImageFiles((files) => void importImageFiles(runtime, files, viewCentre(runtime)));
    },
  },
  {
    id: 'canvas.insertNote',
    isEnabled: onBoard,
    run() {
      const runtime = activeCanvas();
      if (runtime) insertNoteAt(runtime, runtime.pointer ?? undefined);
    },
  },
  {
    id: 'canvas.edit',
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
    isEnabled: () => boardKeys() && canOpenSelection(),
    run: () => void openSelection(),
  },
  {
    id: 'canvas.deselect',
    isEnabled: () => onBoard() && (session().tool !== 'select' || session().selection.length > 0 || session().contextMenu !== null),
    run() {
      if (session().contextMenu) openContextMenu(null);
      else if (session().tool !== 'select') setTool('select');
      else clearSelection();
    },
  },
  { id: 'canvas.delete', isEnabled: hasSelection, run: () => deleteSelection() },
  { id: 'canvas.duplicate', isEnabled: hasSelection, run: () => duplicateSelection() },
  { id: 'canvas.selectAll', isEnabled: onBoard, run: () => selectAll() },
  { id: 'canvas.copy', isEnabled: hasSelection, run: () => copyCommand(false) },
  { id: 'canvas.cut', isEnabled: hasSelection, run: () => copyCommand(true) },
  { id: 'canvas.paste', isEnabled: onBoard, run: () => pasteCommand() },
  { id: 'canvas.group', isEnabled: () => hasSelection() && selectionSize() >= 2, run: () => groupSelection() },
  {
    id: 'canvas.ungroup',
    isEnabled: () => {
      const runtime = activeCanvas();
      return hasSelection() && runtime !== null && selectedItems(runtime).some((item) => item.groupId);
    },
    run: () => ungroupSelection(),
  },
  { id: 'canvas.lock', isEnabled: hasSelection, run: () => toggleLockSelection() },
  { id: 'canvas.connect', isEnabled: () => hasSelection() && selectionSize() >= 2, run: () => connectSelection() },
  { id: 'canvas.bringForward', isEnabled: hasSelection, run: () => restackSelection('forward') },
  { id: 'canvas.sendBackward', isEnabled: hasSelection, run: () => restackSelection('backward') },
  { id: 'canvas.bringToFront', isEnabled: hasSelection, run: () => restackSelection('front') },
  { id: 'canvas.sendToBack', isEnabled: hasSelection, run: () => restackSelection('back') },
  ...nudges.flatMap(([dir, dx, dy]): CommandHandler[] => [
    { id: `canvas.nudge.${dir}`, isEnabled: () => boardKeys() && selectionSize() > 0, run: () => nudgeSelection(dx, dy) },
    { id: `canvas.nudgeFar.${dir}`, isEnabled: () => boardKeys() && selectionSize() > 0, run: () => nudgeSelection(dx * 10, dy * 10) },
  ]),
  ...alignments.map((how): CommandHandler => ({ id: `canvas.align.${how}`, isEnabled: () => hasSelection() && selectionSize() >= 2, run: () => alignSelection(how) })),
  { id: 'canvas.distribute.horizontal', isEnabled: () => hasSelection() && selectionSize() >= 3, run: () => distributeSelection('horizontal') },
  { id: 'canvas.distribute.vertical', isEnabled: () => hasSelection() && selectionSize() >= 3, run: () => distributeSelection('vertical') },
  { id: 'canvas.search', isEnabled: hasCanvas, run: () => setSearchOpen(true) },
  {
    id: 'canvas.contextMenu',
    isEnabled: boardKeys,
    run() {
      const runtime = activeCanvas();
      if (!runtime) return;
      const r = runtime.host.getBoundingClientRect();
      openContextMenu({ x: r.left + r.width / 2, y: r.top + r.height / 3 });
    },
  },
  { id: 'view.zoomIn', isEnabled: hasCanvas, run: () => zoomStep(1) },
  { id: 'view.zoomOut', isEnabled: hasCanvas, run: () => zoomStep(-1) },
  { id: 'view.zoomReset', isEnabled: hasCanvas, run: () => zoomTo(1) },
  { id: 'view.zoomToFit', isEnabled: hasCanvas, run: () => zoomToFit() },
  { id: 'view.zoomToSelection', isEnabled: hasCanvas, run: () => zoomToSelection() },
]);

/**
 * A board kind's tool as a command: it picks the tool, and only on a board of its kind. The kind
 * declares the tool (name, key) with its canvas extension; the composition root collects every
 * kind's tools through the kinds' registry, so their keys are registered, listed and checked
 * before any board is shown.
 */
export function kindToolCommand(kind: string, tool: CanvasTool): { spec: CommandSpec; handler: CommandHandler } {
  const id = kindToolCommandId(tool);
  return {
    spec: { id, labelKey: tool.labelKey, boardKind: kind, ...(tool.shortcut ? { shortcuts: [tool.shortcut] } : {}) },
    handler: {
      id,
      isEnabled: () => activeCanvas()?.extension().tools?.some((t) => t.id === tool.id) === true && session().editingId === null && canvasCommandsMayAct(),
      run: () => setTool(kindToolId(tool)),
    },
  };
}

/** The registry id of a kind's tool, as the toolbar's button runs it. */
export function kindToolCommandId(tool: Pick<CanvasTool, 'id'>): string {
  return `canvas.kindTool.${tool.id}`;
}

import { describe, expect, it } from 'vitest';
import { rectContains, type Rect } from '../../../shared/items/geometry.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { chipSize, newChip } from '../../../shared/kinds/actorMap/chip.ts';
import { mapBounds } from '../../../shared/kinds/actorMap/rings.ts';
import { rowHeaderWidth, trayOrigin } from '../../../shared/kinds/puzzle/grid.ts';
import { emptyDoc, type WorkshopDoc } from '../../../shared/model/document.ts';
import { newBoardId, type BoardId } from '../../../shared/model/ids.ts';
import type { Board, Item } from '../../../shared/model/records.ts';
import { addBoard } from '../../../shared/ops/boardOps.ts';
import { perform } from '../../../shared/ops/operation.ts';
import { lookupIn, orderedBoardItems } from '../../../renderer/src/canvas/boardIndex.ts';
import { visibleRect } from '../../../renderer/src/canvas/camera.ts';
import { createItemsWithParents, stackedInFront } from '../../../renderer/src/canvas/canvasOps.ts';
import { noExtension } from '../../../renderer/src/canvas/extensionContext.ts';
import { boardContentBounds, boardHasContent, capabilitiesOf } from '../../../renderer/src/canvas/kindContent.ts';
import { transformerHandles } from '../../../renderer/src/canvas/overlay/handles.ts';
import { describeItem } from '../../../renderer/src/canvas/ui/AccessibleItemList.tsx';
import { actorMapExtension } from '../../../renderer/src/kinds/actorMap/extension.ts';
import { hukiExtension } from '../../../renderer/src/kinds/huki/extension.ts';
import { pieceAt, puzzleExtension } from '../../../renderer/src/kinds/puzzle/extension.ts';
import { acuteLoopExtension } from '../../../renderer/src/kinds/acuteLoop/extension.ts';
import type { CanvasExtension } from '../../../renderer/src/canvas/extension.ts';
import { slideCamera } from '../../../renderer/src/present/slideCamera.ts';
import { actor, note } from '../../helpers/workshop.ts';
import { matrixWith } from '../huki/fixtures.ts';
import { PuzzleFixture, provider } from '../puzzle/fixtures.ts';

/*
 * The board kinds' part in the shared canvas (CanvasExtension): what a board shows besides its
 * items, how kind items read aloud, which handles they get, and where new ones are stacked.
 */

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('nb', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);

function boardOfKind(kind: string, doc: WorkshopDoc = emptyDoc({ title: 'Fosen' })): { doc: WorkshopDoc; board: Board } {
  const id: BoardId = newBoardId();
  // A thawed copy: the tests add chips and notes by hand.
  const next = structuredClone(perform(doc, addBoard, { id, kind, name: kind, withTemplate: false }).doc);
  return { doc: next, board: next.boards[id]! };
}

/** Adds an item as an edit does: a new `items` record (the canvas caches by its identity). */
function put(doc: WorkshopDoc, item: Item): void {
  doc.items = { ...doc.items, [item.id]: item };
}

const itemsOf = (doc: WorkshopDoc, board: Board) => orderedBoardItems(doc.items, board.id);
const contentOf = (doc: WorkshopDoc, board: Board, extension: CanvasExtension) => boardContentBounds(board, itemsOf(doc, board), lookupIn(doc.items), extension);

describe('what a board shows besides its items (zoom to fit, first view, minimap, presentation)', () => {
  it('an actor map with no chips is its rings and legend; a chip far out widens it', () => {
    const { doc, board } = boardOfKind('actorMap');
    const rings = contentOf(doc, board, actorMapExtension)!;
    expect(rings).toEqual(mapBounds(4, true, false));
    // Without the kind's bounds the empty map would be "nothing to fit".
    expect(contentOf(doc, board, noExtension)).toBeNull();

    const nav = actor('NAV');
    doc.actors[nav.id] = nav;
    const far = newChip(board.id, nav.id, { x: rings.x + rings.w + 500, y: 0 }, 1);
    put(doc, far);
    const both = contentOf(doc, board, actorMapExtension)!;
    expect(rectContains(both, rings)).toBe(true);
    expect(both.x + both.w).toBe(far.x + chipSize.w);
  });

  it('a puzzle is its row names, grid and tray, even before the first piece', () => {
    const f = new PuzzleFixture();
    const board = f.doc.boards[f.boardId]!;
    const box = contentOf(f.doc, board, puzzleExtension)!;
    expect(box.x).toBe(-rowHeaderWidth);
    expect(box.y).toBeLessThan(0);
    expect(box.x + box.w).toBeGreaterThan(trayOrigin(f.props).x + f.props.cellWidth);
    expect(box.y + box.h).toBeGreaterThanOrEqual(f.rows.length * f.props.cellHeight);
  });

  it('a whiteboard is its items only', () => {
    const { doc, board } = boardOfKind('whiteboard');
    expect(contentOf(doc, board, noExtension)).toBeNull();
    const n = note(board.id, 'Ventetid', { x: 100, y: 50 });
    put(doc, n);
    expect(contentOf(doc, board, noExtension)).toEqual({ x: 100, y: 50, w: n.w, h: n.h });
  });

  it('the presentation fits an actor map with one chip to the whole map, not to the chip', () => {
    const { doc, board } = boardOfKind('actorMap');
    const nav = actor('NAV');
    doc.actors[nav.id] = nav;
    const chip = newChip(board.id, nav.id, { x: -130, y: -48 }, 1);
    put(doc, chip);
    const viewport = { width: 1920, height: 1080 };
    const slide = { boardId: board.id, frameId: null };
    const seen = (extension?: CanvasExtension): Rect => visibleRect(slideCamera(doc, slide, viewport, { top: 0, right: 0, bottom: 0, left: 0 }, extension), viewport);
    expect(rectContains(seen(actorMapExtension), mapBounds(4, true, false))).toBe(true);
    // Fitted to its items alone, the room would see one chip, blown up.
    expect(rectContains(seen(undefined), mapBounds(4, true, false))).toBe(false);
  });

  it('an acute-loop board is never "empty" in the presentation: its picture is always drawn', () => {
    const { doc, board } = boardOfKind('acuteLoop');
    expect(Object.values(doc.items).filter((i) => i.boardId === board.id)).toHaveLength(0);
    expect(boardHasContent(board, doc, acuteLoopExtension)).toBe(true);
    const empty = boardOfKind('whiteboard', doc);
    expect(boardHasContent(empty.board, empty.doc, undefined)).toBe(false);
    const map = boardOfKind('actorMap', doc);
    expect(boardHasContent(map.board, map.doc, actorMapExtension)).toBe(true);
  });
});

describe("kind items in the canvas's accessible list", () => {
  const kindOf = (extension: CanvasExtension, board: Board, doc: WorkshopDoc) => ({ extension, context: { board, actors: doc.actors } });
  const none = () => undefined;

  it('an actor chip says its actor and category, and follows a rename', () => {
    const { doc, board } = boardOfKind('actorMap');
    const nav = actor('NAV', 'municipality');
    doc.actors[nav.id] = nav;
    const chip = newChip(board.id, nav.id, { x: 0, y: 0 }, 1);
    expect(describeItem(t, chip, none, kindOf(actorMapExtension, board, doc))).toBe('Aktør: NAV (Kommune)');
    doc.actors[nav.id] = { ...nav, name: 'NAV Stjørdal' };
    expect(describeItem(en, { ...chip, locked: true }, none, kindOf(actorMapExtension, board, doc))).toBe('Actor: NAV Stjørdal (Municipality) (locked)');
    // Without the kind the chip would read as its bare type.
    expect(describeItem(t, chip, none)).not.toContain('NAV');
  });

  it('a puzzle piece says its service, provider and slot, or that it lies loose', () => {
    const kommunen = provider('Stjørdal kommune', 'municipality');
    const f = new PuzzleFixture({ actors: [kommunen] });
    const placed = f.piece('Helsestasjon', [0, 1], kommunen.id);
    const loose = f.piece('BUP – utredning');
    const board = f.doc.boards[f.boardId]!;
    const kind = kindOf(puzzleExtension, board, f.doc);
    expect(describeItem(t, f.item(placed), none, kind)).toBe(`Brikke: Helsestasjon – Stjørdal kommune, i ${f.rows[0]!.label} × ${f.columns[1]!.label}`);
    expect(describeItem(t, f.item(loose), none, kind)).toBe('Brikke: BUP – utredning – Uten tilbyder, ikke plassert');
  });

  it('the HUKI matrix says how many tasks and actors it has', () => {
    const f = matrixWith(['Kommunen', 'Fastlege', 'NAV'], { Forberede: { Kartlegge: 'HU-', Planlegge: '-H-' }, Gjennomføre: { Samle: 'H--' } });
    const board = f.doc.boards[f.boardId]!;
    expect(describeItem(t, f.doc.items[f.itemId]!, none, kindOf(hukiExtension, board, f.doc))).toMatch(/^HUKI-matrise: 3 oppgaver, 3 aktører/);
  });

  it('a note on a kind board still reads as a note', () => {
    const { doc, board } = boardOfKind('actorMap');
    expect(describeItem(t, note(board.id, 'Ring fastlegen'), none, kindOf(actorMapExtension, board, doc))).toBe('Lapp: Ring fastlegen');
  });
});

describe('handles the selection offers for kind items', () => {
  const handlesFor = (items: Item[], extension: CanvasExtension) => transformerHandles(items, (item) => capabilitiesOf(item, extension));

  it('a puzzle piece gets no resize or rotate handles; with a note selected too, nothing is resized', () => {
    const f = new PuzzleFixture();
    const piece = f.item(f.piece('Helsestasjon', [0, 0]));
    expect(handlesFor([piece], puzzleExtension)).toEqual({ anchors: [], rotate: false, keepRatio: false });
    const n = note(f.boardId, 'Hull');
    expect(handlesFor([piece, n], puzzleExtension).anchors).toEqual([]);
    expect(handlesFor([n], puzzleExtension)).toMatchObject({ rotate: true, keepRatio: false });
    expect(handlesFor([n], puzzleExtension).anchors).toHaveLength(8);
  });

  it('the HUKI matrix is resized by its corners, keeping its proportions, and never turned', () => {
    const f = matrixWith(['Kommunen'], { Fase: { Oppgave: 'H' } });
    expect(handlesFor([f.doc.items[f.itemId]!], hukiExtension)).toEqual({ anchors: ['top-left', 'top-right', 'bottom-left', 'bottom-right'], rotate: false, keepRatio: true });
  });

  it('an actor chip is resized freely but not turned', () => {
    const { board } = boardOfKind('actorMap');
    const nav = actor('NAV');
    const handles = handlesFor([newChip(board.id, nav.id, { x: 0, y: 0 }, 1)], actorMapExtension);
    expect(handles.rotate).toBe(false);
    expect(handles.anchors).toHaveLength(8);
  });
});

describe('items made by a kind tool', () => {
  it('a piece made with the piece tool lies in front of everything already on the board', () => {
    const f = new PuzzleFixture();
    f.piece('Helsestasjon', [0, 0]);
    f.piece('Skolehelsetjenesten', [0, 1]);
    const board = f.doc.boards[f.boardId]!;
    const top = Math.max(...itemsOf(f.doc, board).map((i) => i.z));
    const made = pieceAt(board, { x: 210, y: 130 });
    const placed = stackedInFront(made, top);
    const { doc } = perform(f.doc, createItemsWithParents, { items: placed, parents: [] });
    expect(orderedBoardItems(doc.items, board.id).at(-1)!.id).toBe(made[0]!.id);
    expect(doc.items[made[0]!.id]!.z).toBe(top + 1);
  });
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { parseCsv } from '../../shared/csv/parse.ts';
import { getBoardKind, registerBoardKind } from '../../shared/kinds/registry.ts';
import { patchesToChanges } from '../../shared/model/changes.ts';
import { boardsInOrder, type WorkshopDoc } from '../../shared/model/document.ts';
import { newBoardId, newItemId, type BoardId } from '../../shared/model/ids.ts';
import type { Item } from '../../shared/model/records.ts';
import { perform, type Operation } from '../../shared/ops/operation.ts';
import { addBoard } from '../../shared/ops/boardOps.ts';
import { createItems } from '../../shared/ops/itemOps.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { exportTables } from '../../renderer/src/exportUi/exportTables.ts';
import { tableSections } from '../../renderer/src/export/content/tableSections.ts';
import { buildReport } from '../../renderer/src/export/report/buildReport.ts';
import { canvasExtensionOf, registerRendererKind, rendererKind } from '../../renderer/src/kinds/registry.ts';
import { drawBoardInNode, loadFontFromDisk } from '../unit/export/nodeDrawing.ts';
import { pdfPages } from '../unit/export/pdfText.ts';
import { cleanupFolders, createFile, workshopWith } from '../helpers/workshop.ts';
import { checklistEntryType, checklistKind } from '../fixtures/kinds/checklist/shared/index.ts';
import { checklistView } from '../fixtures/kinds/checklist/renderer/index.tsx';

/*
 * The proof that a board kind lives in its own two folders: a fifth kind, a checklist, comes from
 * tests/fixtures/kinds/checklist/ (a shared half and a renderer half) and is registered in the
 * two registries and nowhere else. Then it goes the whole way the built-in kinds go: its board is
 * added by the app's own operation, saved to a real SQLite workshop file and read back, its table
 * is exported as CSV, its section is in the report (Word/PowerPoint content and the PDF), and its
 * message translates.
 */

afterEach(cleanupFolders);

beforeAll(() => {
  registerBoardKind(checklistKind);
  registerRendererKind(checklistView);
});

const nameKey = 'checklist.kind' as MessageKey;

function entry(boardId: BoardId, text: string, done: boolean, y: number): Item {
  return { id: newItemId(), boardId, type: checklistEntryType, x: 0, y, w: 600, h: 60, rotation: 0, z: y + 1, parentId: null, groupId: null, locked: false, props: { text, done } };
}

/** A workshop file with a checklist board, edited the app's way: each operation's patches applied to the file. */
function checklistWorkshop() {
  let doc: WorkshopDoc = workshopWith({ boards: 1, actors: ['Stjørdal DPS'] });
  const { path, file } = createFile(doc);
  const run = <A,>(op: Operation<A>, args: A) => {
    const result = perform(doc, op, args);
    file.apply(patchesToChanges(result.patches, result.doc));
    doc = result.doc;
  };
  const boardId = newBoardId();
  run(addBoard, { id: boardId, kind: 'checklist', name: 'Før samling 2 – Snåase', withTemplate: false });
  run(createItems, { items: [entry(boardId, 'Invitere fastlegene via PKO – æøå', true, 0), entry(boardId, '<script>alert(1)</script> 📋', false, 80)] });
  return { path, file, doc, boardId };
}

describe('a fifth board kind from a fixture folder', () => {
  it('is known once registered, with its renderer half', () => {
    expect(getBoardKind('checklist')).toBe(checklistKind);
    expect(rendererKind('checklist')).toBe(checklistView);
    expect(Object.keys(canvasExtensionOf('checklist')?.itemRenderers ?? {})).toEqual([checklistEntryType]);
  });

  it('translates its message in both languages', () => {
    expect(translate('nb', nameKey)).toBe('Sjekkliste');
    expect(translate('en', nameKey)).toBe('Checklist');
  });

  it('its board is added, saved to a workshop file and read back unchanged', () => {
    const { path, file, doc, boardId } = checklistWorkshop();
    file.close();
    const again = WorkshopFile.open(path);
    if (again.status !== 'ok') throw new Error(`expected ok, got ${again.status}`);
    expect(again.doc).toEqual(doc);
    expect(again.doc.boards[boardId]).toMatchObject({ kind: 'checklist', name: 'Før samling 2 – Snåase', props: {} });
    expect(Object.values(again.doc.items).filter((i) => i.boardId === boardId).map((i) => i.props['text'])).toEqual(['Invitere fastlegene via PKO – æøå', '<script>alert(1)</script> 📋']);
    again.file.close();
  });

  it('exports its table as CSV', () => {
    const { file, doc, boardId } = checklistWorkshop();
    file.close();
    const table = exportTables(doc, 'nb').find((t) => t.id === `board:${boardId}`);
    expect(table).toMatchObject({ labelKey: nameKey, fileTitle: 'Sjekkliste – Før samling 2 – Snåase' });
    const { records } = parseCsv(table!.csv());
    expect(records.map((r) => r.fields)).toEqual([
      ['Sjekkliste', 'X'],
      ['Invitere fastlegene via PKO – æøå', 'X'],
      ['<script>alert(1)</script> 📋', ''],
    ]);
  });

  it('has its section in the report: the Word/PowerPoint content and the PDF', async () => {
    const { file, doc } = checklistWorkshop();
    file.close();
    const sections = tableSections(doc, 'en');
    const section = sections.find((s) => s.title === 'Checklist – Før samling 2 – Snåase');
    expect(section?.blocks[0]).toMatchObject({ kind: 'table', table: { headers: ['Checklist', 'X'], rows: [[{ text: 'Invitere fastlegene via PKO – æøå' }, { text: 'X' }], [{ text: '<script>alert(1)</script> 📋' }, { text: '' }]] } });

    const bytes = await buildReport(doc, { paper: 'A4', language: 'nb', exportedAt: new Date(2026, 2, 12) }, { loadFont: loadFontFromDisk, drawBoard: async (board) => drawBoardInNode(doc, board) });
    const pages = await pdfPages(bytes);
    const page = pages.find((p) => p.startsWith('Sjekkliste – Før samling 2 – Snåase'));
    expect(page).toBeDefined();
    expect(page).toContain('Invitere fastlegene via PKO – æøå');
    // In the contents too, after the stakeholder analysis.
    expect(pages[1]).toMatch(/Sjekkliste – Før samling 2 – Snåase \d+/);
    expect(boardsInOrder(doc).map((b) => b.kind)).toEqual(['whiteboard', 'checklist']);
  });
});

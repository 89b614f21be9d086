import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isOpened, type OpenResult } from '../../shared/api/results.ts';
import { hukiMatrixType } from '../../shared/kinds/huki/model.ts';
import { pieceType } from '../../shared/kinds/puzzle/piece.ts';
import { patchesToChanges, type RowChange } from '../../shared/model/changes.ts';
import { newBoardId } from '../../shared/model/ids.ts';
import { addBoard } from '../../shared/ops/boardOps.ts';
import { perform } from '../../shared/ops/operation.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { createHandlers } from '../../electron/api/handlers.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

afterEach(cleanupFolders);

const win = { clientId: 'A' };

function opened(result: OpenResult) {
  if (!isOpened(result)) throw new Error(`expected an open workshop, got ${result.status}`);
  return result;
}

describe("a kind's item props on the file's apply path (real SQLite file)", () => {
  it('saves the HUKI and puzzle templates, refuses a matrix or a piece with wrong props, and the file keeps the good ones', async () => {
    const folder = tempFolder();
    const { handlers, closeAll } = createHandlers(createWebPlatform(folder, tempFolder()));
    const created = opened(await handlers.createWorkshop(win, { title: 'Snåase – Snåsa', region: 'Trøndelag', facilitator: 'KS', gatheringDates: [''] }));

    let doc = created.doc;
    const changes: RowChange[] = [];
    for (const kind of ['huki', 'puzzle']) {
      const step = perform(doc, addBoard, { id: newBoardId(), kind, name: kind, withTemplate: true });
      changes.push(...patchesToChanges(step.patches, step.doc));
      doc = step.doc;
    }
    expect(await dispatch(handlers, win, 'applyChanges', [created.handle, changes])).toMatchObject({ ok: true });

    const matrix = Object.values(doc.items).find((item) => item.type === hukiMatrixType)!;
    const piece = Object.values(doc.items).find((item) => item.type === pieceType)!;
    const wrongMatrix = { ...matrix, props: { ...matrix.props, actorIds: 'NAV' } };
    const wrongPiece = { ...piece, props: { ...piece.props, actorId: 'Helse Nord-Trøndelag' } };
    for (const record of [wrongMatrix, wrongPiece]) {
      const answer = await dispatch(handlers, win, 'applyChanges', [created.handle, [{ table: 'items', op: 'put', record }]]);
      expect(answer).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
      expect(JSON.stringify(answer)).toContain(`${record.type} props`);
    }
    closeAll();

    const reopened = WorkshopFile.open(join(folder, created.fileName));
    if (reopened.status !== 'ok') throw new Error(reopened.status);
    expect(reopened.doc.items[matrix.id]).toEqual(matrix);
    expect(reopened.doc.items[piece.id]).toEqual(piece);
    reopened.file.close();
  });
});

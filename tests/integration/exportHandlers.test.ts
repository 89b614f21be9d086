import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/api/contract.ts';
import { isOpened, type OpenResult } from '../../shared/api/results.ts';
import { encodeUtf8 } from '../../shared/csv/index.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { ExportFolderMemory } from '../../electron/api/exportFolderMemory.ts';
import type { ExportPathRequest } from '../../electron/api/exportHandlers.ts';
import { createHandlers } from '../../electron/api/handlers.ts';
import type { Platform } from '../../electron/api/platform.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

afterEach(cleanupFolders);

const win = { clientId: '7' };
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
const pdf = encodeUtf8('%PDF-1.7\n% Stjørdal DPS\n%%EOF\n');
const csv = encodeUtf8('\uFEFFNavn;Kategori\r\nStjørdal DPS;Spesialisthelsetjeneste\r\n');

/**
 * The Electron platform with its one difference from the test's: the save dialog. The seam is the
 * platform's `chooseExportPath`, which here "answers" with what a user would pick, and records
 * what the dialog was asked (the suggested name, the filter, the folder it started in).
 */
function backend(answer: (request: ExportPathRequest) => string | null, profile = tempFolder()) {
  const folder = tempFolder();
  const asked: ExportPathRequest[] = [];
  const platform: Platform = {
    ...createWebPlatform(folder, profile),
    transport: 'electron',
    // As in Electron, the example's copy lives in an app folder of its own.
    exampleFolder: tempFolder('samkart-eksempler-'),
    async chooseExportPath(_ctx, request) {
      asked.push(request);
      return answer(request);
    },
    exportFolders: new ExportFolderMemory(join(profile, 'export.json')),
  };
  return { folder, profile, asked, ...createHandlers(platform) };
}

function opened(result: OpenResult) {
  if (!isOpened(result)) throw new Error(`expected an open workshop, got ${result.status}`);
  return result;
}

const save = (handlers: ReturnType<typeof backend>['handlers'], handle: string | null, name: string, format: ExportFormat, bytes: Uint8Array) =>
  dispatch(handlers, win, 'saveExport', [handle, { suggestedName: name, format }, bytes]);

describe('saveExport: the bytes written where the user chose', () => {
  it('writes the file whole under the chosen name, and leaves no temporary file beside it', async () => {
    const target = tempFolder('samkart-rapporter-');
    const { handlers, asked, closeAll } = backend((request) => join(target, request.fileName));
    const answer = await save(handlers, null, 'Værnesregionen: «Sammen om psykisk helse»', 'pdf', pdf);
    expect(answer).toEqual({ ok: true, value: { status: 'saved', fileName: 'Værnesregionen «Sammen om psykisk helse».pdf' } });
    expect(asked[0]).toMatchObject({ fileName: 'Værnesregionen «Sammen om psykisk helse».pdf', format: 'pdf', folder: null });
    expect(readFileSync(join(target, 'Værnesregionen «Sammen om psykisk helse».pdf')).equals(Buffer.from(pdf))).toBe(true);
    expect(readdirSync(target)).toEqual(['Værnesregionen «Sammen om psykisk helse».pdf']);
    closeAll();
  });

  it('gives a typed name the format’s extension and strips what Windows forbids', async () => {
    const target = tempFolder();
    const { handlers, closeAll } = backend(() => join(target, 'Aktørkart: Stjørdal?'));
    const answer = await save(handlers, null, 'Aktørkart', 'png', png);
    expect(answer).toEqual({ ok: true, value: { status: 'saved', fileName: 'Aktørkart Stjørdal.png' } });
    expect(readFileSync(join(target, 'Aktørkart Stjørdal.png')).equals(Buffer.from(png))).toBe(true);
    closeAll();
  });

  it('replaces a file the user chose to overwrite (the dialog asked), with the new bytes only', async () => {
    const target = tempFolder();
    writeFileSync(join(target, 'Interessentanalyse.csv'), 'gammelt innhold som er mye lengre enn det nye'.repeat(100));
    const { handlers, closeAll } = backend(() => join(target, 'Interessentanalyse.csv'));
    expect((await save(handlers, null, 'Interessentanalyse', 'csv', csv)).ok).toBe(true);
    expect(readFileSync(join(target, 'Interessentanalyse.csv')).equals(Buffer.from(csv))).toBe(true);
    closeAll();
  });

  it('a cancelled dialog writes nothing', async () => {
    const { handlers, folder, closeAll } = backend(() => null);
    const before = readdirSync(folder);
    expect(await save(handlers, null, 'Tavle', 'png', png)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(readdirSync(folder)).toEqual(before);
    closeAll();
  });

  it('starts in the workshop’s folder, then in the folder of the last export, remembered across restarts', async () => {
    const elsewhere = tempFolder('samkart-eksport-');
    let pick = (request: ExportPathRequest) => join(request.folder ?? elsewhere, request.fileName);
    const first = backend((request) => pick(request));
    const workshop = opened(await first.handlers.createWorkshop(win, { title: 'Fosen', region: '', facilitator: '', gatheringDates: [] }));
    await save(first.handlers, workshop.handle, 'Tavle 1', 'png', png);
    expect(first.asked[0]!.folder).toBe(first.folder);
    expect(existsSync(join(first.folder, 'Tavle 1.png'))).toBe(true);

    pick = (request) => join(elsewhere, request.fileName);
    await save(first.handlers, workshop.handle, 'Tavle 2', 'png', png);
    await save(first.handlers, workshop.handle, 'Tavle 3', 'png', png);
    expect(first.asked[2]!.folder).toBe(elsewhere);
    first.closeAll();

    // The next start of the app (a new process, the same profile folder) remembers it.
    const second = backend(() => null, first.profile);
    await save(second.handlers, null, 'Tavle 4', 'png', png);
    expect(second.asked[0]!.folder).toBe(elsewhere);
    second.closeAll();
  });

  it('never starts in the hidden folder the example lives in', async () => {
    const { handlers, asked, closeAll } = backend(() => null);
    const example = opened(await handlers.openExample(win));
    await save(handlers, example.handle, 'Forbedringsområder', 'svg', encodeUtf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Stjørdal DPS</text></svg>'));
    expect(asked[0]!.folder).toBeNull();
    closeAll();
  });

  it('a failed write says so with its own message, and leaves neither a file nor a temporary one', async () => {
    const target = tempFolder();
    // The chosen name is taken by a folder with something in it: the rename over it must fail.
    mkdirSync(join(target, 'Rapport.pdf'));
    writeFileSync(join(target, 'Rapport.pdf', 'inni.txt'), 'x');
    const { handlers, closeAll } = backend(() => join(target, 'Rapport.pdf'));
    const answer = await save(handlers, null, 'Rapport', 'pdf', pdf);
    expect(answer).toMatchObject({ ok: false, error: { key: 'exportUi.error.writeFailed' } });
    expect(readdirSync(target)).toEqual(['Rapport.pdf']);
    expect(readdirSync(join(target, 'Rapport.pdf'))).toEqual(['inni.txt']);

    const gone = backend(() => join(target, 'finnes-ikke', 'Rapport.pdf'));
    expect(await save(gone.handlers, null, 'Rapport', 'pdf', pdf)).toMatchObject({ ok: false, error: { key: 'exportUi.error.writeFailed' } });
    closeAll();
    gone.closeAll();
  });

  it('refuses another window’s workshop handle before any dialog opens', async () => {
    const { handlers, asked, closeAll } = backend(() => null);
    const workshop = opened(await handlers.createWorkshop({ clientId: 'other' }, { title: 'Annet vindu', region: '', facilitator: '', gatheringDates: [] }));
    expect(await save(handlers, workshop.handle, 'Tavle', 'png', png)).toMatchObject({ ok: false, error: { key: 'error.notFound' } });
    expect(asked).toEqual([]);
    closeAll();
  });

  it('refuses bytes that are not the format named, before any dialog opens', async () => {
    const { handlers, asked, closeAll } = backend(() => null);
    expect(await save(handlers, null, 'Rapport', 'pdf', png)).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    expect(await save(handlers, null, 'Bilde', 'png', pdf)).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    expect(asked).toEqual([]);
    closeAll();
  });

  it('the browser host has no save dialog: it refuses, and the renderer downloads instead', async () => {
    const { handlers, closeAll } = createHandlers(createWebPlatform(tempFolder(), tempFolder()));
    expect(await dispatch(handlers, win, 'saveExport', [null, { suggestedName: 'Tavle', format: 'png' }, png])).toMatchObject({ ok: false, error: { key: 'exportUi.error.noDialog' } });
    closeAll();
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope, OpenResult } from '../../../shared/api/results.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { startHost } from '../../../electron/host/server.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { restoreSnapshot, takeSnapshot } from '../../../electron/store/snapshots.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { actor, cleanupFolders, createFile, note, tempFolder, workshopWith } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

const controlCharacters = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085';

/** Text that has broken other programs: every one must come back exactly as it went in. */
const oddTexts: Record<string, string> = {
  '100,000 characters': 'Ventetid BUP Stjørdal. '.repeat(4348).slice(0, 100_000),
  'control characters': `før${controlCharacters}etter`,
  emoji: '🚑🏥 👩🏽‍⚕️ 🏳️‍🌈 🇳🇴 ❤️‍🔥',
  'right-to-left': 'مرحبا بالعالم – שלום – \u202eevil.exe\u202c – høyre til venstre',
  'markup and script': '<script>alert("x")</script><img src=x onerror=alert(1)>{{constructor.constructor("alert(1)")()}}',
  'SQL quotes': `'; DROP TABLE items; -- " OR ""=" \\' \\" \\\\ %_`,
  'line and paragraph separators': 'a\u2028b\u2029c\r\nd',
  'lone surrogates and a BOM': '\ud800 x \udfff \ufeff',
  'decomposed letters (never normalised)': 'a\u030a Snåase, Gåebrie, Raarvihke',
  'JSON lookalike': '{"id":"i_x","__proto__":{"polluted":true}}',
};

function docWithOddText(): { doc: WorkshopDoc; board: BoardId } {
  const doc = workshopWith({ boards: 1 });
  const board = Object.keys(doc.boards)[0] as BoardId;
  for (const [name, text] of Object.entries(oddTexts)) {
    const item = note(board, text);
    doc.items[item.id] = item;
    // Names are capped at 500 characters; the long text goes into notes only.
    const short = text.slice(0, 500);
    const a = { ...actor(short || name), notes: text };
    doc.actors[a.id] = a;
  }
  doc.boards[board]!.name = oddTexts['markup and script']!.slice(0, 500);
  doc.meta.title = oddTexts['SQL quotes']!;
  doc.meta.description = oddTexts['100,000 characters']!;
  return { doc, board };
}

describe('odd input is stored and read back as text, exactly', () => {
  it('through the store: written, closed, reopened', () => {
    const { doc } = docWithOddText();
    const { path, file } = createFile(doc);
    file.close();
    const reopened = WorkshopFile.open(path);
    expect(reopened.status).toBe('ok');
    if (reopened.status !== 'ok') return;
    expect(reopened.doc).toEqual(doc);
    for (const text of Object.values(oddTexts)) expect(Object.values(reopened.doc.items).some((i) => i.props.text === text)).toBe(true);
    reopened.file.close();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('through a snapshot and a restore', () => {
    const { doc } = docWithOddText();
    const { file } = createFile(doc);
    const snapshot = takeSnapshot(file, { kind: 'manual', label: oddTexts['right-to-left']! });
    file.apply([{ table: 'meta', op: 'put', record: { ...doc.meta, title: 'Endret' } }]);
    expect(restoreSnapshot(file, snapshot.id).doc).toEqual(doc);
    file.close();
  });

  it('through the browser host: sent as JSON, saved, read back byte for byte', async () => {
    const folder = tempFolder();
    const renderer = tempFolder();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
    const backend = createHandlers(createWebPlatform(folder, tempFolder()));
    const host = await startHost({ handlers: backend.handlers, rendererDir: renderer });
    const call = async <T>(method: string, args: unknown[]) => {
      const res = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'X-Samkart-Token': host.token }, body: JSON.stringify({ args }) });
      // Answers are data for the page's script, never a document a browser would render.
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      return (await res.json()) as Envelope<T>;
    };
    try {
      const created = await call<OpenResult>('createWorkshop', [{ title: oddTexts['SQL quotes']!.slice(0, 500), region: oddTexts.emoji, facilitator: '', gatheringDates: [] }]);
      if (!created.ok || !('handle' in created.value)) throw new Error(JSON.stringify(created));
      const { handle, fileName } = created.value;
      const { doc } = docWithOddText();
      const changes = [
        { table: 'meta', op: 'put', record: doc.meta },
        ...Object.values(doc.boards).map((record) => ({ table: 'boards', op: 'put', record })),
        ...Object.values(doc.items).map((record) => ({ table: 'items', op: 'put', record })),
        ...Object.values(doc.actors).map((record) => ({ table: 'actors', op: 'put', record })),
      ];
      expect((await call('applyChanges', [handle, changes])).ok).toBe(true);
      expect((await call('closeWorkshop', [handle])).ok).toBe(true);
      const reopened = await call<OpenResult>('openFromFolder', [fileName]);
      if (!reopened.ok || !('doc' in reopened.value)) throw new Error(JSON.stringify(reopened));
      for (const [table, records] of [['items', doc.items], ['actors', doc.actors], ['boards', doc.boards]] as const) {
        for (const [id, record] of Object.entries(records)) expect((reopened.value.doc[table] as Record<string, unknown>)[id], `${table} ${id}`).toEqual(record);
      }
      expect(reopened.value.doc.meta).toEqual(doc.meta);
    } finally {
      backend.closeAll();
      await host.close();
    }
  });

  it('a name over its limit is refused whole, with a clear error, and nothing is written', async () => {
    const { doc, board } = docWithOddText();
    const { file } = createFile(doc);
    const backend = createHandlers(createWebPlatform(tempFolder(), tempFolder()));
    const { dispatch } = await import('../../../electron/api/dispatch.ts');
    const opened = backend.open.add('me', file);
    const tooLong = { ...doc.boards[board]!, name: 'x'.repeat(100_000) };
    const answer = await dispatch(backend.handlers, { clientId: 'me' }, 'applyChanges', [opened.handle, [{ table: 'boards', op: 'put', record: tooLong }]]);
    expect(answer).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    expect(file.load()).toEqual(doc);
    backend.closeAll();
  });
});

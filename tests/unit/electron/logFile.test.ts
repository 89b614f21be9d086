import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { logCall } from '../../../electron/main/callLog.ts';
import { errorFields, LogFile, redact } from '../../../electron/main/logFile.ts';
import { cleanupFolders, note, tempFolder } from '../../helpers/workshop.ts';
import type { BoardId } from '../../../shared/model/ids.ts';

afterEach(cleanupFolders);

const logText = (log: LogFile) => log.files().map((f) => readFileSync(f, 'utf8')).join('');

describe('the log file', () => {
  it('rotates by size, keeps the newest lines, and drops the oldest file', () => {
    const log = new LogFile(tempFolder(), { maxBytes: 400, keep: 2 });
    for (let i = 0; i < 60; i++) log.info('tick', { n: i });
    const files = log.files();
    expect(files.map((f) => f.slice(log.dir.length + 1))).toEqual(['samkart.log', 'samkart.1.log', 'samkart.2.log']);
    for (const file of files) expect(readFileSync(file).byteLength).toBeLessThanOrEqual(400);
    expect(readFileSync(log.path, 'utf8')).toMatch(/tick n=59\n$/);
    expect(logText(log)).not.toMatch(/ n=0\n/);
    // A new session continues the current file, counting what is already in it.
    const again = new LogFile(log.dir, { maxBytes: 400, keep: 2 });
    again.info('tick', { n: 60 });
    expect(readFileSync(again.path).byteLength).toBeLessThanOrEqual(400);
  });

  it('replaces free text by its length, and logs errors without their message', () => {
    expect(redact('openRecent')).toBe('openRecent');
    expect(redact('error.notOurFile')).toBe('error.notOurFile');
    expect(redact('Snåase – Snåsa')).toBe('<14 chars>');
    expect(redact('/home/kari/Budsjett.samkart')).toBe('<27 chars>');
    const error = Object.assign(new Error('kunne ikke lagre «Hemmelig verksted»'), { code: 'ENOSPC' });
    const fields = errorFields(error);
    expect(fields).toMatchObject({ error: 'Error', code: 'ENOSPC' });
    expect(JSON.stringify(fields)).not.toContain('Hemmelig');
    expect(redact(fields['at1'])).toMatch(/^[\w.]+@logFile\.test\.ts:\d+$/);
  });

  it('never holds the text of a workshop, whatever the calls do', async () => {
    const secret = { title: 'Hemmelig verksted Snåase – Snåsa 🙂', note: 'Pasienten Ola sa <script>alert(1)</script>', region: 'Raarvihke – Røyrvik' };
    const folder = tempFolder();
    const log = new LogFile(tempFolder(), { maxBytes: 2048, keep: 2 });
    const { handlers, closeAll } = createHandlers(createWebPlatform(folder, tempFolder()));
    const ctx = { clientId: 'window-1' };
    const call = async (method: string, args: unknown[]) => {
      const started = performance.now();
      const envelope = await dispatch(handlers, ctx, method, args);
      logCall(log, method, envelope, performance.now() - started);
      return envelope;
    };
    try {
      const created = await call('createWorkshop', [{ title: secret.title, region: secret.region, facilitator: 'Kari Nordmann', gatheringDates: [] }]);
      expect(created.ok).toBe(true);
      const opened = (created as { value: { handle: string; doc: { boards: Record<string, { id: BoardId }> } } }).value;
      const boardId = Object.values(opened.doc.boards)[0]!.id;
      await call('applyChanges', [opened.handle, [{ table: 'items', op: 'put', record: note(boardId, secret.note) }]]);
      // Failures: a bad argument that quotes the text, a foreign file named after it, a rename.
      await call('applyChanges', [opened.handle, [{ table: 'items', op: 'put', record: { text: secret.note } }]]);
      writeFileSync(join(folder, `${secret.title} kopi.samkart`), 'ikke et verksted: ' + secret.note);
      const foreign = await call('openFromFolder', [`${secret.title} kopi.samkart`]);
      expect(foreign.ok && (foreign.value as { status: string }).status).toBe('notOurFile');
      await call('saveAs', [opened.handle, `${secret.title} (2)`]);
      await call('listRecent', []);
      await call('noSuchMethod', [secret.note]);
      log.error('main.uncaught', new Error(`while saving ${secret.title}: ${secret.note}`));
    } finally {
      closeAll();
    }
    const text = logText(log);
    expect(text).toMatch(/api\.call method=createWorkshop outcome=ok/);
    expect(text).toMatch(/api\.call method=applyChanges outcome=error\.invalidCall/);
    expect(text).toMatch(/api\.call method=openFromFolder outcome=notOurFile/);
    expect(text).toMatch(/method=unknownMethod/);
    for (const fragment of ['Hemmelig', 'Snåsa', 'Snåase', '🙂', 'Pasienten', 'script', 'Røyrvik', 'Kari', 'ikke et verksted', '.samkart']) {
      expect(text, fragment).not.toContain(fragment);
    }
  });
});

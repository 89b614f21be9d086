import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, OpenResult } from '../../shared/api/results.ts';
import { createHandlers } from '../../electron/api/handlers.ts';
import { startHost, type Host } from '../../electron/host/server.ts';
import { WebClients } from '../../electron/host/webClients.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { isOpenOk, noteEdit, texts } from '../helpers/fileSafety.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

let host: Host;
let closeAll: () => void;
let now = 1_000_000;

beforeEach(async () => {
  const renderer = tempFolder();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samkart</title>');
  const clients = new WebClients(() => now);
  const backend = createHandlers(createWebPlatform(tempFolder(), tempFolder(), clients));
  clients.onRelease = backend.releaseClient;
  closeAll = backend.closeAll;
  host = await startHost({ handlers: backend.handlers, rendererDir: renderer, clients });
});

afterEach(async () => {
  closeAll();
  await host.close();
  cleanupFolders();
});

/** One browser tab: its own client id, as renderer/src/api/httpTransport.ts sends it. */
function tab(id: string) {
  const headers = { 'X-Samkart-Token': host.token, 'X-Samkart-Client': id.padEnd(22, '0') };
  return {
    call: async <T>(method: string, ...args: unknown[]) => (await (await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify({ args }) })).json()) as Envelope<T>,
    bye: () => fetch(`${host.origin}/client/bye`, { method: 'POST', headers }),
  };
}

function rawGet(path: string): Promise<number> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('two browser tabs', () => {
  it('the second is told the workshop is open elsewhere, can view it read-only, and no acknowledged edit is lost', async () => {
    const a = tab('fanea');
    const b = tab('faneb');
    const created = await a.call<OpenResult>('createWorkshop', { title: 'To faner', region: '', facilitator: '', gatheringDates: [] });
    if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
    expect((await a.call('applyChanges', created.value.handle, noteEdit(created.value.doc, 'fra fane A'))).ok).toBe(true);
    const second = await b.call<OpenResult>('openFromFolder', created.value.fileName);
    expect(second).toMatchObject({ ok: true, value: { status: 'alreadyOpen', offer: { kind: 'readOnly' } } });
    if (!second.ok || second.value.status !== 'alreadyOpen') return;
    const view = await b.call<OpenResult>('takeOffer', second.value.offer!.id);
    if (!view.ok || !isOpenOk(view.value)) throw new Error(JSON.stringify(view));
    expect(view.value.readOnly).toBe(true);
    expect(texts(view.value.doc)).toEqual(['fra fane A']);
    // B can neither write nor use A's handle; closing B's view leaves A's file open.
    expect(await b.call('applyChanges', view.value.handle, noteEdit(view.value.doc, 'fra fane B'))).toMatchObject({ ok: false, error: { key: 'error.readOnly' } });
    expect(await b.call('applyChanges', created.value.handle, noteEdit(view.value.doc, 'fra fane B'))).toMatchObject({ ok: false, error: { key: 'error.notFound' } });
    await b.call('closeWorkshop', view.value.handle);
    expect((await a.call('applyChanges', created.value.handle, noteEdit(created.value.doc, 'igjen fra A'))).ok).toBe(true);
    // A's page goes away (a reload): the file is released at once and B may open it, with all of A's edits.
    await a.bye();
    const reopened = await b.call<OpenResult>('openFromFolder', created.value.fileName);
    if (!reopened.ok || !isOpenOk(reopened.value)) throw new Error(JSON.stringify(reopened));
    expect(texts(reopened.value.doc).sort()).toEqual(['fra fane A', 'igjen fra A']);
    expect(reopened.value.readOnly).toBeUndefined();
  });

  it('a tab that vanished without a word (a crash) gives the file up after long silence, not before', async () => {
    const a = tab('krasjet');
    const b = tab('levende');
    const created = await a.call<OpenResult>('createWorkshop', { title: 'Krasj', region: '', facilitator: '', gatheringDates: [] });
    if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
    now += 60_000;
    expect(await b.call('openFromFolder', created.value.fileName)).toMatchObject({ ok: true, value: { status: 'alreadyOpen' } });
    now += 200_000;
    expect(await b.call('openFromFolder', created.value.fileName)).toMatchObject({ ok: true, value: { status: 'ok' } });
  });

  it('a malformed client id is refused', async () => {
    const res = await fetch(`${host.origin}/api/listRecent`, { method: 'POST', headers: { 'X-Samkart-Token': host.token, 'X-Samkart-Client': '../x' }, body: '{"args":[]}' });
    expect(res.status).toBe(400);
  });
});

describe('a reload of a tab (the same client id after its goodbye)', () => {
  it('gets its workshop back, handle and all, when it calls again within the grace; a tab that does not come back is released after it', async () => {
    const folder = tempFolder();
    const clients = new WebClients(Date.now, 300);
    const backend = createHandlers(createWebPlatform(folder, tempFolder(), clients));
    clients.onRelease = backend.releaseClient;
    const renderer = tempFolder();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samkart</title>');
    const own = await startHost({ handlers: backend.handlers, rendererDir: renderer, clients });
    const headers = { 'X-Samkart-Token': own.token, 'X-Samkart-Client': 'fanensomlastesinn0000' };
    const call = async <T>(method: string, ...args: unknown[]) => (await (await fetch(`${own.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify({ args }) })).json()) as Envelope<T>;
    const bye = () => fetch(`${own.origin}/client/bye`, { method: 'POST', headers });
    try {
      const created = await call<OpenResult>('createWorkshop', { title: 'Last inn', region: '', facilitator: '', gatheringDates: [] });
      if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
      const { handle, fileName } = created.value;
      expect((await call('applyChanges', handle, noteEdit(created.value.doc, 'før omlasting'))).ok).toBe(true);
      // The reload: goodbye from the old page, then the new page asks for its file again.
      await bye();
      await new Promise((r) => setTimeout(r, 50));
      const back = await call<OpenResult>('openFromFolder', fileName);
      expect(back).toMatchObject({ ok: true, value: { status: 'ok', handle } });
      await new Promise((r) => setTimeout(r, 600));
      expect((await call('applyChanges', handle, noteEdit(created.value.doc, 'etter omlasting'))).ok).toBe(true);
      // The tab closes for good: after the grace its file is closed (checkpointed, one file) and its handle gone.
      await bye();
      await new Promise((r) => setTimeout(r, 600));
      expect(existsSync(join(folder, `${fileName}-wal`))).toBe(false);
      expect(await call('applyChanges', handle, noteEdit(created.value.doc, 'for sent'))).toMatchObject({ ok: false, error: { key: 'error.notFound' } });
    } finally {
      backend.closeAll();
      await own.close();
    }
  });
});

describe('nothing let in', () => {
  it('serves the page without any secret: no token needed, no cookie set, never framed', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const withToken = await fetch(host.url);
    expect(withToken.headers.get('set-cookie')).toBeNull();
  });

  it('the token reaches no other program on 127.0.0.1 (a browser sends cookies to every port)', async () => {
    const seen: string[] = [];
    const other = createServer((req, res) => {
      seen.push(JSON.stringify(req.headers));
      res.end('ok');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    try {
      const page = await fetch(host.url);
      const cookie = page.headers.get('set-cookie');
      await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`, cookie ? { headers: { Cookie: cookie.split(';')[0]! } } : {});
      expect(seen.join('\n')).not.toContain(host.token);
    } finally {
      other.close();
    }
  });

  it('answers malformed escapes with 400, not 500', async () => {
    expect(await rawGet('/%')).toBe(400);
    expect(await rawGet('/%zz/index.html')).toBe(400);
    expect(await rawGet('/api/%E0%A4%A')).toBe(400);
  });
});

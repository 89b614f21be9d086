import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers.ts';
import { startHost, type Host } from '../../electron/host/server.ts';
import { createWebPlatform } from '../../electron/host/webPlatform.ts';
import { cleanupFolders, tempFolder } from '../helpers/workshop.ts';

let host: Host;
let closeAll: () => void;

beforeEach(async () => {
  const renderer = tempFolder();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samkart</title>');
  const backend = createHandlers(createWebPlatform(tempFolder(), tempFolder()));
  closeAll = backend.closeAll;
  host = await startHost({ handlers: backend.handlers, rendererDir: renderer });
});

afterEach(async () => {
  closeAll();
  await host.close();
  cleanupFolders();
});

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'X-Samkart-Token': host.token, ...headers }, body: JSON.stringify({ args }) });

/** A raw request, so the Host header can be set as a DNS-rebinding attacker would. */
function rawGet(path: string, hostHeader: string): Promise<number> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { Host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the loopback browser host', () => {
  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page (no data, no secret) with a strict CSP; the API needs the token', async () => {
    const ok = await fetch(host.url);
    expect(ok.status).toBe(200);
    const csp = ok.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect((await fetch(`${host.origin}/`)).status).toBe(200);
    expect((await fetch(`${host.origin}/api/listRecent`, { method: 'POST', body: '{"args":[]}' })).status).toBe(401);
  });

  it('answers API calls only with the token header', async () => {
    expect((await call('listRecent', [])).status).toBe(200);
    const without = await fetch(`${host.origin}/api/listRecent`, { method: 'POST', body: '{"args":[]}' });
    expect(without.status).toBe(401);
    const wrong = await call('listRecent', [], { 'X-Samkart-Token': 'x'.repeat(host.token.length) });
    expect(wrong.status).toBe(401);
  });

  it('refuses another origin and another Host name', async () => {
    expect((await call('listRecent', [], { Origin: 'http://evil.example' })).status).toBe(403);
    expect(await rawGet(`/?token=${host.token}`, 'evil.example')).toBe(421);
  });

  it('rejects malformed calls with a clear, translatable error', async () => {
    const bad = await (await call('openFromFolder', ['../../etc/passwd'])).json();
    expect(bad).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    const unknown = await (await call('__proto__', [])).json();
    expect(unknown).toMatchObject({ ok: false, error: { key: 'error.invalidCall' } });
    const notJson = await fetch(`${host.origin}/api/listRecent`, { method: 'POST', headers: { 'X-Samkart-Token': host.token }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await fetch(`${host.origin}/..%2f..%2fetc%2fpasswd`);
    expect([400, 404]).toContain(res.status);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/host/securityHeaders.ts';
import { serveAppRequest } from '../../../electron/main/appProtocol.ts';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'samkart-protocol-'));
  rendererDir = join(root, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Samkart</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  // A secret next to the renderer folder that no app:// URL may reach.
  writeFileSync(join(root, 'out', 'secret.txt'), 'secret');
  writeFileSync(join(root, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(rendererDir, { url, method });

describe('the app:// protocol handler', () => {
  it('serves the renderer with the CSP and the other security headers', async () => {
    const response = await get('app://samkart/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Samkart</title>');
  });

  it('serves index.html for the bare origin and scripts with a JavaScript type', async () => {
    expect(await (await get('app://samkart/')).text()).toContain('Samkart');
    const script = await get('app://samkart/assets/index-abc.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://samkart/../secret.txt',
    'app://samkart/../../secret.txt',
    'app://samkart/..%2fsecret.txt',
    'app://samkart/..%2f..%2fsecret.txt',
    'app://samkart/%2e%2e/%2e%2e/secret.txt',
    'app://samkart/assets/..%5c..%5csecret.txt',
    'app://samkart/%2fetc%2fpasswd',
    'app://samkart//etc/passwd',
  ])('never leaves the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    if (response.status !== 404) expect(response.status).toBe(400);
  });

  it('answers only its own host', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('https://samkart/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD, and malformed escapes', async () => {
    expect((await get('app://samkart/index.html', 'POST')).status).toBe(405);
    const head = await get('app://samkart/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://samkart/%E0%A4%A.html')).status).toBe(400);
  });

  it('answers 404, with the CSP, for a missing file', async () => {
    const response = await get('app://samkart/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});

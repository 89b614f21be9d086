import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/api/contract.ts';
import { bridgeMethodNames, createBridgeApi, encodeApiError, unwrapEnvelope } from '../../../electron/preload/bridgeApi.ts';

const root = resolve(import.meta.dirname, '../../..');
const preloadSource = readFileSync(resolve(root, 'electron/preload/index.ts'), 'utf8');
const bridgeSource = readFileSync(resolve(root, 'electron/preload/bridgeApi.ts'), 'utf8');
const built = resolve(root, 'out/preload/index.cjs');

describe('the preload bridge', () => {
  it('exposes exactly the contract methods', () => {
    expect([...bridgeMethodNames].sort()).toEqual([...methodNames].sort());
    const api = createBridgeApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
  });

  it('sends the method name and the argument array, and returns the value', async () => {
    const calls: unknown[] = [];
    const api = createBridgeApi(async (method, args) => {
      calls.push([method, args]);
      return { ok: true, value: { language: 'en' } };
    });
    await expect(api.setLanguage('en')).resolves.toEqual({ language: 'en' });
    expect(calls).toEqual([['setLanguage', ['en']]]);
  });

  it('rejects with an Error whose message is the JSON {key, detail}, which survives contextBridge', async () => {
    const api = createBridgeApi(async () => ({ ok: false, error: { key: 'error.notFound', detail: 'no such open workshop' } }));
    const error = await api.closeWorkshop('w_abcdefgh').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse((error as Error).message)).toEqual({ key: 'error.notFound', detail: 'no such open workshop' });
  });

  it('turns a failed invoke or a malformed reply into error.unexpected', async () => {
    const failing = createBridgeApi(async () => {
      throw new Error("Error invoking remote method 'samkart:call': boom");
    });
    const error = await failing.appInfo().catch((e: unknown) => e);
    expect(JSON.parse((error as Error).message).key).toBe('error.unexpected');
    expect(() => unwrapEnvelope('nonsense')).toThrow(/error\.unexpected/);
    expect(JSON.parse(encodeApiError({ key: 'error.forbidden' }).message)).toEqual({ key: 'error.forbidden' });
  });

  it('does not hand the page ipcRenderer, process or any other global', () => {
    expect(preloadSource).toMatch(/contextBridge\.exposeInMainWorld\('samkart', bridge\)/);
    expect(preloadSource.match(/exposeInMainWorld/g)).toHaveLength(1);
    // Past its import, ipcRenderer appears only as a call to invoke/on/removeListener: never as a
    // value that could be put on the bridge, returned or passed on.
    const body = preloadSource
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/^import [^;]*;$/gm, '');
    const uses = [...body.matchAll(/\bipcRenderer\b(.{0,20})/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^\.(invoke|on|removeListener)\(/);
    expect(preloadSource).not.toMatch(/listener\(\s*(_?event|e)\b/);
    for (const source of [preloadSource, bridgeSource]) {
      expect(source).not.toContain('process.env');
      expect(source).not.toMatch(/\brequire\(/);
      expect(source).not.toMatch(/^import (?!type)[^;]*from '(?!electron'|\.)/m);
    }
  });

  it.runIf(existsSync(built))('builds to one CommonJS file with no process.env and no dependency but electron', () => {
    const code = readFileSync(built, 'utf8');
    expect(code).not.toContain('process.env');
    const required = [...code.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld');
  });
});

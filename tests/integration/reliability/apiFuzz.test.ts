import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { methodNames, validateCall } from '../../../shared/api/contract.ts';
import type { Envelope, OpenResult } from '../../../shared/api/results.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { startHost, type Host } from '../../../electron/host/server.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { fuzzApi } from '../../reliability/api/apiFuzz.ts';
import { runSeed } from '../../reliability/rng.ts';
import { scale } from '../../reliability/scale.ts';
import { cleanupFolders, note, tempFolder } from '../../helpers/workshop.ts';
import type { BoardId } from '../../../shared/model/ids.ts';

afterEach(cleanupFolders);

describe('every call of the contract, fuzzed with malformed arguments', () => {
  for (const transport of ['dispatch', 'http'] as const) {
    it(`through ${transport === 'http' ? 'HTTP against a started host' : 'the handler table (dispatch, as IPC uses it)'}: refused as invalid, no handler reached, nothing changed`, async () => {
      const seed = runSeed();
      const figures = await fuzzApi(transport, scale.apiFuzzCasesPerMethod, seed);
      expect(figures.problems, `SAMKART_SEED=${seed}`).toEqual([]);
      expect(figures.refused).toBe(figures.calls);
      expect(figures.calls).toBeGreaterThanOrEqual(methodNames.length * scale.apiFuzzCasesPerMethod);
    });
  }

  it('the validator answers anything at all without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...methodNames), fc.string()), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (method, args) => {
        const result = validateCall(method, args);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: scale.propertyRuns * 10 },
    );
  });
});

describe('well-formed calls that make no sense: a clear error, the workshop untouched', () => {
  for (const transport of ['dispatch', 'http'] as const) {
    it(`through ${transport}`, async () => {
      const folder = tempFolder();
      const backend = createHandlers(createWebPlatform(folder, tempFolder()));
      const renderer = tempFolder();
      writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
      const host = transport === 'http' ? await startHost({ handlers: backend.handlers, rendererDir: renderer }) : null;
      const call = async (method: string, args: unknown[], clientId = 'web'): Promise<Envelope<unknown>> => {
        if (!host || clientId !== 'web') return dispatch(backend.handlers, { clientId }, method, args);
        const res = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'X-Samkart-Token': host.token }, body: JSON.stringify({ args }) });
        return (await res.json()) as Envelope<unknown>;
      };
      try {
        const created = (await call('createWorkshop', [{ title: 'Meningsløst', region: '', facilitator: '', gatheringDates: [] }])) as Envelope<OpenResult>;
        if (!created.ok || !('handle' in created.value)) throw new Error('not opened');
        const { handle } = created.value;
        const session = backend.open.get('web', handle);
        const before = session.file.load();
        const orphan = note('b_finnesikke' as BoardId, 'på en tavle som ikke finnes');
        const cases: [string, unknown[], string, string?][] = [
          ['applyChanges', ['w_000000000000finnesikke', []], 'error.notFound'],
          ['applyChanges', [handle, [{ table: 'items', op: 'put', record: orphan }]], 'error.invalidEdit'],
          ['closeWorkshop', [handle], 'error.notFound', 'another window'],
          ['restoreSnapshot', [handle, 987654], 'error.snapshotNotFound'],
          ['takeSnapshot', [handle, 'x', 'g_finnesikke'], 'error.notFound'],
          ['openFromFolder', ['finnes-ikke.samkart'], ''],
          ['openRecent', ['r_finnesikke'], 'error.notFound'],
          ['removeRecent', ['r_finnesikke'], ''],
        ];
        for (const [method, args, key, clientId] of cases) {
          const answer = await call(method, args, clientId);
          if (key) expect(answer, method).toMatchObject({ ok: false, error: { key } });
          else expect(answer.ok, method).toBe(true);
        }
        expect(session.file.load()).toEqual(before);
      } finally {
        backend.closeAll();
        await host?.close();
      }
    });
  }
});

describe('the browser host lets in only its own page', () => {
  let host: Host;
  let close: () => void;

  async function start() {
    const renderer = tempFolder();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
    const backend = createHandlers(createWebPlatform(tempFolder(), tempFolder()));
    close = backend.closeAll;
    host = await startHost({ handlers: backend.handlers, rendererDir: renderer });
  }
  afterEach(async () => {
    close?.();
    await host?.close();
  });

  it('refuses every method without the token, with a wrong token, from another origin, for another Host, and by GET', async () => {
    await start();
    const post = (method: string, headers: Record<string, string>) => fetch(`${host.origin}/api/${method}`, { method: 'POST', headers, body: '{"args":[]}' });
    for (const method of methodNames) {
      expect((await post(method, {})).status, method).toBe(401);
      expect((await post(method, { 'X-Samkart-Token': 'x'.repeat(host.token.length) })).status, method).toBe(401);
      expect((await post(method, { 'X-Samkart-Token': host.token, Origin: 'http://evil.example' })).status, method).toBe(403);
      expect((await post(method, { 'X-Samkart-Token': host.token, Origin: 'null' })).status, method).toBe(403);
      expect((await fetch(`${host.origin}/api/${method}`, { headers: { 'X-Samkart-Token': host.token } })).status, method).toBe(405);
    }
    const rebinding = await new Promise<string>((resolve, reject) => {
      const url = new URL(host.origin);
      const socket = connect(Number(url.port), url.hostname, () => socket.write(`POST /api/appInfo HTTP/1.1\r\nHost: evil.example:${url.port}\r\nX-Samkart-Token: ${host.token}\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{"args":[]}`));
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk.toString()));
      socket.on('end', () => resolve(reply));
      socket.on('error', reject);
    });
    expect(rebinding).toMatch(/^HTTP\/1\.1 421/);
    const notJson = await fetch(`${host.origin}/api/appInfo`, { method: 'POST', headers: { 'X-Samkart-Token': host.token }, body: '{"args":' });
    expect(notJson.status).toBe(400);
  });

  it('listens on 127.0.0.1 only: the machine\'s other addresses refuse the connection', async () => {
    await start();
    const port = Number(new URL(host.origin).port);
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
    const others = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal).map((a) => a!.address);
    for (const address of others) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ port, host: address, timeout: 2000 }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        socket.on('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});

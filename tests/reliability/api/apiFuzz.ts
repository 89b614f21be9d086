import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { methodNames, type MethodName } from '../../../shared/api/contract.ts';
import type { Envelope, OpenResult } from '../../../shared/api/results.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { createHandlers, type Handlers } from '../../../electron/api/handlers.ts';
import { startHost } from '../../../electron/host/server.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { Rng } from '../rng.ts';
import { malformedCalls, wellFormedArgs } from './malformed.ts';

export interface ApiFuzzFigures {
  transport: 'dispatch' | 'http';
  /** Malformed calls sent. */
  calls: number;
  /** Refused with error.invalidCall (or HTTP 400), the handler never reached: all of them, or it's a bug. */
  refused: number;
  /** Mutations that stayed valid and so were not sent. */
  droppedAsValid: number;
  problems: string[];
}

/** A transport under test: how a call is made, and which handlers it reached. */
interface Transport {
  call(method: string, args: unknown): Promise<Envelope<unknown> | { httpStatus: number }>;
  reached: string[];
}

/** Wraps the handler table so the test sees whether any handler ran. */
function spied(handlers: Handlers, reached: string[]): Handlers {
  return new Proxy(handlers, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reached.push(String(key));
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
}

/** Method names that are not methods: prototype keys, paths, control characters, an empty name. */
const notMethods = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', '..%2fapplyChanges', 'applyChanges\u0000', 'APPLYCHANGES', 'x'.repeat(300)];

/**
 * Sends every method of the contract `perMethod` malformed argument lists (plus method names that
 * aren't methods) through one transport, against a folder with an open workshop. Every call must
 * be refused as invalid before any handler runs, and afterwards the workshop, the folder, the
 * settings and Object.prototype must be exactly as before.
 */
export async function fuzzApi(transportName: 'dispatch' | 'http', perMethod: number, seed: number): Promise<ApiFuzzFigures> {
  const figures: ApiFuzzFigures = { transport: transportName, calls: 0, refused: 0, droppedAsValid: 0, problems: [] };
  const folder = mkdtempSync(join(tmpdir(), 'samkart-apifuzz-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'samkart-apifuzz-profile-'));
  const backend = createHandlers(createWebPlatform(folder, profileDir));
  const reached: string[] = [];
  const handlers = spied(backend.handlers, reached);
  const renderer = mkdtempSync(join(tmpdir(), 'samkart-apifuzz-renderer-'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samkart</title>');
  const host = transportName === 'http' ? await startHost({ handlers, rendererDir: renderer }) : null;
  const clientId = host ? 'web' : 'fuzz';
  const transport: Transport = {
    reached,
    async call(method, args) {
      if (!host) return dispatch(handlers, { clientId }, method, args);
      const res = await fetch(`${host.origin}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'X-Samkart-Token': host.token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args }),
      });
      return res.status === 200 ? ((await res.json()) as Envelope<unknown>) : { httpStatus: res.status };
    },
  };
  try {
    const created = (await transport.call('createWorkshop', [{ title: 'Fuzz', region: 'Værnesregionen', facilitator: '', gatheringDates: [''] }])) as Envelope<OpenResult>;
    if (!created.ok || !('handle' in created.value)) throw new Error(`could not open a workshop: ${JSON.stringify(created)}`);
    const handle = created.value.handle;
    const boardId = Object.keys(created.value.doc.boards)[0] ?? 'b_fuzz';
    const session = backend.open.get(clientId, handle);
    const before = { doc: session.file.load(), files: readdirSync(folder).sort(), settings: await backend.handlers.getSettings({ clientId }), recent: await backend.handlers.listRecent({ clientId }) };
    reached.length = 0;

    const rng = new Rng(seed);
    const refused = (answer: Envelope<unknown> | { httpStatus: number }) =>
      'httpStatus' in answer ? answer.httpStatus === 400 : !answer.ok && answer.error.key === 'error.invalidCall' && typeof answer.error.detail === 'string';
    const send = async (method: string, args: unknown) => {
      figures.calls += 1;
      const answer = await transport.call(method, args);
      if (refused(answer) && reached.length === 0) figures.refused += 1;
      else figures.problems.push(`${method}(${JSON.stringify(args)?.slice(0, 120)}) → ${JSON.stringify(answer).slice(0, 200)}; handlers reached: ${reached.join(', ')}`);
      reached.length = 0;
    };
    for (const method of methodNames as MethodName[]) {
      const { calls, droppedAsValid } = malformedCalls(method, wellFormedArgs(method, handle, boardId), rng, perMethod, transportName === 'http');
      figures.droppedAsValid += droppedAsValid;
      for (const args of calls) await send(method, args);
    }
    for (const name of notMethods) await send(name, []);

    const after = { doc: session.file.load(), files: readdirSync(folder).sort(), settings: await backend.handlers.getSettings({ clientId }), recent: await backend.handlers.listRecent({ clientId }) };
    if (!isDeepStrictEqual(after, before)) figures.problems.push('the workshop, the folder or the settings changed');
    if (({} as Record<string, unknown>).polluted !== undefined) figures.problems.push('Object.prototype was polluted');
    return figures;
  } finally {
    backend.closeAll();
    await host?.close();
    for (const dir of [folder, profileDir, renderer]) rmSync(dir, { recursive: true, force: true });
  }
}

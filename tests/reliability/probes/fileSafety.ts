import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Envelope, OpenResult, SaveAsResult } from '../../../shared/api/results.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { startHost } from '../../../electron/host/server.ts';
import { WebClients } from '../../../electron/host/webClients.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { chromiumArgs, chromiumPath } from '../../helpers/chromium.ts';
import { crashedWorkshop, flipWalFrame, hostBackend, isOpenOk, noteEdit, texts } from '../../helpers/fileSafety.ts';
import { cleanupFolders, tempFolder, workshopWith } from '../../helpers/workshop.ts';
import { Rng } from '../rng.ts';

/** The figures of issue 14, each from a probe that tries what the issue found, many times over. */
export interface FileSafetyFigures {
  sidecarRounds: number;
  /** New, saved-as or put-back workshops that opened holding another file's edits. Must be 0. */
  sidecarsReplayed: number;
  walRounds: number;
  /** Damaged or cut -wal files that opened with edits missing and no word to the user. Must be 0. */
  silentDamagedWal: number;
  tabRounds: number;
  tabEdits: number;
  /** Acknowledged edits of one tab missing after a second tab opened the same workshop. Must be 0. */
  tabEditsLost: number;
  /** Whether a real Chromium sent the access token to another server on 127.0.0.1. Must be false. */
  tokenToOtherPort: boolean | 'no browser';
  /** Whether the token was still in the address bar after the page loaded. Must be false. */
  tokenInAddress: boolean | 'no browser';
  hangProbes: number;
  /** Opens (over HTTP) that did not answer within 10 s: a FIFO or device where a file should be. Must be 0. */
  hostHangs: number;
  problems: string[];
}

const newWorkshop = (title: string) => ({ title, region: '', facilitator: '', gatheringDates: [] });

/** Leftover sidecars of a crashed "Budsjett" moved away, then a new workshop, a "Lagre som" or an older copy put back under its name. */
async function sidecarProbe(rounds: number, rng: Rng, f: FileSafetyFigures): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const { folder, call, backend } = hostBackend();
    const name = `Budsjett ${rng.token(4)}`;
    crashedWorkshop(join(folder, `${name}.samkart`), rng.int(3, 30));
    renameSync(join(folder, `${name}.samkart`), join(tempFolder(), 'flyttet.samkart'));
    let items: number;
    if (round % 3 === 2) {
      // An older copy (closed cleanly, no notes) put back under the name, the crashed -wal still beside it.
      const older = join(tempFolder(), 'eldre.samkart');
      WorkshopFile.create(older, workshopWith()).close();
      copyFileSync(older, join(folder, `${name}.samkart`));
      const opened = await call<OpenResult>('openFromFolder', `${name}.samkart`);
      if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
      items = Object.keys(opened.value.doc.items).length;
    } else if (round % 3 === 0) {
      const created = await call<OpenResult>('createWorkshop', newWorkshop(name));
      if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
      items = Object.keys(created.value.doc.items).length;
    } else {
      const created = await call<OpenResult>('createWorkshop', newWorkshop('Annet'));
      if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
      const saved = await call<SaveAsResult>('saveAs', created.value.handle, `${name}.samkart`);
      if (!saved.ok || saved.value.status !== 'saved') throw new Error(JSON.stringify(saved));
      backend.closeAll();
      const copy = WorkshopFile.open(join(folder, saved.value.fileName));
      if (copy.status !== 'ok') throw new Error(copy.status);
      items = Object.keys(copy.doc.items).length;
      copy.file.close();
    }
    backend.closeAll();
    f.sidecarRounds += 1;
    if (items > 0) f.sidecarsReplayed += 1;
  }
}

/** A crashed workshop whose -wal gets a flipped byte in a random frame or loses its tail. */
async function damagedWalProbe(rounds: number, rng: Rng, f: FileSafetyFigures): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const { folder, call, backend } = hostBackend();
    const notes = rng.int(4, 20);
    const path = join(folder, 'Logg.samkart');
    crashedWorkshop(path, notes);
    const wal = readFileSync(`${path}-wal`);
    const frames = Math.floor((wal.length - 32) / (24 + wal.readUInt32BE(8)));
    if (rng.chance(0.5)) flipWalFrame(`${path}-wal`, rng.int(0, frames - 1));
    else writeFileSync(`${path}-wal`, wal.subarray(0, rng.int(32, wal.length - 1)));
    const opened = await call<OpenResult>('openFromFolder', 'Logg.samkart');
    f.walRounds += 1;
    if (opened.ok && isOpenOk(opened.value)) {
      const missing = texts(opened.value.doc).length < notes;
      const told = opened.value.notices?.some((n) => n.kind === 'walDamaged') ?? false;
      if (missing && !told) f.silentDamagedWal += 1;
    }
    backend.closeAll();
  }
}

/** Two tabs of the browser host on one workshop: A edits; B opens it (refused, then read-only) and tries to write; A goes away. */
async function twoTabsProbe(rounds: number, rng: Rng, f: FileSafetyFigures): Promise<void> {
  const renderer = tempFolder();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samkart</title>');
  for (let round = 0; round < rounds; round++) {
    const folder = tempFolder();
    const clients = new WebClients();
    const backend = createHandlers(createWebPlatform(folder, tempFolder(), clients));
    clients.onRelease = backend.releaseClient;
    const host = await startHost({ handlers: backend.handlers, rendererDir: renderer, clients });
    const tab = (id: string) => {
      const headers = { 'X-Samkart-Token': host.token, 'X-Samkart-Client': `${id}${rng.token(20)}` };
      return {
        call: async <T>(method: string, ...args: unknown[]) => (await (await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers, body: JSON.stringify({ args }) })).json()) as Envelope<T>,
        bye: () => fetch(`${host.origin}/client/bye`, { method: 'POST', headers }),
      };
    };
    const a = tab('A');
    const b = tab('B');
    const created = await a.call<OpenResult>('createWorkshop', newWorkshop('To faner'));
    if (!created.ok || !isOpenOk(created.value)) throw new Error(JSON.stringify(created));
    const mine = created.value;
    const acked: string[] = [];
    const edit = async (text: string) => {
      const r = await a.call('applyChanges', mine.handle, noteEdit(mine.doc, text));
      if (r.ok) acked.push(text);
    };
    await edit('A 1');
    const second = await b.call<OpenResult>('openFromFolder', created.value.fileName);
    const bHandles = [created.value.handle];
    if (second.ok && isOpenOk(second.value)) bHandles.push(second.value.handle);
    if (second.ok && second.value.status === 'alreadyOpen' && second.value.offer) {
      const view = await b.call<OpenResult>('takeOffer', second.value.offer.id);
      if (view.ok && isOpenOk(view.value)) bHandles.push(view.value.handle);
    }
    for (let i = 0; i < rng.int(5, 15); i++) {
      // Interleaved: A's edits, and B's stale writes and closes on every handle it could get.
      await Promise.all([edit(`A ${i + 2}`), b.call('applyChanges', rng.pick(bHandles), noteEdit(created.value.doc, 'B'))]);
      if (rng.chance(0.2)) await b.call('closeWorkshop', rng.pick(bHandles));
    }
    await a.bye();
    backend.closeAll();
    await host.close();
    const reopened = WorkshopFile.open(join(folder, created.value.fileName));
    if (reopened.status !== 'ok') throw new Error(reopened.status);
    const saved = new Set(texts(reopened.doc));
    reopened.file.close();
    f.tabRounds += 1;
    f.tabEdits += acked.length;
    f.tabEditsLost += acked.filter((t) => !saved.has(t)).length;
  }
}

/** A real Chromium opens the host's printed address, then a page of another server on 127.0.0.1. */
async function tokenProbe(f: FileSafetyFigures): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    f.tokenToOtherPort = 'no browser';
    f.tokenInAddress = 'no browser';
    return;
  }
  const renderer = tempFolder();
  // The page does what the app's transport does with the token (renderer/src/api/httpTransport.ts).
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Samkart</title><script src="/t.js"></script>');
  const transport = readFileSync(join(import.meta.dirname, '../../../renderer/src/api/httpTransport.ts'), 'utf8');
  const hostToken = /export function hostToken\(\)[^]*?\n}\n/.exec(transport)?.[0] ?? '';
  writeFileSync(join(renderer, 't.js'), `const TOKEN_KEY = 'samkart.token';\n${hostToken.replace('export function hostToken(): string | null', 'function hostToken()')}\nhostToken();`);
  const backend = createHandlers(createWebPlatform(tempFolder(), tempFolder()));
  const host = await startHost({ handlers: backend.handlers, rendererDir: renderer });
  const seen: IncomingHttpHeaders[] = [];
  const other = createServer((req, res) => {
    seen.push(req.headers);
    res.end('<!doctype html><title>Et annet program</title>');
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => sessionStorage.getItem('samkart.token') !== null || document.readyState === 'complete');
    f.tokenInAddress = page.url().includes(host.token);
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    await page.evaluate(async (port) => void (await fetch(`http://127.0.0.1:${port}/x`, { credentials: 'include' }).catch(() => undefined)), (other.address() as AddressInfo).port);
    f.tokenToOtherPort = JSON.stringify(seen).includes(host.token);
  } finally {
    await browser.close();
    other.close();
    backend.closeAll();
    await host.close();
  }
}

/** FIFOs where a workshop or its sidecars should be, opened through the built host over HTTP. */
async function hangProbe(hostScript: string, f: FileSafetyFigures): Promise<void> {
  const folder = tempFolder();
  WorkshopFile.create(join(folder, 'Rør.samkart'), workshopWith()).close();
  WorkshopFile.create(join(folder, 'Journal.samkart'), workshopWith()).close();
  const fifos = [join(folder, 'Rør.samkart-wal'), join(folder, 'Journal.samkart-journal'), join(folder, 'Bare rør.samkart')];
  for (const fifo of fifos) if (spawnSync('mkfifo', [fifo]).status !== 0) f.problems.push(`mkfifo ${fifo} failed`);
  const { spawn } = await import('node:child_process');
  const proc = spawn(process.execPath, [hostScript, '--dir', folder, '--profile', tempFolder()], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const address = await new Promise<RegExpExecArray | null>((resolve) => {
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Samkart: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\w+)/.exec(out);
        if (match) resolve(match);
      });
      proc.on('exit', () => resolve(null));
    });
    if (!address) throw new Error('the built host did not start');
    for (const name of ['Rør.samkart', 'Journal.samkart', 'Bare rør.samkart', 'Rør.samkart']) {
      f.hangProbes += 1;
      const answer = await fetch(`${address[1]}/api/openFromFolder`, {
        method: 'POST',
        headers: { 'X-Samkart-Token': address[2]! },
        body: JSON.stringify({ args: [name] }),
        signal: AbortSignal.timeout(10_000),
      }).then((r) => r.json() as Promise<Envelope<OpenResult>>).catch(() => null);
      if (!answer) f.hostHangs += 1;
      else if (answer.ok && isOpenOk(answer.value)) f.problems.push(`${name} opened beside a FIFO`);
    }
  } finally {
    proc.kill('SIGKILL');
  }
}

export async function fileSafetyProbes(options: { rounds: number; seed: number; hostScript: string }): Promise<FileSafetyFigures> {
  const rng = new Rng(options.seed);
  const f: FileSafetyFigures = {
    sidecarRounds: 0, sidecarsReplayed: 0, walRounds: 0, silentDamagedWal: 0, tabRounds: 0, tabEdits: 0, tabEditsLost: 0,
    tokenToOtherPort: 'no browser', tokenInAddress: 'no browser', hangProbes: 0, hostHangs: 0, problems: [],
  };
  try {
    await sidecarProbe(options.rounds, rng, f);
    await damagedWalProbe(options.rounds * 2, rng, f);
    await twoTabsProbe(Math.max(5, options.rounds / 2), rng, f);
    await tokenProbe(f);
    await hangProbe(options.hostScript, f);
  } catch (error) {
    f.problems.push(`probe failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    cleanupFolders();
  }
  return f;
}

/** One line per figure, as `npm run reliability` prints them. */
export function fileSafetyLines(f: FileSafetyFigures): string[] {
  const yesNo = (v: boolean | string) => (typeof v === 'string' ? v : v ? 'YES' : 'no');
  return [
    `sidecars replayed into a foreign file   ${f.sidecarsReplayed} of ${f.sidecarRounds} new, saved-as or put-back workshops`,
    `damaged -wal opens without a word       ${f.silentDamagedWal} of ${f.walRounds} damaged or cut -wal files`,
    `edits lost across two tabs              ${f.tabEditsLost} of ${f.tabEdits} acknowledged (${f.tabRounds} rounds)`,
    `token sent to another local port        ${yesNo(f.tokenToOtherPort)} (token left in the address: ${yesNo(f.tokenInAddress)})`,
    `host hangs                              ${f.hostHangs} of ${f.hangProbes} opens beside a FIFO`,
  ];
}

export function fileSafetyFailed(f: FileSafetyFigures): boolean {
  return f.sidecarsReplayed + f.silentDamagedWal + f.tabEditsLost + f.hostHangs > 0 || f.tokenToOtherPort === true || f.tokenInAddress === true || f.problems.length > 0;
}

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Envelope, OpenResult } from '../../../shared/api/results.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { EditReplay, nextEdit } from '../editScript.ts';
import { Rng } from '../rng.ts';
import { emptyFigures, type CrashFigures } from './figures.ts';
import { crashTestFile } from './storeRounds.ts';
import { verifyAfterKill } from './verify.ts';

interface RoundOutcome {
  acked: number;
  killed: boolean;
  problem?: string;
}

/** A started host's API, the way the renderer's HTTP transport calls it. */
function apiOf(origin: string, token: string) {
  return async (method: string, args: unknown[]): Promise<Envelope<unknown>> => {
    const res = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'X-Samkart-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    });
    return (await res.json()) as Envelope<unknown>;
  };
}

/**
 * One round against the built browser host: start it on the folder, open the file over HTTP,
 * send random applyChanges calls one after another (an answer is the acknowledgement), and
 * SIGKILL the host at the planned moment.
 */
async function hostRound(hostJs: string, path: string, profile: string, start: WorkshopDoc, roundSeed: number, plan: { afterSpawnMs?: number; afterAcks?: number; delayMs?: number }): Promise<RoundOutcome> {
  const proc = spawn(process.execPath, [hostJs, '--dir', join(path, '..'), '--profile', profile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(proc, 'close');
  let alive = true;
  let killed = false;
  proc.on('exit', () => (alive = false));
  const kill = () => {
    if (alive) killed = proc.kill('SIGKILL');
  };
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timers = [setTimeout(kill, 60_000)];
  if (plan.afterSpawnMs !== undefined) timers.push(setTimeout(kill, plan.afterSpawnMs));
  const finish = async (outcome: Omit<RoundOutcome, 'killed'>): Promise<RoundOutcome> => {
    kill();
    await exited;
    for (const t of timers) clearTimeout(t);
    return { ...outcome, killed };
  };

  const address = await new Promise<RegExpExecArray | null>((resolve) => {
    const lines = createInterface({ input: proc.stdout });
    lines.on('line', (line) => {
      const match = /Samkart: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\w+)/.exec(line);
      if (match) resolve(match);
    });
    lines.on('close', () => resolve(null));
  });
  if (!address) return finish({ acked: 0, ...(alive || killed ? {} : { problem: `host exited: ${stderr.slice(0, 500)}` }) });
  const call = apiOf(address[1]!, address[2]!);
  let acked = 0;
  try {
    const opened = await call('openFromFolder', [basename(path)]);
    const result = opened.ok ? (opened.value as OpenResult) : null;
    if (!result || (result.status !== 'ok' && result.status !== 'migrated')) {
      return finish({ acked, problem: `open over HTTP: ${JSON.stringify(opened).slice(0, 300)}` });
    }
    // Killed a few ms after the Nth answer: while the next edit is in flight, or between two.
    const killLater = () => timers.push(setTimeout(kill, plan.delayMs ?? 0));
    if (plan.afterAcks === 0) killLater();
    const rng = new Rng(roundSeed);
    let doc = start;
    while (alive) {
      const edit = nextEdit(doc, rng);
      const answer = await call('applyChanges', [result.handle, edit.changes]);
      if (!answer.ok) return finish({ acked, problem: `applyChanges refused: ${JSON.stringify(answer.error)}` });
      acked += 1;
      doc = edit.doc;
      if (acked === plan.afterAcks) killLater();
    }
  } catch {
    // The connection died with the host: the request in flight was never acknowledged.
  }
  return finish({ acked });
}

/**
 * The crash harness against the built browser host (out/main/host.js from electron-vite): the
 * whole path a browser's edit takes, HTTP, dispatch, handlers, store. Same checks as the store
 * rounds: after each kill the file opens, passes integrity_check and holds every acknowledged edit.
 */
export async function hostCrashRounds(hostJs: string, { rounds, seed, maxAcks, log = () => {} }: { rounds: number; seed: number; maxAcks: number; log?: (line: string) => void }): Promise<CrashFigures> {
  const figures = emptyFigures();
  const dir = mkdtempSync(join(tmpdir(), 'samkart-crash-host-'));
  const profile = mkdtempSync(join(tmpdir(), 'samkart-crash-profile-'));
  try {
    let { path, doc } = crashTestFile(dir);
    const rng = new Rng(seed);
    for (let round = 1; round <= rounds; round++) {
      const roundSeed = rng.int(1, 2 ** 31 - 1);
      const plan = rng.chance(0.1) ? { afterSpawnMs: rng.int(0, 600) } : { afterAcks: rng.int(0, maxAcks), delayMs: rng.int(0, 5) };
      const outcome = await hostRound(hostJs, path, profile, doc, roundSeed, plan);
      figures.rounds += 1;
      if (outcome.killed) figures.kills += 1;
      if (outcome.problem) figures.problems.push(`host round ${round}: ${outcome.problem}`);
      const verdict = verifyAfterKill(path, outcome.acked, new EditReplay(doc, new Rng(roundSeed)));
      figures.edits += outcome.acked;
      figures.lostEdits += verdict.lost;
      log(`host round ${round}: ${outcome.acked} acknowledged, ${verdict.present} present${verdict.problem ? ` — ${verdict.problem}` : ''}`);
      if (verdict.problem) figures.problems.push(`host round ${round} (seed ${roundSeed}): ${verdict.problem}`);
      if (verdict.doc) doc = verdict.doc;
      else ({ path, doc } = crashTestFile(dir, `Krasjtest ${round}.samkart`));
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

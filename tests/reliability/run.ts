import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fuzzApi, type ApiFuzzFigures } from './api/apiFuzz.ts';
import { buildApp, root } from './build.ts';
import { hostCrashRounds } from './crash/hostRounds.ts';
import { storeCrashRounds } from './crash/storeRounds.ts';
import type { CrashFigures } from './crash/figures.ts';
import { fileFuzzInChildren } from './fuzz/fuzzRunner.ts';
import { runSeed } from './rng.ts';
import { fileSafetyFailed, fileSafetyLines, fileSafetyProbes } from './probes/fileSafety.ts';

/**
 * `npm run reliability`: the full counts of issue 10 (100 crash rounds against the store and 100
 * against the built browser host, 1,000 mutated files, every API method fuzzed through both
 * transports), then the rest of tests/integration/reliability at full strength, and the figures.
 * Exits non-zero if anything was lost, crashed or let through. Repeat a run with SAMKART_SEED.
 */
// The vitest run below reads this (scale.ts) for its full counts; this file sets its own.
process.env.SAMKART_RELIABILITY = '1';
const ROUNDS = 100;
const FUZZ_CASES = 1000;
const API_CASES_PER_METHOD = 200;

const seed = runSeed();
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const progress = (prefix: string) => (line: string) => {
  const round = /round (\d+):/.exec(line)?.[1];
  if (round && Number(round) % 10 === 0) console.log(`  ${prefix} ${line} (${elapsed()})`);
};

console.log(`Samkart reliability run, SAMKART_SEED=${seed}`);
const { host } = buildApp('reliability-build');

console.log('Crash rounds against the store …');
const store = await storeCrashRounds({ rounds: ROUNDS, seed, maxAcks: 400, log: progress('') });
console.log('Crash rounds against the built browser host …');
const web = await hostCrashRounds(host, { rounds: ROUNDS, seed: seed + 1, maxAcks: 150, log: progress('') });
console.log(`Fuzzing ${FUZZ_CASES} damaged files …`);
const files = fileFuzzInChildren(FUZZ_CASES, seed + 2);
console.log('Fuzzing the API through both transports …');
const api: ApiFuzzFigures[] = [await fuzzApi('dispatch', API_CASES_PER_METHOD, seed + 3), await fuzzApi('http', API_CASES_PER_METHOD, seed + 4)];

console.log('Probing what issue 14 found (stray sidecars, damaged -wal, two tabs, the token, FIFOs) …');
const safety = await fileSafetyProbes({ rounds: 20, seed: seed + 5, hostScript: host });

console.log('The other reliability tests at full strength (vitest) …');
const others = ['operations.property', 'oddInput', 'diskFaults', 'fileFaults', 'fileSafety', 'snapshots'].map((name) => join('tests/integration/reliability', `${name}.test.ts`));
const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/vitest.config.ts', ...others], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, SAMKART_SEED: String(seed), NO_COLOR: '1', FORCE_COLOR: '0' },
});
const testLine = /Tests\s+(.*)/.exec(vitest.stdout)?.[1]?.trim() ?? 'no summary';

const row = (name: string, f: CrashFigures) => `${name.padEnd(22)} ${String(f.rounds).padStart(6)} ${String(f.kills).padStart(6)} ${String(f.edits).padStart(8)} ${String(f.lostEdits).padStart(11)}`;
console.log('');
console.log('                       rounds  kills    edits  lost edits');
console.log(row('store (WorkshopFile)', store));
console.log(row('browser host (HTTP)', web));
console.log('');
console.log(`fuzz cases             ${files.cases}`);
console.log(`crashes                ${files.crashes}`);
console.log(`  outcomes             ${Object.entries(files.statuses).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  refused, yet written ${files.modified}`);
for (const a of api) console.log(`API fuzz (${a.transport.padEnd(8)})    ${a.calls} malformed calls, ${a.refused} refused before any handler, ${a.problems.length} let through`);
for (const line of fileSafetyLines(safety)) console.log(line);
console.log(`other reliability tests ${testLine}`);
console.log(`time                   ${elapsed()}`);

// A damaged file is told as damaged, foreign or too new; "could not be opened: <disk error>" would blame the disk.
const unclear = Object.keys(files.statuses).filter((s) => !['ok', 'migrated', 'corrupt', 'notOurFile', 'tooNew'].includes(s)).map((s) => `${files.statuses[s]} fuzz case(s) told as "${s}"`);
const problems = [...store.problems, ...web.problems, ...files.problems, ...unclear, ...api.flatMap((a) => a.problems), ...safety.problems];
for (const problem of problems.slice(0, 40)) console.log(`  ! ${problem}`);
const failed = store.lostEdits + web.lostEdits > 0 || files.crashes > 0 || files.modified > 0 || problems.length > 0 || fileSafetyFailed(safety) || vitest.status !== 0;
if (vitest.status !== 0) console.log(vitest.stdout.slice(-4000));
console.log(failed ? 'RESULT: FAILED' : 'RESULT: nothing lost, nothing let in');
process.exit(failed ? 1 : 0);

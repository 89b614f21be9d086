import { describe, expect, it } from 'vitest';
import { buildApp } from '../../reliability/build.ts';
import { hostCrashRounds } from '../../reliability/crash/hostRounds.ts';
import { storeCrashRounds } from '../../reliability/crash/storeRounds.ts';
import { runSeed } from '../../reliability/rng.ts';
import { scale } from '../../reliability/scale.ts';

// A few rounds here; `npm run reliability` runs 100 of each and prints the figures.
describe('crash safety: SIGKILL at random moments loses no acknowledged edit', () => {
  it(`the store, ${scale.storeCrashRounds} rounds`, async () => {
    const seed = runSeed();
    const figures = await storeCrashRounds({ rounds: scale.storeCrashRounds, seed, maxAcks: scale.storeMaxAcks });
    expect(figures.problems, `SAMKART_SEED=${seed}`).toEqual([]);
    expect(figures.lostEdits).toBe(0);
    expect(figures.kills).toBe(scale.storeCrashRounds);
    expect(figures.edits).toBeGreaterThan(0);
  }, 120_000);

  it(`the built browser host over HTTP, ${scale.hostCrashRounds} rounds`, async () => {
    const { host } = buildApp('reliability-test-build');
    const seed = runSeed();
    const figures = await hostCrashRounds(host, { rounds: scale.hostCrashRounds, seed, maxAcks: scale.hostMaxAcks });
    expect(figures.problems, `SAMKART_SEED=${seed}`).toEqual([]);
    expect(figures.lostEdits).toBe(0);
    expect(figures.kills).toBe(scale.hostCrashRounds);
  }, 120_000);

  it('the harness itself catches a writer that acknowledges before it saves', async () => {
    // Seeded, so the same three rounds every time: a writer that saves every 50th edit and
    // acknowledges at once is killed with acknowledged edits unsaved, and the harness must say so.
    const figures = await storeCrashRounds({ rounds: 3, seed: 4242, maxAcks: 120, writerEnv: { SAMKART_CRASH_LYING_BATCH: '50' } });
    expect(figures.lostEdits).toBeGreaterThan(0);
    expect(figures.problems.join('\n')).toMatch(/acknowledged edits/);
  }, 60_000);
});

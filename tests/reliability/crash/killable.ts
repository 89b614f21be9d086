import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface KillPlan {
  /**
   * Kill `delayMs` after the writer acknowledged its `acks`th edit: an edit takes 1–3 ms, so the
   * kill lands at a random point of the next edits (mid-transaction, mid-fsync, mid-checkpoint).
   * Counting edits rather than time keeps the rounds long on a busy machine.
   */
  afterAcks?: { acks: number; delayMs: number };
  /** Or this long after starting it: possibly while it opens the file and recovers its WAL. */
  afterSpawnMs?: number;
}

export interface KillOutcome {
  /** The highest edit number the writer acknowledged. */
  acked: number;
  /** True when SIGKILL reached a live process (it didn't exit on its own). */
  killed: boolean;
  /** What the writer printed that was not an ack, and its stderr: why it stopped, if it did. */
  output: string;
}

/**
 * Starts a writer process that prints `ready` and then `ack N` per saved edit, and SIGKILLs it
 * at the planned moment. Resolves only after its stdout has been read to the end, so every ack
 * it wrote before dying is counted.
 */
export async function runAndKill(command: string, args: string[], plan: KillPlan, env: Record<string, string> = {}): Promise<KillOutcome> {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let acked = 0;
  let killed = false;
  let output = '';
  const kill = () => {
    if (proc.exitCode === null && proc.signalCode === null) killed = proc.kill('SIGKILL');
  };
  const lines = createInterface({ input: proc.stdout });
  lines.on('line', (line) => {
    if (line.startsWith('ack ')) {
      acked = Math.max(acked, Number(line.slice(4)));
      if (plan.afterAcks && acked === plan.afterAcks.acks) setTimeout(kill, plan.afterAcks.delayMs);
    } else if (line !== 'ready') {
      output += `${line}\n`;
    }
  });
  proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = plan.afterSpawnMs !== undefined ? setTimeout(kill, plan.afterSpawnMs) : undefined;
  // A writer that never gets going must not hang the run.
  const watchdog = setTimeout(kill, 60_000);
  await Promise.all([once(proc, 'close'), once(lines, 'close')]);
  clearTimeout(timer);
  clearTimeout(watchdog);
  return { acked, killed: killed && proc.signalCode === 'SIGKILL', output: output.slice(0, 2000) };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  /** Where the host writes workshops (--dir). */
  folder: string;
  profile: string;
  process: ChildProcess;
}

const root = resolve(import.meta.dirname, '../..');

/** Starts the built browser host (`out/main/host.js`) on a random port with empty folders. */
export async function startBuiltHost(folder?: string, profile?: string): Promise<RunningHost> {
  const dir = folder ?? mkdtempSync(join(tmpdir(), 'samkart-e2e-'));
  const prof = profile ?? mkdtempSync(join(tmpdir(), 'samkart-profile-'));
  const child = spawn(process.execPath, [join(root, process.env['SAMKART_OUT'] ?? 'out', 'main/host.js'), '--dir', dir, '--profile', prof], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Samkart: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, folder: dir, profile: prof, process: child };
}

export async function stopHost(host: RunningHost): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((r) => host.process.once('exit', r));
  host.process.kill('SIGTERM');
  await exited;
}


import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/*
 * The local log a user can attach to an e-mail to IT: what the app did and what failed, never
 * what a workshop says. So nothing free-form goes in: an event name, and fields whose values are
 * numbers, booleans or short code-like tokens (a method name, an error key, an errno code).
 * Anything else, such as a title, a note's text, a file name or an error's message, is replaced
 * by its length. Errors are logged by name, code and stack frames, without their message.
 * Rotated by size: samkart.log, then samkart.1.log … samkart.N.log, the oldest dropped.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogValue = string | number | boolean | null | undefined;

export interface LogOptions {
  /** Rotate when the current file would pass this many bytes. */
  maxBytes?: number;
  /** How many rotated files to keep beside the current one. */
  keep?: number;
  now?: () => Date;
}

export const LOG_FILE_NAME = 'samkart.log';

/** A value is kept only if it looks like code, not like something a person wrote. */
const TOKEN = /^[A-Za-z0-9_.:@+-]{1,80}$/;

export function redact(value: LogValue): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : 'NaN';
  if (typeof value === 'boolean') return String(value);
  return TOKEN.test(value) ? value : `<${[...value].length} chars>`;
}

/** An error as name, code and where it happened: its message may quote a title or a note. */
export function errorFields(error: unknown): Record<string, LogValue> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => /at (?:(\S+) )?\(?(?:.*[/\\])?([^/\\():]+):(\d+):\d+\)?$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .slice(0, 8)
    .map((m) => `${(m[1] ?? 'anonymous').replace(/[<>]/g, '')}@${m[2]}:${m[3]}`);
  const at = Object.fromEntries(frames.map((frame, i) => [`at${i + 1}`, frame]));
  return { error: error.name, code: typeof code === 'string' || typeof code === 'number' ? code : undefined, ...at };
}

export class LogFile {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private size: number;

  constructor(readonly dir: string, options: LogOptions = {}) {
    this.path = join(dir, LOG_FILE_NAME);
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 3;
    this.now = options.now ?? (() => new Date());
    mkdirSync(dir, { recursive: true });
    this.size = existsSync(this.path) ? statSync(this.path).size : 0;
  }

  /** samkart.log and the rotated files that exist, newest first. */
  files(): string[] {
    return [this.path, ...Array.from({ length: this.keep }, (_, i) => this.rotated(i + 1))].filter((f) => existsSync(f));
  }

  info(event: string, fields: Record<string, LogValue> = {}): void {
    this.write('info', event, fields);
  }

  warn(event: string, fields: Record<string, LogValue> = {}): void {
    this.write('warn', event, fields);
  }

  error(event: string, error: unknown, fields: Record<string, LogValue> = {}): void {
    this.write('error', event, { ...fields, ...errorFields(error) });
  }

  write(level: LogLevel, event: string, fields: Record<string, LogValue>): void {
    const parts = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${redact(k)}=${redact(v)}`);
    const line = `${this.now().toISOString()} ${level} ${redact(event)}${parts.length ? ` ${parts.join(' ')}` : ''}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      appendFileSync(this.path, line);
      this.size += bytes;
    } catch {
      // A log that can't be written (a full disk, a read-only profile) must never stop the app.
    }
  }

  private rotated(n: number): string {
    return join(this.dir, LOG_FILE_NAME.replace(/\.log$/, `.${n}.log`));
  }

  private rotate(): void {
    rmSync(this.rotated(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      if (existsSync(this.rotated(n))) renameSync(this.rotated(n), this.rotated(n + 1));
    }
    if (this.keep > 0) renameSync(this.path, this.rotated(1));
    else rmSync(this.path, { force: true });
    this.size = 0;
  }
}

/** The log's folder as a person reads it: the home folder shortened to ~. */
export function displayPath(path: string): string {
  const home = homedir();
  return home && path.startsWith(home) ? `~${path.slice(home.length)}` : path;
}

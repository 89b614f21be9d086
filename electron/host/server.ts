import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { randomToken } from '../../shared/util/random.ts';
import { dispatch } from '../api/dispatch.ts';
import type { Handlers } from '../api/handlers.ts';
import { securityHeaders } from './securityHeaders.ts';
import { readStatic } from './staticFiles.ts';

export interface HostOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Host {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/** Large enough for pasting a whole 50,000-item board in one call, small enough to bound memory. */
const MAX_BODY = 256 * 1024 * 1024;
const COOKIE = 'samkart_token';
/** The browser host is one "window" as far as file ownership goes. */
const WEB_CLIENT = 'web';

/**
 * The loopback browser host: serves the built renderer and the API contract over HTTP on
 * 127.0.0.1 only, behind a random token. The page gets the token in its URL once; the server
 * answers API calls only with the token in a header (which another origin can't send without a
 * CORS preflight we never grant) and only for our own Host and Origin (DNS rebinding).
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomToken(32);
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Wrong origin');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!tokenMatches(req.headers['x-samkart-token'], token)) return send(res, 401, 'application/json', JSON.stringify({ ok: false, error: { key: 'error.forbidden' } }));
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'text/plain', 'Too large');
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { key: 'error.invalidCall', detail: 'body is not JSON' } }));
      }
      const args = typeof parsed === 'object' && parsed !== null && 'args' in parsed ? (parsed as { args: unknown }).args : undefined;
      const envelope = await dispatch(options.handlers, { clientId: WEB_CLIENT }, url.pathname.slice('/api/'.length), args);
      return send(res, 200, 'application/json', JSON.stringify(envelope));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    const queryToken = url.searchParams.get('token');
    const cookieToken = parseCookie(req.headers.cookie)[COOKIE];
    if (!tokenMatches(queryToken ?? cookieToken, token)) return send(res, 401, 'text/plain', 'Samkart: missing or wrong access token. Use the address the host printed.');
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    if (queryToken) res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    send(res, 200, file.type, file.body);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolvePromise(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookie(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k) out[k] = v.join('=');
  }
  return out;
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { randomToken } from '../../shared/util/random.ts';
import { dispatch } from '../api/dispatch.ts';
import type { Handlers } from '../api/handlers.ts';
import { securityHeaders } from './securityHeaders.ts';
import { readStatic } from './staticFiles.ts';
import { WebClients } from './webClients.ts';

export interface HostOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Who the tabs are; shared with the web platform so an open can tell a gone tab from a live one. */
  clients?: WebClients;
}

export interface Host {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/** Large enough for pasting a whole 50,000-item board in one call, small enough to bound memory. */
const MAX_BODY = 256 * 1024 * 1024;
const forbidden = JSON.stringify({ ok: false, error: { key: 'error.forbidden' } });
/** Calls that wait for news and write nothing: they don't keep a departing page's files held. */
const LONG_POLLS = new Set(['/api/awaitPresentation', '/api/awaitParticipantRoom']);

/**
 * The loopback browser host: serves the built renderer and the API contract over HTTP on
 * 127.0.0.1 only, behind a random token. The static files hold no data and are served without
 * any secret (no cookie: a browser sends cookies to every port of a host name, so any program
 * listening on 127.0.0.1 would receive it). The page reads the token from its address once, keeps
 * it in the tab's sessionStorage and sends it as a header with every API call (which another
 * origin can't send without a CORS preflight we never grant); only our own Host and Origin are
 * answered (DNS rebinding). Each page load is its own client (X-Samkart-Client).
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomToken(32);
  const clients = options.clients ?? new WebClients();
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Wrong origin');
    let url: URL;
    let path: string;
    try {
      url = new URL(req.url ?? '/', origin);
      // A malformed escape ("/%", "/%zz") is the caller's mistake, not ours.
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain', 'Bad request');
    }

    if (path.startsWith('/api/') || path.startsWith('/client/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!tokenMatches(req.headers['x-samkart-token'], token)) return send(res, 401, 'application/json', forbidden);
      const clientId = clients.idFor(req.headers['x-samkart-client']);
      if (!clientId) return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { key: 'error.invalidCall', detail: 'bad client id' } }));
      // A long-poll waits for news, never writes: a page that goes away must not wait for it to end
      // (a reload would otherwise find its own workshop still held by the page it replaced).
      const counted = !LONG_POLLS.has(path);
      if (counted) clients.begin(clientId);
      else clients.seen(clientId);
      try {
        if (path === '/client/alive') return send(res, 204, 'text/plain', '');
        if (path === '/client/bye') {
          // Answered after this request ends, so its own count doesn't hold the release back.
          res.once('finish', () => clients.bye(clientId));
          return send(res, 204, 'text/plain', '');
        }
        if (!path.startsWith('/api/')) return send(res, 404, 'text/plain', 'Not found');
        const body = await readBody(req);
        if (body === null) return send(res, 413, 'text/plain', 'Too large');
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { key: 'error.invalidCall', detail: 'body is not JSON' } }));
        }
        const args = typeof parsed === 'object' && parsed !== null && 'args' in parsed ? (parsed as { args: unknown }).args : undefined;
        const envelope = await dispatch(options.handlers, { clientId }, path.slice('/api/'.length), args);
        return send(res, 200, 'application/json', JSON.stringify(envelope));
      } finally {
        if (counted) clients.end(clientId);
      }
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain', 'Not found');
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
    // A tab that went away mid-request (a reload): nothing to answer, and its count must come down.
    req.on('close', () => {
      if (!req.complete) resolvePromise(null);
    });
    req.on('error', reject);
  });
}

function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}


import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isParticipantMethod, maxParticipantBody, participantContract, ParticipantTokenSchema, type ParticipantEnvelope } from '../../shared/participants/contract.ts';
import { readStatic } from '../host/staticFiles.ts';
import { participantSecurityHeaders } from './securityHeaders.ts';
import { RoomError, type ParticipantRoom } from './room.ts';

export interface ParticipantServer {
  url: string;
  close(): Promise<void>;
}

/** The header a participant's page sends its token in (a header, so no other origin can send it without a preflight we never grant). */
export const PARTICIPANT_TOKEN_HEADER = 'x-samkart-participant';

/**
 * The participant listener: a separate HTTP server on the one address the facilitator chose, for
 * as long as the room is open. It serves the participant page (participant.html and its assets)
 * and the participant API (POST /p/<method>), and nothing else: no facilitator API, no files.
 */
export async function startParticipantServer(room: ParticipantRoom, address: string, pageDir: string, port = 0): Promise<ParticipantServer> {
  let host = '';
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.maxRequestsPerSocket = 1000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    room.contacted();
    // DNS rebinding: only requests addressed to this very listener.
    if (req.headers.host !== host) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    if (req.headers.origin && req.headers.origin !== `http://${host}`) return send(res, 403, 'text/plain; charset=utf-8', 'Wrong origin');
    const path = (req.url ?? '/').split('?')[0]!;

    if (path.startsWith('/p/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      return api(req, res, path.slice(3));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    // Only the participant page and built assets: the facilitator's index.html is not served here.
    const file = path === '/' ? await readStatic(pageDir, '/participant.html') : path.startsWith('/assets/') ? await readStatic(pageDir, path) : null;
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    send(res, 200, file.type, file.body);
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const reply = (status: number, envelope: ParticipantEnvelope<unknown>) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
    if (!isParticipantMethod(method)) return reply(404, { ok: false, error: 'notFound' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return reply(415, { ok: false, error: 'invalid' });
    const body = await readBody(req);
    if (body === null) return reply(413, { ok: false, error: 'invalid' });
    let args: unknown;
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      args = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as { args?: unknown }).args : undefined;
    } catch {
      return reply(400, { ok: false, error: 'invalid' });
    }
    const call = participantContract[method].safeParse(args);
    if (!call.success) return reply(400, { ok: false, error: 'invalid' });
    try {
      if (method === 'join') {
        const [input] = call.data as [{ code: string; name: string }];
        return reply(200, { ok: true, value: room.join(req.socket.remoteAddress ?? '?', input) });
      }
      const token = ParticipantTokenSchema.safeParse(req.headers[PARTICIPANT_TOKEN_HEADER]);
      if (!token.success) return reply(401, { ok: false, error: 'notFound' });
      const p = room.participant(token.data);
      const [input] = call.data as [never];
      switch (method) {
        case 'state':
          return reply(200, { ok: true, value: room.stateFor(p) });
        case 'addNote':
          return reply(200, { ok: true, value: room.addNote(p, input) });
        case 'editNote':
          return reply(200, { ok: true, value: room.editNote(p, input) ?? null });
        case 'withdrawNote':
          return reply(200, { ok: true, value: room.withdrawNote(p, input) ?? null });
        case 'placeDot':
          return reply(200, { ok: true, value: room.placeDot(p, input) ?? null });
        case 'removeDot':
          return reply(200, { ok: true, value: room.removeDot(p, input) ?? null });
      }
    } catch (error) {
      if (error instanceof RoomError) return reply(error.key === 'rateLimited' || error.key === 'lockedOut' ? 429 : error.key === 'removed' || error.key === 'notFound' ? 403 : 409, { ok: false, error: error.key });
      throw error;
    }
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    // The one address the facilitator picked; never a wildcard (the caller checked it is one of ours).
    server.listen({ port, host: address, exclusive: true }, () => resolvePromise());
  });
  const bound = server.address() as AddressInfo;
  host = `${bound.address}:${bound.port}`;
  return {
    url: `http://${host}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...participantSecurityHeaders, 'Content-Type': type });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxParticipantBody) {
      resolvePromise(null);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxParticipantBody) {
        resolvePromise(null);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

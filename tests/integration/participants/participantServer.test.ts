import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCall } from '../../../shared/api/contract.ts';
import type { ItemId } from '../../../shared/model/ids.ts';
import { isOpened } from '../../../shared/api/results.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';
import { maxParticipantBody } from '../../../shared/participants/contract.ts';
import type { RoomView } from '../../../shared/participants/room.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import { startHost } from '../../../electron/host/server.ts';
import { roomLimits } from '../../../electron/participants/room.ts';
import { cleanupFolders, tempFolder } from '../../helpers/workshop.ts';

/**
 * The participant server as a phone in the room meets it: real HTTP on 127.0.0.1 (never another
 * interface in tests), the real handler table, a real workshop file.
 */

const ctx = { clientId: 'web' };
const stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  cleanupFolders();
});

async function openRoom(options: { review?: boolean; allowAnonymous?: boolean } = {}) {
  const pageDir = tempFolder();
  writeFileSync(join(pageDir, 'participant.html'), '<!doctype html><title>p</title>');
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>facilitator</title>');
  mkdirSync(join(pageDir, 'assets'));
  writeFileSync(join(pageDir, 'assets', 'p.js'), 'console.log(1)');
  const backend = createHandlers({ ...createWebPlatform(tempFolder(), tempFolder()), participantPageDir: pageDir });
  const opened = await backend.handlers.createWorkshop(ctx, { title: 'Stjørdal', region: 'Værnesregionen', facilitator: 'Kari', gatheringDates: [] });
  if (!isOpened(opened)) throw new Error(opened.status);
  const boardId = boardsInOrder(opened.doc)[0]!.id;
  const settings = {
    handle: opened.handle,
    boardId,
    frameId: 'i_frame' as ItemId,
    review: options.review ?? false,
    allowAnonymous: options.allowAnonymous ?? false,
    allowDots: true,
    prompt: 'Hva er viktig for deg?',
    address: '127.0.0.1',
  };
  const call = validateCall('openParticipantRoom', [settings]);
  if (!call.ok) throw new Error(call.reason);
  const view = await backend.handlers.openParticipantRoom(ctx, settings);
  stops.push(() => backend.closeAll());
  return { backend, view, handle: opened.handle, pageDir };
}

async function post(url: string, method: string, args: unknown, token?: string, init: { body?: string; type?: string } = {}) {
  const response = await fetch(`${url}/p/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': init.type ?? 'application/json', ...(token ? { 'X-Samkart-Participant': token } : {}) },
    body: init.body ?? JSON.stringify({ args }),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: string } | null };
}

const rawCode = (view: RoomView) => view.code.replace('-', '');

async function joinRoom(view: RoomView, name = 'Åse') {
  const res = await post(view.url, 'join', [{ code: view.code.toLowerCase(), name }]);
  expect(res.body?.ok).toBe(true);
  return (res.body!.value as { token: string }).token;
}

describe('the participant room', () => {
  it('listens on the chosen loopback address only, with a six-character code and a QR code of its address', async () => {
    const { view } = await openRoom();
    expect(view.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(view.code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(view.qrSvg).toContain('<svg');
    expect(validateCall('openParticipantRoom', [{ handle: 'w_abcdefgh12', boardId: 'b_x', frameId: 'i_frame', review: false, allowAnonymous: false, allowDots: false, prompt: '', address: '0.0.0.0' }]).ok).toBe(false);
  });

  it('refuses an address that is not one of this machine’s interfaces', async () => {
    const { backend, handle, view } = await openRoom();
    await expect(backend.handlers.openParticipantRoom(ctx, { handle, boardId: view.settings!.boardId, frameId: 'i_frame' as ItemId, review: false, allowAnonymous: false, allowDots: false, prompt: '', address: '10.254.254.254' })).rejects.toMatchObject({ key: 'participants.error.address' });
  });

  it('serves the participant page with a strict CSP, and never the facilitator’s page or API', async () => {
    const { view } = await openRoom();
    const page = await fetch(`${view.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect((await fetch(`${view.url}/index.html`)).status).toBe(404);
    expect((await fetch(`${view.url}/assets/../index.html`)).status).toBe(404);
    expect([404, 405]).toContain((await fetch(`${view.url}/api/listFolder`, { method: 'POST', body: '{"args":[]}' })).status);
    expect((await post(view.url, 'listFolder', [])).status).toBe(404);
    expect((await post(view.url, 'openParticipantRoom', [])).status).toBe(404);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const { view } = await openRoom();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(`${view.url}/`, { headers: { Host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(421);
  });

  it('locks an address out after repeated wrong codes, even for the right code', async () => {
    const { view } = await openRoom();
    const wrong = rawCode(view) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 1; i < roomLimits.wrongCodesPerAddress; i++) expect((await post(view.url, 'join', [{ code: wrong, name: 'x' }])).body?.error).toBe('wrongCode');
    expect((await post(view.url, 'join', [{ code: wrong, name: 'x' }])).body?.error).toBe('lockedOut');
    const right = await post(view.url, 'join', [{ code: view.code, name: 'x' }]);
    expect(right.status).toBe(429);
    expect(right.body?.error).toBe('lockedOut');
  });

  it('needs a name unless the facilitator allows anonymous participants', async () => {
    const strict = await openRoom();
    expect((await post(strict.view.url, 'join', [{ code: strict.view.code, name: '  ' }])).body?.error).toBe('nameNeeded');
  });

  it('refuses a participant token on the facilitator’s API, and calls without a token', async () => {
    const { view, backend, pageDir } = await openRoom();
    const token = await joinRoom(view);
    const host = await startHost({ handlers: backend.handlers, rendererDir: pageDir });
    stops.push(() => host.close());
    const asParticipant = await fetch(`${host.origin}/api/listFolder`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Samkart-Token': token }, body: '{"args":[]}' });
    expect(asParticipant.status).toBe(401);
    expect((await post(view.url, 'state', [])).status).toBe(401);
    expect((await post(view.url, 'state', [], 'A'.repeat(32))).status).toBe(403);
  });

  it('refuses oversize, malformed and ill-typed bodies', async () => {
    const { view } = await openRoom();
    const token = await joinRoom(view);
    expect((await post(view.url, 'addNote', null, token, { body: JSON.stringify({ args: [{ text: 'x'.repeat(maxParticipantBody), colour: 'yellow' }] }) })).status).toBe(413);
    expect((await post(view.url, 'addNote', null, token, { body: '{"args":[{"text":' })).status).toBe(400);
    expect((await post(view.url, 'addNote', [{ text: 'hei', colour: 'red' }], token)).status).toBe(400);
    expect((await post(view.url, 'addNote', [{ text: 'hei', colour: 'yellow', extra: 1 }], token)).status).toBe(400);
    expect((await post(view.url, 'addNote', [{ text: '   ', colour: 'yellow' }], token)).status).toBe(400);
    expect((await post(view.url, 'addNote', [{ text: 'x'.repeat(281), colour: 'yellow' }], token)).status).toBe(400);
    expect((await post(view.url, 'addNote', [{ text: 'hei', colour: 'yellow' }], token, { type: 'text/plain' })).status).toBe(415);
    expect((await post(view.url, 'addNote', null, token, { body: '[1,2]' })).status).toBe(400);
  });

  it('keeps markup in a note as text, byte for byte, on its way to the board', async () => {
    const { view, backend } = await openRoom();
    const token = await joinRoom(view, '<b>Ola</b>');
    const text = '<script>alert("x")</script> <img src=x onerror=alert(1)> Snåase – Snåsa 😀 שלום';
    expect((await post(view.url, 'addNote', [{ text, colour: 'pink' }], token)).body?.ok).toBe(true);
    const room = await backend.handlers.awaitParticipantRoom(ctx, -1);
    expect(room.events).toEqual([expect.objectContaining({ kind: 'note', text, author: '<b>Ola</b>', colour: 'pink' })]);
    const state = (await post(view.url, 'state', [], token)).body!.value as { notes: { text: string }[] };
    expect(state.notes[0]!.text).toBe(text);
  });

  it('stops a flood past the rate limit, and tells the participant why', async () => {
    const { view } = await openRoom();
    const token = await joinRoom(view);
    const results = [];
    for (let i = 0; i <= roomLimits.notesPerMinute; i++) results.push(await post(view.url, 'addNote', [{ text: `lapp ${i}`, colour: 'yellow' }], token));
    expect(results.slice(0, roomLimits.notesPerMinute).every((r) => r.body?.ok)).toBe(true);
    expect(results.at(-1)).toEqual({ status: 429, body: { ok: false, error: 'rateLimited' } });
  });

  it('shuts out a participant removed mid-session, and drops their waiting notes from the inbox', async () => {
    const { view, backend } = await openRoom({ review: true });
    const token = await joinRoom(view, 'Per');
    const other = await joinRoom(view, 'Kari');
    await post(view.url, 'addNote', [{ text: 'venter', colour: 'yellow' }], token);
    await post(view.url, 'addNote', [{ text: 'blir', colour: 'lime' }], other);
    let room = await backend.handlers.awaitParticipantRoom(ctx, -1);
    expect(room.inbox.map((n) => n.text).sort()).toEqual(['blir', 'venter']);
    const per = room.participants.find((p) => p.name === 'Per')!;
    room = await backend.handlers.participantRoomAction(ctx, { kind: 'remove', participantId: per.id });
    expect(room.inbox.map((n) => n.text)).toEqual(['blir']);
    expect(room.participants.map((p) => p.name)).toEqual(['Kari']);
    const after = await post(view.url, 'addNote', [{ text: 'igjen', colour: 'yellow' }], token);
    expect(after.status).toBe(403);
    expect((await post(view.url, 'state', [], other)).body?.ok).toBe(true);
  });

  it('lets a participant edit and withdraw a note only while it waits, and only their own', async () => {
    const { view, backend } = await openRoom({ review: true });
    const a = await joinRoom(view, 'A');
    const b = await joinRoom(view, 'B');
    const id = (await post(view.url, 'addNote', [{ text: 'første', colour: 'yellow' }], a)).body!.value as string;
    expect((await post(view.url, 'editNote', [{ id, text: 'kapret', colour: 'yellow' }], b)).status).toBe(403);
    expect((await post(view.url, 'editNote', [{ id, text: 'andre', colour: 'blue' }], a)).body?.ok).toBe(true);
    await backend.handlers.participantRoomAction(ctx, { kind: 'approve', noteId: id as never });
    expect((await post(view.url, 'withdrawNote', [{ id }], a)).body?.error).toBe('notEditable');
    const room = await backend.handlers.awaitParticipantRoom(ctx, -1);
    expect(room.events).toEqual([expect.objectContaining({ kind: 'note', text: 'andre', colour: 'blue', author: 'A' })]);
  });

  it('takes dots only on the open vote’s items, up to each participant’s allowance', async () => {
    const { view, backend } = await openRoom();
    const token = await joinRoom(view);
    expect((await post(view.url, 'placeDot', [{ itemId: 'i_one' }], token)).body?.error).toBe('notFound');
    await backend.handlers.participantRoomAction(ctx, { kind: 'vote', vote: { question: 'Viktigst?', dotsPerParticipant: 2, candidates: [{ itemId: 'i_one' as never, text: 'Én' }] } });
    expect((await post(view.url, 'placeDot', [{ itemId: 'i_one' }], token)).body?.ok).toBe(true);
    expect((await post(view.url, 'placeDot', [{ itemId: 'i_one' }], token)).body?.ok).toBe(true);
    expect((await post(view.url, 'placeDot', [{ itemId: 'i_one' }], token)).body?.error).toBe('noDotsLeft');
    expect((await post(view.url, 'placeDot', [{ itemId: 'i_two' }], token)).body?.error).toBe('notFound');
  });

  it('refuses every call once the facilitator has paused, and stops listening at once when closed', async () => {
    const { view, backend } = await openRoom();
    const token = await joinRoom(view);
    await backend.handlers.participantRoomAction(ctx, { kind: 'pause', paused: true });
    expect((await post(view.url, 'addNote', [{ text: 'hei', colour: 'yellow' }], token)).body?.error).toBe('paused');
    await backend.handlers.closeParticipantRoom(ctx);
    await expect(fetch(`${view.url}/`)).rejects.toThrow();
    expect((await backend.handlers.awaitParticipantRoom(ctx, -1)).open).toBe(false);
  });
});

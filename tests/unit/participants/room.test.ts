import { describe, expect, it } from 'vitest';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import { formatRoomCode, newRoomCode, normaliseRoomCode, roomCodeAlphabet } from '../../../shared/participants/roomCode.ts';
import { participantContract } from '../../../shared/participants/contract.ts';
import { ListenAddressSchema } from '../../../shared/participants/room.ts';
import { ParticipantRoom, RoomError, roomLimits } from '../../../electron/participants/room.ts';

const settings = { handle: 'w_abcdefghij', boardId: 'b_board' as BoardId, frameId: 'i_frame' as ItemId, review: false, allowAnonymous: true, allowDots: true, prompt: 'Hva er viktig for deg?', address: '127.0.0.1' };

function roomAt(clock: { now: number }) {
  return new ParticipantRoom(settings, () => clock.now);
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof RoomError) return error.key;
    throw error;
  }
  return 'accepted';
};

describe('room codes', () => {
  it('are six characters of an alphabet without look-alikes, shown as two groups, typed any way', () => {
    const codes = new Set(Array.from({ length: 200 }, newRoomCode));
    expect(codes.size).toBeGreaterThan(195);
    for (const code of codes) expect([...code].every((c) => roomCodeAlphabet.includes(c)) && code.length === 6).toBe(true);
    expect(roomCodeAlphabet).not.toMatch(/[01IOL]/);
    expect(formatRoomCode('K7PQ2M')).toBe('K7P-Q2M');
    expect(normaliseRoomCode(' k7p – q2m ')).toBe('K7PQ2M');
  });
});

describe('the room’s rules', () => {
  it('locks one address out after repeated wrong codes, lets others in, and lifts the lockout later', () => {
    const clock = { now: 1_000_000 };
    const room = roomAt(clock);
    for (let i = 0; i < roomLimits.wrongCodesPerAddress; i++) refusal(() => room.join('10.0.0.5', { code: 'WRONG1', name: 'x' }));
    expect(refusal(() => room.join('10.0.0.5', { code: room.code, name: 'x' }))).toBe('lockedOut');
    expect(refusal(() => room.join('10.0.0.6', { code: room.code, name: 'y' }))).toBe('accepted');
    clock.now += roomLimits.lockoutMs + 1;
    expect(refusal(() => room.join('10.0.0.5', { code: room.code, name: 'x' }))).toBe('accepted');
  });

  it('pauses joining for everyone when many addresses guess at once', () => {
    const clock = { now: 1_000_000 };
    const room = roomAt(clock);
    for (let i = 0; i < roomLimits.wrongCodesTotal; i++) refusal(() => room.join(`10.0.${Math.floor(i / 200)}.${i % 200}`, { code: 'WRONG1', name: 'x' }));
    expect(refusal(() => room.join('10.9.9.9', { code: room.code, name: 'x' }))).toBe('lockedOut');
  });

  it('takes at most the cap of participants', () => {
    const room = roomAt({ now: 0 });
    for (let i = 0; i < roomLimits.maxParticipants; i++) room.join(`10.1.${i % 250}.1`, { code: room.code, name: `P${i}` });
    expect(refusal(() => room.join('10.2.0.1', { code: room.code, name: 'one more' }))).toBe('roomFull');
  });

  it('limits every participant’s requests per minute, and their notes per minute', () => {
    const clock = { now: 0 };
    const room = roomAt(clock);
    const { token } = room.join('10.0.0.1', { code: room.code, name: 'Per' });
    const p = room.participant(token);
    for (let i = 0; i < roomLimits.notesPerMinute; i++) room.addNote(p, { text: `n${i}`, colour: 'yellow' });
    expect(refusal(() => room.addNote(p, { text: 'flood', colour: 'yellow' }))).toBe('rateLimited');
    clock.now += 60_001;
    expect(refusal(() => room.addNote(p, { text: 'later', colour: 'yellow' }))).toBe('accepted');
    for (let i = 0; i < roomLimits.requestsPerMinute; i++) room.participant(token);
    expect(refusal(() => room.participant(token))).toBe('rateLimited');
  });

  it('never shows a participant another’s notes', () => {
    const room = roomAt({ now: 0 });
    const a = room.participant(room.join('10.0.0.1', { code: room.code, name: 'A' }).token);
    const b = room.participant(room.join('10.0.0.2', { code: room.code, name: 'B' }).token);
    room.addNote(a, { text: 'A sin', colour: 'yellow' });
    expect(room.stateFor(b).notes).toEqual([]);
    expect(room.stateFor(a).notes.map((n) => n.text)).toEqual(['A sin']);
  });
});

describe('what the schemas refuse', () => {
  it('refuses wildcard and malformed listen addresses', () => {
    for (const bad of ['0.0.0.0', '::', '', 'localhost', '256.1.1.1', '192.168.1']) expect(ListenAddressSchema.safeParse(bad).success).toBe(false);
    expect(ListenAddressSchema.safeParse('192.168.1.23').success).toBe(true);
  });

  it('strips control characters, refuses empty and too long notes, and unknown fields', () => {
    const parse = (args: unknown) => participantContract.addNote.safeParse(args);
    expect(parse([{ text: ' hei\u0000\u0007 ', colour: 'yellow' }]).data?.[0].text).toBe('hei');
    expect(parse([{ text: '\u0000 ', colour: 'yellow' }]).success).toBe(false);
    expect(parse([{ text: 'x'.repeat(281), colour: 'yellow' }]).success).toBe(false);
    expect(parse([{ text: 'hei', colour: 'yellow', author: 'someone else' }]).success).toBe(false);
  });
});

describe('reachability', () => {
  it('tells the facilitator’s windows when the first request reaches the room, and only then', () => {
    const room = roomAt({ now: 0 });
    const before = room.revision;
    room.contacted();
    expect(room.revision).toBe(before + 1);
    room.contacted();
    expect(room.revision).toBe(before + 1);
    expect(room.contacts).toBe(2);
  });
});

import { timingSafeEqual } from 'node:crypto';
import { randomToken } from '../../shared/util/random.ts';
import { formatRoomCode, newRoomCode, normaliseRoomCode } from '../../shared/participants/roomCode.ts';
import type { JoinResult, ParticipantArgs, ParticipantErrorKey, ParticipantStateView } from '../../shared/participants/contract.ts';
import type { NoteColour, RoomAction, RoomEvent, RoomSettings, RoomView, RoomVote } from '../../shared/participants/room.ts';

/** The limits a room enforces; tests shrink the clock, never the rules. */
export const roomLimits = {
  maxParticipants: 200,
  notesPerMinute: 30,
  notesPerParticipant: 100,
  /** Every call counts: the page polls every 2 s (30 a minute), the rest is typing and dots. */
  requestsPerMinute: 240,
  /** Wrong codes from one address before it must wait. */
  wrongCodesPerAddress: 5,
  lockoutMs: 5 * 60_000,
  /** Wrong codes from everyone together within the window before joining pauses for everyone. */
  wrongCodesTotal: 50,
  wrongCodesWindowMs: 10 * 60_000,
  /** Events kept for the facilitator's window before the oldest are dropped (a window gone for good). */
  maxPendingEvents: 20_000,
} as const;

export class RoomError extends Error {
  constructor(readonly key: ParticipantErrorKey) {
    super(key);
  }
}

interface Participant {
  id: string;
  token: string;
  name: string;
  anonymous: boolean;
  joinedAt: string;
  removed: boolean;
  noteTimes: number[];
  requestTimes: number[];
  dots: string[];
  voterId: string;
  notes: number;
}

interface Note {
  id: string;
  itemId: string;
  participantId: string;
  author: string;
  text: string;
  colour: NoteColour;
  status: 'pending' | 'placed' | 'rejected' | 'withdrawn';
}

type Clock = () => number;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Keeps only the times inside the last `windowMs`, and says how many there are. */
function recent(times: number[], now: number, windowMs: number): number {
  while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
  return times.length;
}

/**
 * One open participant room: who has joined, their notes and dots, the facilitator's inbox, and
 * the events the facilitator's window has still to put on the board. Pure state and rules; the
 * HTTP listener (server.ts) only parses, validates and calls in. Everything is in memory: what
 * matters outlives the room because the facilitator's window writes it into the workshop file.
 */
export class ParticipantRoom {
  readonly code = newRoomCode();
  paused = false;
  contacts = 0;
  readonly openedAt: string;
  private readonly byToken = new Map<string, Participant>();
  private readonly byId = new Map<string, Participant>();
  private readonly notes = new Map<string, Note>();
  private events: RoomEvent[] = [];
  private seq = 0;
  private vote: RoomVote | null = null;
  private prompt: string;
  private boardName = '';
  private readonly wrongByAddress = new Map<string, { times: number[]; lockedUntil: number }>();
  private readonly wrongTotal: number[] = [];
  private joinsLockedUntil = 0;
  /** Bumped on every change the facilitator's windows should see. */
  revision = 1;
  onChange: () => void = () => {};

  constructor(
    readonly settings: RoomSettings,
    private readonly now: Clock = Date.now,
  ) {
    this.prompt = settings.prompt;
    this.openedAt = new Date(now()).toISOString();
  }

  /** A request reached the listener; the first one tells the facilitator the network lets phones through. */
  contacted(): void {
    this.contacts += 1;
    if (this.contacts === 1) this.changed();
  }

  private changed(): void {
    this.revision += 1;
    this.onChange();
  }

  /**
   * Compares in constant time: both sides are written into equal fixed-size buffers, so the time
   * does not depend on how many leading characters were right. The lockout makes guessing pointless anyway.
   */
  private codeMatches(typed: string): boolean {
    const given = normaliseRoomCode(typed);
    const a = Buffer.alloc(32);
    const b = Buffer.alloc(32);
    a.write(given);
    b.write(this.code);
    return timingSafeEqual(a, b) && given.length === this.code.length;
  }

  join(address: string, { code, name }: ParticipantArgs<'join'>[0]): JoinResult {
    const now = this.now();
    const wrong = this.wrongByAddress.get(address) ?? { times: [], lockedUntil: 0 };
    if (wrong.lockedUntil > now || this.joinsLockedUntil > now) throw new RoomError('lockedOut');
    if (!this.codeMatches(code)) {
      wrong.times.push(now);
      if (recent(wrong.times, now, roomLimits.lockoutMs) >= roomLimits.wrongCodesPerAddress) wrong.lockedUntil = now + roomLimits.lockoutMs;
      this.wrongByAddress.set(address, wrong);
      this.wrongTotal.push(now);
      if (recent(this.wrongTotal, now, roomLimits.wrongCodesWindowMs) >= roomLimits.wrongCodesTotal) this.joinsLockedUntil = now + 60_000;
      throw new RoomError(wrong.lockedUntil > now ? 'lockedOut' : 'wrongCode');
    }
    if (!name && !this.settings.allowAnonymous) throw new RoomError('nameNeeded');
    const active = [...this.byId.values()].filter((p) => !p.removed).length;
    if (active >= roomLimits.maxParticipants) throw new RoomError('roomFull');
    const id = `pp_${randomToken(16)}`;
    const participant: Participant = {
      id,
      token: randomToken(32),
      name,
      anonymous: !name,
      joinedAt: new Date(now).toISOString(),
      removed: false,
      noteTimes: [],
      requestTimes: [],
      dots: [],
      voterId: `voter_${id}`,
      notes: 0,
    };
    this.byToken.set(participant.token, participant);
    this.byId.set(id, participant);
    this.changed();
    return { token: participant.token, name };
  }

  /** The participant behind a token, counted against the request rate; throws for unknown, removed, or flooding. */
  participant(token: string): Participant {
    const p = this.byToken.get(token);
    if (!p) throw new RoomError('notFound');
    if (p.removed) throw new RoomError('removed');
    const now = this.now();
    if (recent(p.requestTimes, now, 60_000) >= roomLimits.requestsPerMinute) throw new RoomError('rateLimited');
    p.requestTimes.push(now);
    return p;
  }

  private authorOf(p: Participant): string {
    return p.name;
  }

  stateFor(p: Participant): ParticipantStateView {
    return {
      open: true,
      paused: this.paused,
      boardName: this.boardName,
      prompt: this.prompt,
      review: this.settings.review,
      me: { name: p.name, anonymous: p.anonymous },
      notes: [...this.notes.values()]
        .filter((n) => n.participantId === p.id && n.status !== 'withdrawn')
        .map((n) => ({ id: n.id, text: n.text, colour: n.colour, status: n.status === 'withdrawn' ? 'rejected' : n.status })),
      vote:
        this.settings.allowDots && this.vote
          ? { question: this.vote.question, dotsPerParticipant: this.vote.dotsPerParticipant, candidates: this.vote.candidates, myDots: [...p.dots] }
          : null,
    };
  }

  private notPaused(): void {
    if (this.paused) throw new RoomError('paused');
  }

  private push(event: DistributiveOmit<RoomEvent, 'seq'>): void {
    this.seq += 1;
    this.events.push({ ...event, seq: this.seq } as RoomEvent);
    if (this.events.length > roomLimits.maxPendingEvents) this.events.splice(0, this.events.length - roomLimits.maxPendingEvents);
  }

  addNote(p: Participant, { text, colour }: ParticipantArgs<'addNote'>[0]): string {
    this.notPaused();
    const now = this.now();
    if (recent(p.noteTimes, now, 60_000) >= roomLimits.notesPerMinute) throw new RoomError('rateLimited');
    if (p.notes >= roomLimits.notesPerParticipant) throw new RoomError('tooManyNotes');
    p.noteTimes.push(now);
    p.notes += 1;
    const note: Note = {
      id: `n_${randomToken(20)}`,
      itemId: `i_${randomToken(20)}`,
      participantId: p.id,
      author: this.authorOf(p),
      text,
      colour,
      status: this.settings.review ? 'pending' : 'placed',
    };
    this.notes.set(note.id, note);
    if (note.status === 'placed') this.push({ kind: 'note', itemId: note.itemId, author: note.author, text, colour });
    this.changed();
    return note.id;
  }

  private ownPending(p: Participant, id: string): Note {
    const note = this.notes.get(id);
    if (!note || note.participantId !== p.id || note.status === 'withdrawn') throw new RoomError('notFound');
    if (note.status !== 'pending') throw new RoomError('notEditable');
    return note;
  }

  editNote(p: Participant, { id, text, colour }: ParticipantArgs<'editNote'>[0]): void {
    this.notPaused();
    const note = this.ownPending(p, id);
    note.text = text;
    note.colour = colour;
    this.changed();
  }

  withdrawNote(p: Participant, { id }: ParticipantArgs<'withdrawNote'>[0]): void {
    const note = this.ownPending(p, id);
    note.status = 'withdrawn';
    this.changed();
  }

  placeDot(p: Participant, { itemId }: ParticipantArgs<'placeDot'>[0]): void {
    this.notPaused();
    const vote = this.settings.allowDots ? this.vote : null;
    if (!vote || !vote.candidates.some((c) => c.itemId === itemId)) throw new RoomError('notFound');
    if (p.dots.length >= vote.dotsPerParticipant) throw new RoomError('noDotsLeft');
    p.dots.push(itemId);
    this.push({ kind: 'dot', voterId: p.voterId, voterName: p.name, itemId });
    this.changed();
  }

  removeDot(p: Participant, { itemId }: ParticipantArgs<'removeDot'>[0]): void {
    this.notPaused();
    const index = p.dots.lastIndexOf(itemId);
    if (index < 0) throw new RoomError('notFound');
    p.dots.splice(index, 1);
    this.push({ kind: 'undot', voterId: p.voterId, itemId });
    this.changed();
  }

  /** The facilitator's actions; false when the target does not exist (any more). */
  act(action: RoomAction): boolean {
    switch (action.kind) {
      case 'approve':
      case 'reject': {
        const note = this.notes.get(action.noteId);
        if (!note || note.status !== 'pending') return false;
        note.status = action.kind === 'approve' ? 'placed' : 'rejected';
        if (note.status === 'placed') this.push({ kind: 'note', itemId: note.itemId, author: note.author, text: note.text, colour: note.colour });
        break;
      }
      case 'approveAll': {
        const waiting = [...this.notes.values()].filter((n) => n.status === 'pending');
        if (waiting.length === 0) return false;
        for (const note of waiting) {
          note.status = 'placed';
          this.push({ kind: 'note', itemId: note.itemId, author: note.author, text: note.text, colour: note.colour });
        }
        break;
      }
      case 'pause':
        this.paused = action.paused;
        break;
      case 'remove': {
        const p = this.byId.get(action.participantId);
        if (!p || p.removed) return false;
        p.removed = true;
        this.byToken.delete(p.token);
        // Their waiting notes leave the inbox; what is on the board stays (the facilitator can delete it, with undo).
        for (const note of this.notes.values()) if (note.participantId === p.id && note.status === 'pending') note.status = 'withdrawn';
        break;
      }
      case 'applied':
        if (!this.events.some((e) => e.seq <= action.upTo)) return true;
        this.events = this.events.filter((e) => e.seq > action.upTo);
        break;
      case 'vote':
        this.vote = action.vote;
        // Dots on items that left the vote no longer count against a participant's allowance.
        for (const p of this.byId.values()) p.dots = action.vote ? p.dots.filter((d) => action.vote!.candidates.some((c) => c.itemId === d)) : [];
        break;
      case 'prompt':
        this.prompt = action.prompt;
        this.boardName = action.boardName;
        break;
      default:
        return assertNever(action);
    }
    this.changed();
    return true;
  }

  view(url: string, qrSvg: string): RoomView {
    const settings = this.settings;
    return {
      revision: this.revision,
      open: true,
      url,
      code: formatRoomCode(this.code),
      qrSvg,
      paused: this.paused,
      settings: { ...settings, prompt: this.prompt },
      participants: [...this.byId.values()]
        .filter((p) => !p.removed)
        .map((p) => ({ id: p.id, name: p.name, joinedAt: p.joinedAt, notes: p.notes, dots: p.dots.length })),
      inbox: [...this.notes.values()]
        .filter((n) => n.status === 'pending')
        .map((n) => ({ id: n.id, author: n.author, text: n.text, colour: n.colour })),
      events: [...this.events],
      contacts: this.contacts,
      openedAt: this.openedAt,
    };
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}

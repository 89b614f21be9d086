import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { ApiError } from '../../shared/api/results.ts';
import { closedRoomView, type ListenAddress, type RoomAction, type RoomSettings, type RoomView } from '../../shared/participants/room.ts';
import type { OpenWorkshops } from '../api/openWorkshops.ts';
import type { CallContext } from '../api/platform.ts';
import { formatRoomCode } from '../../shared/participants/roomCode.ts';
import { ParticipantRoom } from './room.ts';
import { startParticipantServer, type ParticipantServer } from './server.ts';

/** A long-poll is answered after this long even if nothing changed (as the presentation sync does). */
const AWAIT_TIMEOUT_MS = 25_000;

interface Waiter {
  since: number;
  resolve(view: RoomView): void;
  timer: ReturnType<typeof setTimeout>;
}

/** This machine's IPv4 interfaces, loopback last: the facilitator picks one; nothing else can be listened on. */
export function listenAddresses(): ListenAddress[] {
  const out: ListenAddress[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4') out.push({ address: entry.address, name, loopback: entry.internal });
    }
  }
  return out.sort((a, b) => Number(a.loopback) - Number(b.loopback));
}

/**
 * The one participant room of this process (one facilitator, one projector): opens and closes the
 * participant listener, and gives the facilitator's windows the room's state by long-poll.
 */
export class RoomController {
  private room: ParticipantRoom | null = null;
  private server: ParticipantServer | null = null;
  private owner: { clientId: string; handle: string } | null = null;
  private qrSvg = '';
  private revision = 1;
  private readonly waiters = new Set<Waiter>();
  private closing: Promise<void> = Promise.resolve();

  constructor(
    private readonly pageDir: string | undefined,
    private readonly addresses: () => ListenAddress[] = listenAddresses,
    private readonly timeoutMs = AWAIT_TIMEOUT_MS,
  ) {}

  async open(ctx: CallContext, open: OpenWorkshops, settings: RoomSettings): Promise<RoomView> {
    // The workshop must be this window's own: a room can't pour notes into another window's file.
    open.get(ctx.clientId, settings.handle);
    if (!this.pageDir) throw new ApiError('participants.error.unavailable');
    if (!this.addresses().some((a) => a.address === settings.address)) throw new ApiError('participants.error.address', settings.address);
    await this.close();
    const room = new ParticipantRoom(settings);
    let server: ParticipantServer;
    try {
      server = await startParticipantServer(room, settings.address, this.pageDir);
    } catch (error) {
      throw new ApiError('participants.error.listen', error instanceof Error ? error.message : String(error));
    }
    // The code rides in the fragment (never sent to any server): a scan joins without typing it.
    this.qrSvg = await QRCode.toString(`${server.url}/#${formatRoomCode(room.code)}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    this.room = room;
    this.server = server;
    this.owner = { clientId: ctx.clientId, handle: settings.handle };
    room.onChange = () => this.bump();
    this.bump();
    return this.view();
  }

  async close(): Promise<void> {
    const server = this.server;
    this.room = null;
    this.server = null;
    this.owner = null;
    this.qrSvg = '';
    if (server) {
      // Stop listening first, then tell the windows: closing is at once, not after a long-poll.
      this.closing = server.close().then(() => this.bump());
      await this.closing;
    }
  }

  /** Settles when the last close has stopped the listener (a close started by a workshop closing). */
  closed(): Promise<void> {
    return this.closing;
  }

  addressList(): ListenAddress[] {
    return this.addresses();
  }

  view(): RoomView {
    if (!this.room || !this.server) return closedRoomView(this.revision);
    return { ...this.room.view(this.server.url, this.qrSvg), revision: this.revision };
  }

  act(ctx: CallContext, action: RoomAction): RoomView {
    if (!this.room) throw new ApiError('participants.error.closed');
    // Applying events is the owning window's: another window can't swallow notes it did not place.
    if (action.kind === 'applied' && this.owner?.clientId !== ctx.clientId) throw new ApiError('error.forbidden', 'not the room owner');
    this.room.act(action);
    return this.view();
  }

  await(since: number): Promise<RoomView> {
    if (this.revision > since) return Promise.resolve(this.view());
    return new Promise((resolve) => {
      const waiter: Waiter = { since, resolve, timer: setTimeout(() => this.settle(waiter), this.timeoutMs) };
      waiter.timer.unref?.();
      this.waiters.add(waiter);
    });
  }

  /** The workshop behind the room closed (or its window did): the room closes with it. */
  async releaseClient(clientId: string, handle?: string): Promise<void> {
    if (this.owner?.clientId === clientId && (handle === undefined || this.owner.handle === handle)) await this.close();
  }

  private bump(): void {
    this.revision += 1;
    for (const waiter of [...this.waiters]) if (this.revision > waiter.since) this.settle(waiter);
  }

  private settle(waiter: Waiter): void {
    if (!this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    waiter.resolve(this.view());
  }
}

/** The facilitator API's participant methods, spread into the one handler table. */
export function participantHandlers(controller: RoomController, open: OpenWorkshops) {
  // The workshop behind the room closed (by its window, a window gone, a tab taken over): the room closes with it.
  open.subscribe({ closing: (session) => void controller.releaseClient(session.clientId, session.handle) });
  return {
    async listParticipantAddresses(): Promise<ListenAddress[]> {
      return controller.addressList();
    },
    async openParticipantRoom(ctx: CallContext, settings: RoomSettings): Promise<RoomView> {
      return controller.open(ctx, open, settings);
    },
    async closeParticipantRoom(): Promise<void> {
      await controller.close();
    },
    async awaitParticipantRoom(_ctx: CallContext, since: number): Promise<RoomView> {
      return controller.await(since);
    },
    async participantRoomAction(ctx: CallContext, action: RoomAction): Promise<RoomView> {
      return controller.act(ctx, action);
    },
  };
}

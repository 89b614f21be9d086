/** A tab unheard of for this long, with nothing in flight, is gone (its heartbeat comes every 15 s; a hidden tab's timers may run once a minute). */
export const CLIENT_GONE_MS = 150_000;

const CLIENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const PREFIX = 'web:';
/** Callers without an id (scripts and tests holding the token): one client between them, as before tabs had ids. */
export const SCRIPT_CLIENT = 'web';

interface Presence {
  lastSeen: number;
  inFlight: number;
  leaving: boolean;
}

/**
 * The browser host's clients: each page load of the app is one (its own random id, sent with every
 * call), so two tabs are two windows as far as file ownership goes. A tab says goodbye when its
 * page goes away (a reload, a closed tab) and its files are released once its last call is done;
 * a tab that vanished without a word (a crash) counts as gone after CLIENT_GONE_MS of silence.
 * Callers without an id (scripts with the token; the app's pages always send one) share one client.
 */
export class WebClients {
  private readonly clients = new Map<string, Presence>();
  /** Releases every file a client holds (handlers' releaseClient). */
  onRelease: (clientId: string) => void = () => {};

  constructor(private readonly now: () => number = Date.now) {}

  /** The client id for a request's header: undefined when the header is malformed. */
  idFor(header: unknown): string | undefined {
    if (header === undefined) return SCRIPT_CLIENT;
    return typeof header === 'string' && CLIENT_ID.test(header) ? `${PREFIX}${header}` : undefined;
  }

  begin(clientId: string): void {
    const presence = this.clients.get(clientId) ?? { lastSeen: 0, inFlight: 0, leaving: false };
    presence.lastSeen = this.now();
    presence.inFlight += 1;
    this.clients.set(clientId, presence);
  }

  /** Heard from, with nothing to wait for (a long-poll). */
  seen(clientId: string): void {
    const presence = this.clients.get(clientId) ?? { lastSeen: 0, inFlight: 0, leaving: false };
    presence.lastSeen = this.now();
    this.clients.set(clientId, presence);
  }

  end(clientId: string): void {
    const presence = this.clients.get(clientId);
    if (!presence) return;
    presence.inFlight -= 1;
    presence.lastSeen = this.now();
    if (presence.inFlight === 0 && presence.leaving) this.release(clientId);
  }

  /** The page went away: its files are released when its last call has been answered. */
  bye(clientId: string): void {
    const presence = this.clients.get(clientId);
    if (!presence) return this.onRelease(clientId);
    presence.leaving = true;
    if (presence.inFlight === 0) this.release(clientId);
  }

  isGone(clientId: string): boolean {
    const presence = this.clients.get(clientId);
    if (!presence) return clientId.startsWith(PREFIX);
    if (clientId === SCRIPT_CLIENT) return false;
    return presence.inFlight === 0 && (presence.leaving || this.now() - presence.lastSeen > CLIENT_GONE_MS);
  }

  private release(clientId: string): void {
    this.clients.delete(clientId);
    this.onRelease(clientId);
  }
}

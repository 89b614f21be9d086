/** A tab unheard of for this long, with nothing in flight, is gone (its heartbeat comes every 15 s; a hidden tab's timers may run once a minute). */
export const CLIENT_GONE_MS = 150_000;

const CLIENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const PREFIX = 'web:';
/** Callers without an id (scripts and tests holding the token): one client between them, as before tabs had ids. */
export const SCRIPT_CLIENT = 'web';

/**
 * How long a tab that said goodbye keeps its workshops for its own return: a reload is the same tab
 * (it keeps its client id, renderer/src/api/tabClientId.ts) and says it is back as soon as its
 * script runs (a second or two; more on a loaded laptop), to the same file and to the participant
 * room it had open. Meanwhile the tab counts as gone, so another tab opening the file takes it at
 * once; a tab closed for good has its files closed (checkpointed) when the grace ends.
 */
export const RELOAD_GRACE_MS = 20_000;

interface Presence {
  lastSeen: number;
  inFlight: number;
  leaving: boolean;
  release?: ReturnType<typeof setTimeout>;
}

/**
 * The browser host's clients: each tab of the app is one (its own random id, sent with every call,
 * kept across a reload of the tab), so two tabs are two windows as far as file ownership goes. A tab
 * says goodbye when its page goes away (a reload, a closed tab) and its files are released once its
 * last call is done and it has not come back within RELOAD_GRACE_MS;
 * a tab that vanished without a word (a crash) counts as gone after CLIENT_GONE_MS of silence.
 * Callers without an id (scripts with the token; the app's pages always send one) share one client.
 */
export class WebClients {
  private readonly clients = new Map<string, Presence>();
  /** Releases every file a client holds (handlers' releaseClient). */
  onRelease: (clientId: string) => void = () => {};

  constructor(
    private readonly now: () => number = Date.now,
    private readonly graceMs = RELOAD_GRACE_MS,
  ) {}

  /** The client id for a request's header: undefined when the header is malformed. */
  idFor(header: unknown): string | undefined {
    if (header === undefined) return SCRIPT_CLIENT;
    return typeof header === 'string' && CLIENT_ID.test(header) ? `${PREFIX}${header}` : undefined;
  }

  begin(clientId: string): void {
    const presence = this.heardFrom(clientId);
    presence.inFlight += 1;
  }

  /** Heard from, with nothing to wait for (a long-poll). */
  seen(clientId: string): void {
    this.heardFrom(clientId);
  }

  /** A tab that said goodbye and calls again is back (its page reloaded): it keeps what it had. */
  private heardFrom(clientId: string): Presence {
    const presence = this.clients.get(clientId) ?? { lastSeen: 0, inFlight: 0, leaving: false };
    presence.lastSeen = this.now();
    if (presence.leaving) {
      presence.leaving = false;
      clearTimeout(presence.release);
      delete presence.release;
    }
    this.clients.set(clientId, presence);
    return presence;
  }

  end(clientId: string): void {
    const presence = this.clients.get(clientId);
    if (!presence) return;
    presence.inFlight -= 1;
    presence.lastSeen = this.now();
    if (presence.inFlight === 0 && presence.leaving) this.releaseLater(clientId, presence);
  }

  /**
   * The page went away: its files are released once its last call has been answered and it has not
   * come back within the grace (a reload comes back; a closed tab does not).
   */
  bye(clientId: string): void {
    const presence = this.clients.get(clientId);
    if (!presence) return this.onRelease(clientId);
    presence.leaving = true;
    if (presence.inFlight === 0) this.releaseLater(clientId, presence);
  }

  private releaseLater(clientId: string, presence: Presence): void {
    clearTimeout(presence.release);
    presence.release = setTimeout(() => {
      if (this.clients.get(clientId) === presence && presence.leaving && presence.inFlight === 0) this.release(clientId);
    }, this.graceMs);
    presence.release.unref?.();
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

import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError, type WorkshopHandle } from '../../shared/api/results.ts';
import { randomToken } from '../../shared/util/random.ts';
import { Lifecycle, type Subscriber } from '../store/lifecycle.ts';
import type { WorkshopFile } from '../store/workshopFile.ts';

export interface OpenSession {
  handle: WorkshopHandle;
  clientId: string;
  file: WorkshopFile;
  /** A read-only view of a file another client has open: it holds nothing, so it never blocks an open. */
  viewer?: boolean;
}

/**
 * The moments of the open-workshop table that other parts act on: automatic snapshots and the file
 * guard start on `opened`, the participant room closes with its workshop on `closing`.
 */
export interface OpenWorkshopEvents {
  /**
   * A file entered a session: opened, created or viewed, or the new file a session moved to after
   * "Lagre som". Subscribers reach the file's own edits through `session.file.subscribe`.
   */
  opened: [session: OpenSession];
  /** A session is about to close its file (closed by its window, a window gone, the app quitting). */
  closing: [session: OpenSession];
}

/** The workshops open in this process, by handle and by file, each owned by one client. */
export class OpenWorkshops {
  private readonly byHandle = new Map<WorkshopHandle, OpenSession>();
  private readonly events = new Lifecycle<OpenWorkshopEvents>();

  /** Subscribes to files opening and closing in this table; returns the way to unsubscribe. */
  subscribe(subscriber: Subscriber<OpenWorkshopEvents>): () => void {
    return this.events.subscribe(subscriber);
  }

  add(clientId: string, file: WorkshopFile, options: { viewer?: boolean } = {}): OpenSession {
    const session: OpenSession = { handle: `w_${randomToken(20)}`, clientId, file, ...(options.viewer ? { viewer: true } : {}) };
    this.byHandle.set(session.handle, session);
    this.events.tell('opened', session);
    return session;
  }

  /** The session goes on in another file (after "Lagre som"); the old one is closed. */
  moveTo(session: OpenSession, file: WorkshopFile): void {
    const old = session.file;
    session.file = file;
    old.close();
    this.events.tell('opened', session);
  }

  /** The caller's session for a handle; another client's handle is refused as if unknown. */
  get(clientId: string, handle: WorkshopHandle): OpenSession {
    const session = this.byHandle.get(handle);
    if (!session || session.clientId !== clientId) throw new ApiError('error.notFound', 'no such open workshop');
    return session;
  }

  findByPath(path: string): OpenSession | undefined {
    const key = canonical(path);
    for (const s of this.byHandle.values()) if (!s.viewer && canonical(s.file.path) === key) return s;
    return undefined;
  }

  ofClient(clientId: string): OpenSession[] {
    return [...this.byHandle.values()].filter((s) => s.clientId === clientId);
  }

  close(session: OpenSession): void {
    this.events.tell('closing', session);
    session.file.close();
    this.byHandle.delete(session.handle);
  }

  closeAll(): void {
    for (const s of [...this.byHandle.values()]) this.close(s);
  }
}

/** The same file reached by two spellings (symlinks, ./, case on some systems) is one file. */
function canonical(path: string): string {
  const absolute = resolve(path);
  return existsSync(absolute) ? realpathSync(absolute) : absolute;
}

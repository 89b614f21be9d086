import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError, type WorkshopHandle } from '../../shared/api/results.ts';
import { randomToken } from '../../shared/util/random.ts';
import type { WorkshopFile } from '../store/workshopFile.ts';

export interface OpenSession {
  handle: WorkshopHandle;
  clientId: string;
  file: WorkshopFile;
  /** A read-only view of a file another client has open: it holds nothing, so it never blocks an open. */
  viewer?: boolean;
}

/** The workshops open in this process, by handle and by file, each owned by one client. */
export class OpenWorkshops {
  private readonly byHandle = new Map<WorkshopHandle, OpenSession>();

  add(clientId: string, file: WorkshopFile): OpenSession {
    const session = { handle: `w_${randomToken(20)}`, clientId, file };
    this.byHandle.set(session.handle, session);
    return session;
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

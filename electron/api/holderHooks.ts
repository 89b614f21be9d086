import { removeHolder, thisHolder, writeHolder } from '../store/holder.ts';
import type { OpenSession, OpenWorkshops } from './openWorkshops.ts';

/**
 * Writes "who has this file" beside every file this process opens for writing and removes it when
 * the file closes, so a second person who is refused the file hears who has it and since when.
 * A read-only view holds nothing and writes nothing. After "Lagre som" the session goes on in a
 * new file: the old file's holder goes with it.
 */
export function trackHolders(open: OpenWorkshops, version: string): void {
  const held = new Map<OpenSession, string>();
  const release = (session: OpenSession) => {
    const path = held.get(session);
    if (path === undefined) return;
    held.delete(session);
    removeHolder(path);
  };
  open.subscribe({
    opened(session) {
      if (held.get(session) !== session.file.path) release(session);
      if (session.viewer || session.file.readOnly) return;
      writeHolder(session.file.path, thisHolder(version));
      held.set(session, session.file.path);
    },
    closing: release,
  });
}

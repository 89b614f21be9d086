/**
 * Files the operating system asked us to open (the command line, macOS "open-file", a second
 * instance), each waiting for the window it was given to. The window's renderer takes its file
 * when it is ready; a newer request for the same window replaces an older one.
 */
export class PendingOpens {
  private readonly byClient = new Map<string, string>();
  /** Requests that came before any window existed (macOS sends "open-file" before "ready"). */
  private early: string | null = null;

  offer(clientId: string, path: string): void {
    this.byClient.set(clientId, path);
  }

  offerEarly(path: string): void {
    this.early = path;
  }

  /** The request that arrived before the first window, handed to that window once. */
  takeEarly(): string | null {
    const path = this.early;
    this.early = null;
    return path;
  }

  take(clientId: string): string | null {
    const path = this.byClient.get(clientId) ?? null;
    this.byClient.delete(clientId);
    return path;
  }

  /** A window closed: its unclaimed request goes with it. */
  forget(clientId: string): void {
    this.byClient.delete(clientId);
  }
}

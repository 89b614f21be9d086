import type { SamkartApi } from '../../../shared/api/contract.ts';
import type { RowChange } from '../../../shared/model/changes.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { ClientApiError } from '../api/apiError.ts';

/**
 * `readOnly`: the file was opened from a place that can't be written (a read-only share, a file
 * without write permission); nothing has failed yet, but no edit will be saved until "Lagre som".
 */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'readOnly' } | { state: 'failed'; key: MessageKey; detail?: string };

/**
 * Sends each edit's row changes to the store, in order, one call per user action. A failed write
 * (disk full, read-only file) stops the queue without dropping anything: the work stays in memory
 * and is retried with the next edit or on request, and "Lagre som" can put it elsewhere.
 */
export class PersistQueue {
  private pending: RowChange[][] = [];
  private running = false;
  private status: SaveStatus;

  constructor(
    private readonly api: SamkartApi,
    private readonly handle: string,
    private readonly onStatus: (status: SaveStatus) => void,
    /** The open result said the file is read-only: start by saying so. */
    readOnly = false,
  ) {
    this.status = readOnly ? { state: 'readOnly' } : { state: 'saved' };
  }

  push(changes: RowChange[]): void {
    if (changes.length === 0) return;
    this.pending.push(changes);
    void this.flush();
  }

  /** Resolves when everything queued so far is on disk (or the queue has stopped on an error). */
  async idle(): Promise<void> {
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  get hasUnsaved(): boolean {
    return this.pending.length > 0;
  }

  /** "Prøv igjen", and after "Lagre som": the same handle now writes to the new file. */
  retry(): void {
    void this.flush();
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.onStatus(status);
  }

  private async flush(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.setStatus({ state: 'saving' });
    try {
      while (this.pending.length > 0) {
        const batch = this.pending[0]!;
        try {
          await this.api.applyChanges(this.handle, batch);
          this.pending.shift();
        } catch (error) {
          const e = error instanceof ClientApiError ? error : new ClientApiError('error.writeFailed', String(error));
          this.setStatus({ state: 'failed', key: e.key, ...(e.detail ? { detail: e.detail } : {}) });
          return;
        }
      }
      this.setStatus({ state: 'saved' });
    } finally {
      this.running = false;
    }
  }

  get current(): SaveStatus {
    return this.status;
  }
}

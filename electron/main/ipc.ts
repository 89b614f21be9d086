import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ApiError, type Envelope, type OpenResult } from '../../shared/api/results.ts';
import type { CallContext } from '../api/platform.ts';
import type { Handlers } from '../api/handlers.ts';
import { dispatch } from '../api/dispatch.ts';
import { channels } from './channels.ts';
import { isTrustedIpcSender } from './trust.ts';
import { logCall } from './callLog.ts';
import type { LogFile } from './logFile.ts';

export interface IpcOptions {
  handlers: Handlers;
  /** Does this webContents belong to one of our windows? */
  isOurWindow(contents: IpcMainInvokeEvent['sender']): boolean;
  devServerUrl: string | undefined;
  /** Opens a dropped file's path for a window; null when the path is refused outright. */
  openDropped(ctx: CallContext, path: unknown): OpenResult | null;
  /** One line per call (method and outcome only: callLog.ts). */
  log?: LogFile;
}

const forbidden: Envelope<never> = { ok: false, error: { key: 'error.forbidden' } };

/**
 * The IPC transport of the API contract. Every message is checked before anything runs: it must
 * come from the main frame of one of our windows showing one of our pages (trust.ts); then the
 * same dispatch as the browser host validates the arguments and runs the handler. The caller's
 * client id is its webContents id, so a window only ever reaches its own open workshops.
 */
export function registerIpc(options: IpcOptions): void {
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return isTrustedIpcSender(
      { frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null, isOurWindow: options.isOurWindow(event.sender) },
      options.devServerUrl,
    );
  };
  const refused = () => {
    options.log?.warn('ipc.refused', { reason: 'untrustedSender' });
    return forbidden;
  };
  const contextOf = (event: IpcMainInvokeEvent): CallContext => ({ clientId: String(event.sender.id) });

  ipcMain.handle(channels.call, async (event, method: unknown, args: unknown): Promise<Envelope<unknown>> => {
    if (!trusted(event)) return refused();
    const started = performance.now();
    const envelope = await dispatch(options.handlers, contextOf(event), method, args);
    if (options.log) logCall(options.log, method, envelope, performance.now() - started);
    return envelope;
  });

  ipcMain.handle(channels.openDropped, async (event, path: unknown): Promise<Envelope<OpenResult>> => {
    if (!trusted(event)) return refused();
    try {
      const result = options.openDropped(contextOf(event), path);
      return result ? { ok: true, value: result } : { ok: false, error: { key: 'error.invalidCall', detail: 'a dropped file needs an absolute path' } };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { key: error.key, ...(error.detail ? { detail: error.detail } : {}) } };
      return { ok: false, error: { key: 'error.unexpected', detail: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) } };
    }
  });
}

// Types only from the contract: the preload must not bundle zod (or anything else) at runtime.
import type { MethodName, SamkartApi } from '../../shared/api/contract.ts';
import type { ApiErrorShape } from '../../shared/api/results.ts';

/**
 * Exactly the contract's methods. The type makes a missing or an extra name a compile error, and
 * a unit test compares this list with the contract's `methodNames`. (The preload can't import
 * `methodNames` itself: that would pull zod into a sandboxed preload, which can't require it.)
 */
const exposedMethods: Record<MethodName, true> = {
  appInfo: true,
  getSettings: true,
  setLanguage: true,
  listRecent: true,
  removeRecent: true,
  createWorkshop: true,
  openWithDialog: true,
  listFolder: true,
  openFromFolder: true,
  openRecent: true,
  openExample: true,
  openPending: true,
  applyChanges: true,
  saveAs: true,
  closeWorkshop: true,
  takeOffer: true,
  listSnapshots: true,
  takeSnapshot: true,
  restoreSnapshot: true,
  publishPresentation: true,
  awaitPresentation: true,
  listParticipantAddresses: true,
  openParticipantRoom: true,
  closeParticipantRoom: true,
  awaitParticipantRoom: true,
  participantRoomAction: true,
  saveExport: true,
  aboutInfo: true,
  showLogFile: true,
  rememberBoard: true,
};
export const bridgeMethodNames = Object.keys(exposedMethods) as MethodName[];

/**
 * A failed call as it crosses contextBridge. Only an Error's message survives the bridge (custom
 * properties are dropped), so the message is the JSON `{"key":…,"detail":…}`; the renderer's IPC
 * transport (renderer/src/api/ipcTransport.ts, toClientError) parses it back.
 */
export function encodeApiError(shape: ApiErrorShape): Error {
  return new Error(JSON.stringify(shape.detail === undefined ? { key: shape.key } : { key: shape.key, detail: shape.detail }));
}

/** Unwraps an Envelope from the main process: its value, or a rejection with an encoded error. */
export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as { ok: boolean; value?: unknown; error?: Partial<ApiErrorShape> };
    if (e.ok === true) return e.value;
    if (e.error && typeof e.error.key === 'string') throw encodeApiError(e.error as ApiErrorShape);
  }
  throw encodeApiError({ key: 'error.unexpected', detail: 'malformed reply from the main process' });
}

/** A rejected invoke (no handler, the main process threw) becomes an encoded error too. */
export function invokeFailed(error: unknown): never {
  throw encodeApiError({ key: 'error.unexpected', detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
}

/**
 * The `api` half of the bridge: one function per contract method, each sending the method's name
 * and its argument array over one channel. Arguments are validated in the main process, not here:
 * the preload is not a trust boundary the main process relies on.
 */
export function createBridgeApi(invoke: (method: MethodName, args: unknown[]) => Promise<unknown>): SamkartApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of bridgeMethodNames) {
    api[method] = (...args: unknown[]) => invoke(method, args).then(unwrapEnvelope, invokeFailed);
  }
  return api as unknown as SamkartApi;
}

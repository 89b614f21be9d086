import type { SamkartApi } from '../../../shared/api/contract.ts';
import type { SamkartBridge } from '../../../shared/api/bridge.ts';
import { createHttpApi, hostToken } from './httpTransport.ts';
import { createIpcApi } from './ipcTransport.ts';

export interface Connection {
  api: SamkartApi;
  /** Present only in Electron: native menu commands and dropped files. */
  bridge: SamkartBridge | null;
}

/**
 * Picks the transport once, at start. Nothing else in the renderer knows which one it has:
 * everything goes through `api`.
 */
export function connect(): Connection {
  const bridge = (window as unknown as { samkart?: SamkartBridge }).samkart ?? null;
  if (bridge) return { api: createIpcApi(bridge), bridge };
  const token = hostToken();
  if (!token) throw new Error('no access token');
  return { api: createHttpApi(token), bridge: null };
}

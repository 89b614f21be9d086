import { methodNames, type SamkartApi } from '../../../shared/api/contract.ts';
import type { SamkartBridge } from '../../../shared/api/bridge.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { ClientApiError } from './apiError.ts';

/**
 * Electron's transport: the preload's bridge. Errors cross contextBridge as plain Errors whose
 * message is JSON {key, detail}; this turns them back into typed errors.
 */
export function createIpcApi(bridge: SamkartBridge): SamkartApi {
  const api = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of methodNames) {
    const call = bridge.api[method] as (...args: unknown[]) => Promise<unknown>;
    api[method] = async (...args: unknown[]) => {
      try {
        return await call(...args);
      } catch (error) {
        throw toClientError(error);
      }
    };
  }
  return api as unknown as SamkartApi;
}

export function toClientError(error: unknown): ClientApiError {
  const message = error instanceof Error ? error.message : String(error);
  // Electron prefixes rejected invoke messages ("Error invoking remote method ...: Error: {json}").
  const json = message.slice(message.indexOf('{'));
  try {
    const parsed = JSON.parse(json) as { key: MessageKey; detail?: string };
    if (typeof parsed.key === 'string') return new ClientApiError(parsed.key, parsed.detail);
  } catch {
    // not one of ours
  }
  return new ClientApiError('error.unexpected', message.slice(0, 300));
}

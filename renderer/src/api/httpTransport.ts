import { methodNames, type SamkartApi } from '../../../shared/api/contract.ts';
import type { Envelope } from '../../../shared/api/results.ts';
import { ClientApiError } from './apiError.ts';
import { tabClientId } from './tabClientId.ts';

/** How often the tab tells the host it is still there (see electron/host/webClients.ts). */
const HEARTBEAT_MS = 15_000;

/**
 * The browser host's transport: each call is a POST to /api/<method> carrying the access token
 * and this page's client id in headers. The token came in the page's address; it is kept in the
 * tab's sessionStorage (never a cookie) so a reload keeps working. The tab says it is alive every
 * 15 s and says goodbye when the page goes away, so the host releases its workshops unless the
 * same tab comes back (a reload) within a few seconds.
 */
export function createHttpApi(token: string): SamkartApi {
  // This tab's client id: kept across a reload of the tab, new in another or a duplicated tab.
  const clientId = tabClientId({ storage: sessionStorage, on: (event, listener) => window.addEventListener(event, listener) });
  const headers = { 'X-Samkart-Token': token, 'X-Samkart-Client': clientId };
  const signal = (what: 'alive' | 'bye') =>
    // keepalive: the goodbye must leave even as the page unloads.
    fetch(`/client/${what}`, { method: 'POST', headers, keepalive: true }).catch(() => undefined);
  // At once, then every 15 s: a reloaded tab is back before the host's grace for it ends.
  void signal('alive');
  setInterval(() => void signal('alive'), HEARTBEAT_MS);
  window.addEventListener('pagehide', () => void signal('bye'));
  const api = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of methodNames) {
    api[method] = async (...args: unknown[]) => {
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ args }),
        });
      } catch (error) {
        throw new ClientApiError('error.writeFailed', error instanceof Error ? error.message : String(error));
      }
      if (response.status === 401) throw new ClientApiError('error.forbidden');
      const envelope = (await response.json()) as Envelope<unknown>;
      if (!envelope.ok) throw ClientApiError.from(envelope.error);
      return envelope.value;
    };
  }
  return api as unknown as SamkartApi;
}

/**
 * The token from the address (first load) or from the tab's storage (after a reload). Once read,
 * it is taken out of the address bar (and so out of what is copied, bookmarked or shown), leaving
 * the path and any #presenter as they were.
 */
export function hostToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const TOKEN_KEY = 'samkart.token';

import { methodNames, type SamkartApi } from '../../../shared/api/contract.ts';
import type { Envelope } from '../../../shared/api/results.ts';
import { ClientApiError } from './apiError.ts';

/**
 * The browser host's transport: each call is a POST to /api/<method> carrying the access token
 * in a header. The token came in the page's address; it is kept for the tab's lifetime so a
 * reload keeps working.
 */
export function createHttpApi(token: string): SamkartApi {
  const api = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of methodNames) {
    api[method] = async (...args: unknown[]) => {
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Samkart-Token': token },
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

/** The token from the address (first load) or from the tab's storage (after a reload). */
export function hostToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem('samkart.token', fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem('samkart.token');
}

import { hostToken } from '../api/httpTransport.ts';

/**
 * The presenter view is the same page with `#presenter`: main.tsx shows PresenterApp instead of
 * the workshop for it. In the browser host it opens in a second tab; the address carries the
 * host's token, as the first address did (the cookie only serves the page; API calls need the
 * token, and a new tab has no copy of this tab's storage).
 */
export const presenterHash = '#presenter';

export function isPresenterRoute(): boolean {
  return window.location.hash === presenterHash;
}

/** The presenter view's address in the browser host; null where there is no token (Electron). */
export function presenterHref(): string | null {
  const token = hostToken();
  if (!token) return null;
  return `${window.location.origin}${window.location.pathname}?token=${encodeURIComponent(token)}${presenterHash}`;
}

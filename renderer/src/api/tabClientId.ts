/** The tab's client id and whether the page holding it is still there, in the tab's sessionStorage. */
const ID_KEY = 'samkart.clientId';
const LIVE_KEY = 'samkart.clientLive';

/** What of the page this needs: its sessionStorage and its page-hide and page-show events. */
export interface TabPage {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  on(event: 'pagehide' | 'pageshow', listener: () => void): void;
}

/**
 * The browser tab's client id for the host (electron/host/webClients.ts). A reload of the tab is
 * the same tab: it keeps the id, so it gets its workshop back as it left it and the participant
 * room it had open stays open. Two tabs are two clients, so one can't take or close the other's
 * workshop. A duplicated tab (or one restored after a crash) starts with a copy of its original's
 * sessionStorage, id included; it is told apart by the mark the page sets while it lives and
 * clears when it goes away: a copy taken while the original page lived carries the mark, and gets
 * an id of its own.
 */
export function tabClientId(page: TabPage, fresh: () => string = randomClientId): string {
  const stored = page.storage.getItem(ID_KEY);
  const inherited = page.storage.getItem(LIVE_KEY) === '1';
  const id = stored && !inherited ? stored : fresh();
  page.storage.setItem(ID_KEY, id);
  page.storage.setItem(LIVE_KEY, '1');
  page.on('pagehide', () => page.storage.setItem(LIVE_KEY, '0'));
  // Back from the back-forward cache: the same page lives again.
  page.on('pageshow', () => page.storage.setItem(LIVE_KEY, '1'));
  return id;
}

/** 18 random bytes in base64url: the 24 characters the host accepts (16–64 of [A-Za-z0-9_-]). */
export function randomClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

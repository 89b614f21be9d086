import { describe, expect, it } from 'vitest';
import { tabClientId, type TabPage } from '../../../renderer/src/api/tabClientId.ts';

/**
 * A tab as the browser keeps it: its sessionStorage outlives a reload and is copied into a
 * duplicated tab; each page load of it registers its own page-hide and page-show listeners.
 */
class Tab {
  readonly storage = new Map<string, string>();
  private listeners: { event: string; listener: () => void }[] = [];

  load(fresh: () => string): string {
    this.listeners = [];
    const page: TabPage = {
      storage: { getItem: (k) => this.storage.get(k) ?? null, setItem: (k, v) => void this.storage.set(k, v) },
      on: (event, listener) => void this.listeners.push({ event, listener }),
    };
    return tabClientId(page, fresh);
  }

  fire(event: 'pagehide' | 'pageshow'): void {
    for (const l of this.listeners) if (l.event === event) l.listener();
  }

  /** What "Duplicate tab" does: a new tab with a copy of this one's sessionStorage, taken now. */
  duplicate(): Tab {
    const copy = new Tab();
    for (const [k, v] of this.storage) copy.storage.set(k, v);
    return copy;
  }
}

const ids = () => {
  let n = 0;
  return () => `klient-${String(++n).padStart(16, '0')}`;
};

describe("the browser tab's client id", () => {
  it('is kept across a reload of the tab (the page went away, then the same tab loaded again)', () => {
    const fresh = ids();
    const tab = new Tab();
    const first = tab.load(fresh);
    tab.fire('pagehide');
    expect(tab.load(fresh)).toBe(first);
    tab.fire('pagehide');
    expect(tab.load(fresh)).toBe(first);
  });

  it('is new in another tab, and in a duplicated tab while its original still lives', () => {
    const fresh = ids();
    const tab = new Tab();
    const first = tab.load(fresh);
    expect(new Tab().load(fresh)).not.toBe(first);
    const copy = tab.duplicate();
    const copied = copy.load(fresh);
    expect(copied).not.toBe(first);
    // And each keeps its own across its own reload.
    copy.fire('pagehide');
    expect(copy.load(fresh)).toBe(copied);
    tab.fire('pagehide');
    expect(tab.load(fresh)).toBe(first);
  });

  it('a page back from the back-forward cache lives again: a duplicate taken then gets its own id', () => {
    const fresh = ids();
    const tab = new Tab();
    const first = tab.load(fresh);
    tab.fire('pagehide');
    tab.fire('pageshow');
    expect(tab.duplicate().load(fresh)).not.toBe(first);
  });
});

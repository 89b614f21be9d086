import { randomToken } from '../../shared/util/random.ts';

export interface Offer {
  clientId: string;
  kind: 'readOnly' | 'repair';
  path: string;
  expires: number;
}

/** How long an offer stays good: long enough to read the message and decide. */
const OFFER_MS = 30 * 60 * 1000;

/**
 * What an open result offered the caller (open read-only, repair a copy), kept on the Node side so
 * the renderer only ever holds an opaque id, never a path; each id works once, for its client.
 */
export class Offers {
  private readonly offers = new Map<string, Offer>();

  make(clientId: string, kind: Offer['kind'], path: string, now = Date.now()): string {
    for (const [id, offer] of this.offers) if (offer.expires < now) this.offers.delete(id);
    const id = `o_${randomToken(24)}`;
    this.offers.set(id, { clientId, kind, path, expires: now + OFFER_MS });
    return id;
  }

  take(clientId: string, id: string, now = Date.now()): Offer | null {
    const offer = this.offers.get(id);
    if (!offer || offer.clientId !== clientId || offer.expires < now) return null;
    this.offers.delete(id);
    return offer;
  }
}

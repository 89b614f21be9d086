import type { Actor } from '../../../../shared/model/records.ts';

/**
 * The provider as a piece shows it: the full name, unless it is long and the actor has a short
 * name («Barne- og ungdomspsykiatrisk poliklinikk (BUP)» → «BUP»). A long provider name would
 * shrink the whole label, and the service's name matters more.
 */
export function providerLabel(actor: Actor | undefined): string {
  if (!actor) return '';
  return actor.name.length > 32 && actor.shortName.trim() !== '' ? actor.shortName : actor.name;
}

import type { Actor } from '../model/records.ts';

/**
 * An actor's short name is what chips, grid markers and relation lists show. It is often not
 * typed by anyone but taken from the name: the catalogue sets it to the name itself or to the
 * abbreviation in brackets ("Distriktspsykiatrisk senter (DPS)" → "DPS"). Such a derived short
 * name must follow a rename, or "Legevakt" renamed "Legevakt Værnesregionen" never reaches the map.
 */

/** What chips show for an actor: its short name, or its name when there is none. */
export function chipName(actor: Pick<Actor, 'name' | 'shortName'>): string {
  return actor.shortName.trim() || actor.name;
}

/** The short name a name implies: the abbreviation in trailing brackets, else none (chips use the name). */
export function derivedShortName(name: string): string {
  const m = /\(([^()]{1,40})\)\s*$/u.exec(name);
  return m ? m[1]!.trim() : '';
}

/** Whether a short name was taken from the name rather than chosen (empty counts: the name shows). */
export function isDerivedShortName(shortName: string, name: string): boolean {
  const s = shortName.trim();
  return s === '' || s === name.trim() || s === derivedShortName(name);
}

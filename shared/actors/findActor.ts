import type { Draft } from 'immer';
import { nextOrder, sortedByOrder, type WorkshopDoc } from '../model/document.ts';
import type { ActorId } from '../model/ids.ts';
import type { Actor } from '../model/records.ts';
import { actorCatalogue, actorFromCatalogue, type CatalogueEntry } from './catalogue.ts';

/**
 * Finding an actor by what people type, what a spreadsheet says or what a template names, so the
 * same organisation is never added to the registry twice. Every board kind, the registry's own
 * catalogue operations and the CSV import go through these functions: one rule, one folding.
 */

/**
 * Names compared as people read them: Unicode NFC (a decomposed "å" equals the precomposed one),
 * trimmed, runs of white space as one space, lower case in Norwegian. Deliberately not
 * diacritic-insensitive: æ, ø and å are letters of their own ("Pårørende" is not "Parorende").
 */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('nb');
}

type Registry = Readonly<Record<string, Actor>>;

/** The first actor in registry order (then id) that `matches`; undefined when none does. */
function firstWhere(actors: Registry, matches: (actor: Actor) => boolean): Actor | undefined {
  return sortedByOrder(actors as Record<string, Actor>).find(matches);
}

/**
 * The registry's actor with this name, or else with this short name; the first in registry order
 * wins. A full name beats a short one, so "Politi" finds an actor named "Politi" before one named
 * "Politiet" with the short name "Politi". A blank name finds nothing.
 */
export function findActorByName(actors: Registry, name: string, where: (actor: Actor) => boolean = () => true): Actor | undefined {
  const key = foldName(name);
  if (key === '') return undefined;
  return (
    firstWhere(actors, (a) => where(a) && foldName(a.name) === key) ??
    firstWhere(actors, (a) => where(a) && a.shortName.trim() !== '' && foldName(a.shortName) === key)
  );
}

/**
 * The registry's actor for a catalogue entry, if there is one: an actor with the entry's name in
 * any category, else an actor in the entry's category whose name or short name is the entry's
 * name or short name (the example's "Fastlegene", short "Fastlege", is the catalogue's "Fastlege";
 * "Politiet", short "Politi", is "Politi"). The category guards the short forms: an abbreviation
 * means the same organisation only among its kind.
 */
export function findCatalogueActor(actors: Registry, entry: CatalogueEntry): Actor | undefined {
  const name = foldName(entry.name);
  const sameCategory = (a: Actor) => a.category === entry.category;
  return (
    firstWhere(actors, (a) => foldName(a.name) === name) ??
    findActorByName(actors, entry.name, sameCategory) ??
    findActorByName(actors, entry.shortName, sameCategory)
  );
}

/** The catalogue entry with exactly this name (the catalogue's own spelling), if any. */
export function catalogueEntryNamed(name: string): CatalogueEntry | undefined {
  return actorCatalogue.find((e) => e.name === name);
}

/** What a caller may decide about an actor that has to be added. */
export interface AddedActor {
  /** The new actor's id: the caller's, when it selects or places the actor afterwards. */
  id?: ActorId;
  /** Stakeholder fields for the new actor (an example assesses every actor); ignored when found. */
  extra?: Partial<Omit<Actor, 'id' | 'order'>>;
}

/**
 * Find-or-add: the id of the registry's actor for a catalogue entry (given as the entry or its
 * catalogue name), adding the entry at the end of the registry when the workshop has none. A
 * name missing from the catalogue is a programming error (templates and examples name entries).
 */
export function ensureCatalogueActor(draft: Draft<WorkshopDoc> | WorkshopDoc, entryOrName: CatalogueEntry | string, added: AddedActor = {}): ActorId {
  const entry = typeof entryOrName === 'string' ? catalogueEntryNamed(entryOrName) : entryOrName;
  if (!entry) throw new Error(`not in the actor catalogue: ${String(entryOrName)}`);
  const actors = draft.actors as unknown as Record<string, Actor>;
  const existing = findCatalogueActor(actors, entry);
  if (existing) return existing.id;
  const fresh = actorFromCatalogue(entry, nextOrder(actors));
  const actor: Actor = { ...fresh, ...added.extra, id: added.id ?? fresh.id };
  actors[actor.id] = actor;
  return actor.id;
}

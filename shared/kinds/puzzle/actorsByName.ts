import type { Draft } from 'immer';
import { actorCatalogue, actorFromCatalogue, type CatalogueEntry } from '../../actors/catalogue.ts';
import { nextOrder, type WorkshopDoc } from '../../model/document.ts';
import type { ActorId } from '../../model/ids.ts';
import type { Actor } from '../../model/records.ts';

/**
 * Finding the registry's actor for a provider a template names, and adding it from the catalogue
 * only when the workshop has none: one actor per organisation, whichever board named it first.
 */

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('nb');

/** An actor whose name or short name equals one of `names` (case and Unicode form aside). */
export function findActor(actors: Readonly<Record<string, Actor>>, names: readonly string[]): Actor | undefined {
  const wanted = new Set(names.map(fold).filter((n) => n !== ''));
  const list = Object.values(actors).sort((a, b) => a.order - b.order);
  return list.find((a) => wanted.has(fold(a.name))) ?? list.find((a) => wanted.has(fold(a.shortName)));
}

export function catalogueEntry(name: string): CatalogueEntry {
  const entry = actorCatalogue.find((e) => e.name === name);
  if (!entry) throw new Error(`not in the actor catalogue: ${name}`);
  return entry;
}

/**
 * The id of the registry's actor for a catalogue entry, adding it if missing. `extra` fills the
 * stakeholder fields of an actor that is added (the example assesses every actor).
 */
export function ensureCatalogueActor(draft: Draft<WorkshopDoc>, name: string, extra: Partial<Omit<Actor, 'id' | 'order'>> = {}): ActorId {
  const entry = catalogueEntry(name);
  const found = findActor(draft.actors as Record<string, Actor>, [entry.name, entry.shortName]);
  if (found) return found.id;
  const actor = { ...actorFromCatalogue(entry, nextOrder(draft.actors)), ...extra };
  draft.actors[actor.id] = actor;
  return actor.id;
}

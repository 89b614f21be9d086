import type { Draft } from 'immer';
import { actorCatalogue, actorFromCatalogue } from '../../actors/catalogue.ts';
import { nextOrder, type WorkshopDoc } from '../../model/document.ts';
import type { ActorId } from '../../model/ids.ts';
import type { Actor } from '../../model/records.ts';
import { newStation, type Station } from './schema.ts';

/**
 * "Et døgn i pasientens liv": the stations of the revolving-door project's acute loop (seed 003,
 * Svingdørsprosjektet, Helse Bergen with Askøy and Øygarden): from home into crisis, to the
 * emergency room or the police, the psychiatric emergency unit, admission, discharge, the DPS and
 * the municipality's follow-up, and home again. Times, durations and pain points are left for
 * the group to fill in: saying when things happen is the exercise.
 */
export const templateStations: readonly { name: string; actor: string | null }[] = [
  { name: 'Hjemme', actor: 'Bruker' },
  { name: 'Krise', actor: 'Bruker' },
  { name: 'Legevakt', actor: 'Legevakt' },
  { name: 'Politi', actor: 'Politi' },
  { name: 'PAM (psykiatrisk akuttmottak)', actor: 'Psykiatrisk akuttmottak (PAM)' },
  { name: 'Innleggelse', actor: 'Psykiatrisk akuttmottak (PAM)' },
  { name: 'Utskrivning', actor: 'Psykiatrisk akuttmottak (PAM)' },
  { name: 'DPS', actor: 'Distriktspsykiatrisk senter (DPS)' },
  { name: 'Kommunal oppfølging', actor: 'Psykisk helse- og rustjeneste' },
];

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('nb');

/**
 * The registry's actor for a catalogue entry: one already there with the entry's name or short
 * name (so "Politiet" with short name "Politi" is reused, not duplicated), else the entry added,
 * with `extra` fields (an example's stakeholder assessment) on top.
 */
export function ensureCatalogueActor(draft: Draft<WorkshopDoc>, catalogueName: string, extra: Partial<Omit<Actor, 'id' | 'order'>> = {}): ActorId {
  const entry = actorCatalogue.find((e) => e.name === catalogueName);
  if (!entry) throw new Error(`no catalogue actor ${catalogueName}`);
  const wanted = new Set([fold(entry.name), fold(entry.shortName)].filter((s) => s !== ''));
  const existing = Object.values(draft.actors as Record<string, Actor>).find((a) => wanted.has(fold(a.name)) || (a.shortName !== '' && wanted.has(fold(a.shortName))));
  if (existing) return existing.id;
  const actor = { ...actorFromCatalogue(entry, nextOrder(draft.actors as Record<string, Actor>)), ...extra };
  draft.actors[actor.id] = actor;
  return actor.id;
}

/** The template's stations, with actors found in (or added to) the registry. */
export function templateLoopStations(draft: Draft<WorkshopDoc>): Station[] {
  return templateStations.map((s) => newStation(s.name, { actorId: s.actor ? ensureCatalogueActor(draft, s.actor) : null }));
}

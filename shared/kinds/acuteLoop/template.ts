import type { Draft } from 'immer';
import { ensureCatalogueActor } from '../../actors/findActor.ts';
import type { WorkshopDoc } from '../../model/document.ts';
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

/** The template's stations, with actors found in (or added to) the registry. */
export function templateLoopStations(draft: Draft<WorkshopDoc>): Station[] {
  return templateStations.map((s) => newStation(s.name, { actorId: s.actor ? ensureCatalogueActor(draft, s.actor) : null }));
}

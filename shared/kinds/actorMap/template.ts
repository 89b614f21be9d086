import type { Draft } from 'immer';
import type { WorkshopDoc } from '../../model/document.ts';
import { newActorId, type ActorId } from '../../model/ids.ts';
import type { Board } from '../../model/records.ts';
import { catalogueEntryNamed, ensureCatalogueActor } from '../../actors/findActor.ts';
import { placeActors } from './ops.ts';

/**
 * "Aktørkart – psykisk helse og rus": the actors a map of adult mental-health and substance-use
 * services usually starts with (domain.md's lists), the user in the centre. Names are the
 * catalogue's, so an actor the registry already has (same name, or same short name and category)
 * is reused, never duplicated.
 */
export const mentalHealthTemplateActors: readonly string[] = [
  'Bruker',
  'Pårørende',
  'Nettverk',
  'Psykisk helse- og rustjeneste',
  'Fastlege',
  'Legevakt',
  'NAV',
  'Bolig og boligkontor',
  'Koordinerende enhet',
  'Distriktspsykiatrisk senter (DPS)',
  'Psykiatrisk akuttmottak (PAM)',
  'Tverrfaglig spesialisert rusbehandling (TSB)',
  'Ambulant team',
  'Mental Helse',
  'Rusmisbrukernes interesseorganisasjon (RIO)',
  'Frivilligsentral',
  'Statsforvalteren',
  'KS',
  'Politisk ledelse',
  'Administrativ ledelse',
  'Politi',
];

/** Fills a new actor map: registry actors found or added, each placed on its ring. */
export function applyMentalHealthTemplate(draft: Draft<WorkshopDoc>, board: Draft<Board>): void {
  const ids: ActorId[] = [];
  for (const name of mentalHealthTemplateActors) {
    const entry = catalogueEntryNamed(name);
    if (!entry) continue;
    const id = ensureCatalogueActor(draft, entry, { id: newActorId() });
    if (!ids.includes(id)) ids.push(id);
  }
  placeActors(draft, board.id, ids);
}

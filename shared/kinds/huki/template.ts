import type { Draft } from 'immer';
import { ensureCatalogueActor } from '../../actors/findActor.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import { newItemId, type ActorId } from '../../model/ids.ts';
import type { Board } from '../../model/records.ts';
import { newPhaseId, newTaskId, type HukiMatrixProps } from './model.ts';
import { newMatrixItem } from './ops.ts';

/**
 * The template «Samhandlingsprosjekt»: a collaboration project between municipalities and a
 * health trust, phased by the six recommended activities of seed 003 (InnoMed's advice for
 * projects across municipalities and health trusts), with tasks from seed 003's recommendations
 * and seed 004's project description (its SMARTER goals, reporting and benefits realisation). The
 * cells start empty: deciding who does what is the workshop's job.
 */
export const samhandlingsprosjekt: readonly { phase: string; tasks: readonly string[] }[] = [
  {
    phase: 'Etabler samarbeid',
    tasks: ['Etablere styrings-, ressurs- og arbeidsgrupper', 'Kartlegge eksisterende samhandling, arenaer og avtaler'],
  },
  {
    phase: 'Etabler felles målsetning',
    tasks: ['Skape enighet om nåsituasjonen', 'Sette SMARTE mål for prosjektet'],
  },
  {
    phase: 'Involver relevante aktører',
    tasks: ['Lage aktørkart og interessentanalyse', 'Kartlegge eksisterende tjenester og tilbud', 'Lage puslespillet SAMMEN'],
  },
  {
    phase: 'Definer samarbeidsmodell',
    tasks: ['Enes om felles samhandlingsmodell', 'Utarbeide samhandlingsforløp', 'Avklare roller og ansvar – hvem gjør hva?'],
  },
  {
    phase: 'Del informasjon jevnlig',
    tasks: ['Månedlige dialogmøter mellom første- og andrelinjetjenesten', 'Løypemelding til styringsgruppa', 'Lage kommunikasjonsplan'],
  },
  {
    phase: 'Evaluer og realiser gevinster',
    tasks: ['Gevinstrealiseringsplan', 'Måle effekt: dekningsgrad, henvisninger og avslag'],
  },
];

/**
 * The usual parties of such a project (seed 004's stakeholder table and working group: the
 * municipal services, the GPs, the specialist service, users and their organisations, leadership,
 * Statsforvalteren), by their names in the actor catalogue.
 */
export const templateActorNames: readonly string[] = [
  'Administrativ ledelse',
  'Psykisk helse- og rustjeneste',
  'Fastlege',
  'NAV',
  'Distriktspsykiatrisk senter (DPS)',
  'Bruker',
  'Mental Helse',
  'Statsforvalteren',
];

/** The template's matrix content for the given columns. */
export function templateMatrix(actorIds: readonly ActorId[]): HukiMatrixProps {
  return {
    actorIds: [...actorIds],
    phases: samhandlingsprosjekt.map(({ phase, tasks }) => ({
      id: newPhaseId(),
      name: phase,
      tasks: tasks.map((name) => ({ id: newTaskId(), name, cells: [] })),
    })),
  };
}

/** Fills a new HUKI board: the template's actors into the registry, and the matrix on the board. */
export function applyHukiTemplate(draft: Draft<WorkshopDoc>, board: Draft<Board>): void {
  const actorIds = templateActorNames.map((name) => ensureCatalogueActor(draft, name));
  const item = newMatrixItem(draft as WorkshopDoc, board.id, newItemId(), templateMatrix(actorIds));
  draft.items[item.id] = item;
}

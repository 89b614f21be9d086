import type { Draft } from 'immer';
import type { WorkshopDoc } from '../../model/document.ts';
import { newItemId } from '../../model/ids.ts';
import type { Board } from '../../model/records.ts';
import { ensureCatalogueActor } from '../../actors/findActor.ts';
import type { PieceProps } from './piece.ts';
import { addPieces } from './ops.ts';

/**
 * The template: the usual services for children and youth, as loose pieces in the tray, ready for
 * the group to place where their municipality has them (and to see what is missing). From
 * domain.md's municipal and specialist services and seed 004 (BUP for ages 0–17, PPT, barnevern,
 * the GP's role, coordination "på tvers av sektorer og nivåer", the ADHD association in the
 * working group). Target groups and ages are the services' usual mandates; capacity and contact
 * are left for the group to fill in, because they are local.
 */
export interface TemplateService {
  name: string;
  /** A name from the actor catalogue. */
  provider: string;
  targetGroup: string;
  ageRange: string;
  notes: string;
}

export const templateServices: readonly TemplateService[] = Object.freeze([
  { name: 'Helsestasjon 0–5 år', provider: 'Helsestasjon', targetGroup: 'Gravide, barn 0–5 år og foreldre', ageRange: '0–5 år', notes: 'Helsekontroller og vaksinasjon etter nasjonalt program' },
  { name: 'Skolehelsetjenesten', provider: 'Skolehelsetjenesten', targetGroup: 'Elever i grunnskole og videregående skole', ageRange: '6–20 år', notes: 'Helsesykepleier på skolen, åpen dør' },
  { name: 'Helsestasjon for ungdom', provider: 'Helsestasjon', targetGroup: 'Ungdom og unge voksne', ageRange: '13–20 år', notes: 'Drop-in, uten timebestilling' },
  { name: 'Fastlege – vurdering og henvisning', provider: 'Fastlege', targetGroup: 'Alle barn og unge', ageRange: '0–18 år', notes: 'Henviser til BUP og andre spesialisttjenester' },
  { name: 'PPT – sakkyndig vurdering', provider: 'Pedagogisk-psykologisk tjeneste (PPT)', targetGroup: 'Barn og elever med behov for spesialpedagogisk hjelp', ageRange: '0–20 år', notes: '' },
  { name: 'Barnevern – hjelpetiltak', provider: 'Barnevern', targetGroup: 'Barn og familier som trenger støtte', ageRange: '0–18 år', notes: 'Råd, veiledning og tiltak i hjemmet' },
  { name: 'Psykisk helsetjeneste for barn og unge', provider: 'Psykisk helse- og rustjeneste', targetGroup: 'Barn og unge med lette til moderate psykiske plager', ageRange: '6–18 år', notes: 'Kommunal lavterskeltjeneste' },
  { name: 'BUP – utredning og behandling', provider: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', targetGroup: 'Barn og unge med moderate til alvorlige psykiske plager', ageRange: '0–17 år', notes: 'Henvisning fra fastlege, barnevern eller PPT' },
  { name: 'Koordinator og individuell plan', provider: 'Koordinerende enhet', targetGroup: 'Barn og unge som trenger langvarige, koordinerte tjenester', ageRange: '0–18 år', notes: '' },
  { name: 'Kurs og likepersoner for foreldre', provider: 'ADHD-foreningen', targetGroup: 'Foreldre til barn og unge med ADHD', ageRange: '', notes: '' },
]);

export function applyPuzzleTemplate(draft: Draft<WorkshopDoc>, board: Draft<Board>): void {
  const pieces = templateServices.map((service) => {
    const props: Partial<PieceProps> = {
      text: service.name,
      actorId: ensureCatalogueActor(draft, service.provider),
      targetGroup: service.targetGroup,
      ageRange: service.ageRange,
      notes: service.notes,
    };
    return { id: newItemId(), props, slot: null };
  });
  addPieces.apply(draft, { boardId: board.id, pieces });
}

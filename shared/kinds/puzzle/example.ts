/**
 * The example workshop's SAMMEN puzzle: services for children and youth in Stjørdal, on the BTI
 * levels 0–3 against prevention, assessment, follow-up and treatment.
 *
 * Sources: seed 004 (the SAMMEN puzzle from Helse Bergen as the working tool for mapping services
 * for children and youth in nordre Trøndelag; BUP Helse Nord-Trøndelag covering Stjørdal, Meråker
 * and Frosta; 439 unique BUP patients aged 6–17 from the Værnes area in 2021, a rate of 97.9 per
 * 1,000; more parents telling the health centre about mental strain; more tired relatives; school
 * refusal far down into primary school; more referrals for suspected ADHD; the ADHD association in
 * the working group; "koordineringsansvaret er tydelig avklart"), domain.md's municipal services.
 * Invented: which services Stjørdal has in which slot, their waiting times and contact points.
 */
import type { WorkshopDoc } from '../../model/document.ts';
import { nextOrder } from '../../model/document.ts';
import { newBoardId, newItemId, type ActorId } from '../../model/ids.ts';
import type { Actor } from '../../model/records.ts';
import { ensureCatalogueActor, findActorByName } from '../../actors/findActor.ts';
import { btiRows, defaultColumns, defaultPuzzleProps, slotKey } from './boardProps.ts';
import { addPieces, puzzleKindName } from './ops.ts';
import type { PieceProps } from './piece.ts';

/** Stakeholder fields for the children's services the example adds (seed 004: "Deltakelse i workshops"). */
const childServiceAssessment: Partial<Omit<Actor, 'id' | 'order'>> = {
  organisation: 'Stjørdal kommune',
  interest: 'Tjenester for barn, unge og familier; samhandling om barn og unge',
  importance: 'B',
  influence: 'M',
  strategy: 'Deltakelse i workshops',
};

type ExampleService = Omit<PieceProps, 'actorId'> & { provider: ActorId; slot: [row: number, col: number] | null };

export function addPuzzleExample(doc: WorkshopDoc): void {
  const existing = (...names: string[]): ActorId => {
    const actor = names.map((name) => findActorByName(doc.actors, name)).find((a) => a !== undefined);
    if (!actor) throw new Error(`the example has no actor named ${names.join(' / ')}`);
    return actor.id;
  };
  const child = (name: string) => ensureCatalogueActor(doc, name, { extra: childServiceAssessment });

  const healthCentre = child('Helsestasjon');
  const schoolHealth = child('Skolehelsetjenesten');
  const ppt = child('Pedagogisk-psykologisk tjeneste (PPT)');
  const childWelfare = child('Barnevern');
  const coordination = child('Koordinerende enhet');
  const adhd = ensureCatalogueActor(doc, 'ADHD-foreningen', {
    extra: {
      organisation: 'Brukerorganisasjon',
      interest: 'Deltaker i arbeidsgruppa; erfaringer fra foreldre',
      importance: 'B',
      influence: 'M',
      strategy: 'Deltakelse i arbeidsgruppa',
    },
  });
  const gp = existing('Fastlegene', 'Fastlege');
  const bup = existing('BUP Helse Nord-Trøndelag', 'BUP');
  const mentalHealth = existing('Psykisk helse og rus, Stjørdal');
  const emergency = existing('Legevakt');

  const services: ExampleService[] = [
    { slot: [0, 0], provider: healthCentre, text: 'Helsestasjon 0–5 år', targetGroup: 'Gravide, barn 0–5 år og foreldre', ageRange: '0–5 år',
      capacity: 'Alle barn, etter nasjonalt program', contact: 'Helsestasjonen, Stjørdal kommune',
      notes: 'Flere foreldre forteller om psykiske plager etter pandemien.' },
    { slot: [0, 1], provider: schoolHealth, text: 'Skolehelsetjenesten – åpen dør', targetGroup: 'Elever i grunnskole og videregående skole', ageRange: '6–20 år',
      capacity: 'Helsesykepleier på skolen 2–3 dager i uka', contact: 'Helsesykepleier på skolen', notes: '' },
    { slot: [0, 2], provider: healthCentre, text: 'Foreldreveiledning (ICDP)', targetGroup: 'Foreldre', ageRange: '0–18 år',
      capacity: 'Grupper vår og høst', contact: 'Helsestasjonen, Stjørdal kommune', notes: '' },
    { slot: [1, 0], provider: healthCentre, text: 'Helsestasjon for ungdom', targetGroup: 'Ungdom og unge voksne', ageRange: '13–20 år',
      capacity: 'Drop-in to ettermiddager i uka', contact: 'Helsestasjonen, Stjørdal kommune', notes: '' },
    { slot: [1, 1], provider: gp, text: 'Fastlege – vurdering og henvisning', targetGroup: 'Alle barn og unge', ageRange: '0–18 år',
      capacity: 'Time innen fem dager', contact: 'Eget legekontor', notes: 'Flere henvisninger ved mistanke om ADHD.' },
    { slot: [1, 2], provider: schoolHealth, text: 'Samtaler med helsesykepleier', targetGroup: 'Elever med lettere psykiske plager', ageRange: '6–20 år',
      capacity: 'Ventetid 1–2 uker', contact: 'Helsesykepleier på skolen', notes: '' },
    { slot: [1, 3], provider: mentalHealth, text: 'Psykisk helsetjeneste for barn og unge', targetGroup: 'Barn og unge med lette til moderate plager', ageRange: '6–18 år',
      capacity: 'Ventetid 4–6 uker', contact: 'Tjenestetorget, Stjørdal kommune', notes: '' },
    { slot: [2, 1], provider: ppt, text: 'PPT – sakkyndig vurdering', targetGroup: 'Barn og elever med behov for spesialpedagogisk hjelp', ageRange: '0–20 år',
      capacity: 'Ventetid 3 måneder', contact: 'PPT for Værnesregionen', notes: '' },
    { slot: [2, 2], provider: childWelfare, text: 'Barnevern – hjelpetiltak i hjemmet', targetGroup: 'Barn og familier som trenger støtte', ageRange: '0–18 år',
      capacity: 'Undersøkelse innen 3 måneder', contact: 'Barneverntjenesten', notes: 'Flere konflikter i hjemmet.' },
    { slot: [2, 3], provider: mentalHealth, text: 'Kommunepsykolog – kortvarig behandling', targetGroup: 'Barn og unge med moderate plager', ageRange: '6–18 år',
      capacity: 'Ventetid 6–8 uker', contact: 'Tjenestetorget, Stjørdal kommune', notes: '' },
    { slot: [3, 1], provider: bup, text: 'BUP – utredning', targetGroup: 'Barn og unge med moderate til alvorlige plager', ageRange: '0–17 år',
      capacity: 'Stor pågang og økende ventetider', contact: 'BUP, Sykehuset Levanger',
      notes: 'Dekningsgrad for Værnes 97,9 per 1 000 barn (6–17 år) i 2021.' },
    { slot: [3, 2], provider: coordination, text: 'Koordinator og individuell plan', targetGroup: 'Barn og unge som trenger langvarige, koordinerte tjenester', ageRange: '0–18 år',
      capacity: '', contact: 'Koordinerende enhet, Stjørdal kommune', notes: 'Koordineringsansvaret skal være tydelig avklart på tvers av sektorer og nivåer.' },
    { slot: [3, 3], provider: bup, text: 'BUP – poliklinisk behandling', targetGroup: 'Barn og unge med moderate til alvorlige plager', ageRange: '0–17 år',
      capacity: '439 pasienter fra Værnes i 2021', contact: 'BUP, Sykehuset Levanger', notes: '' },
    // Loose: the group has not agreed where these belong yet.
    { slot: null, provider: adhd, text: 'Kurs og likepersoner for foreldre', targetGroup: 'Foreldre til barn og unge med ADHD', ageRange: '',
      capacity: '', contact: 'ADHD-foreningen, lokallaget', notes: 'Hvilket nivå hører dette hjemme på?' },
    { slot: null, provider: emergency, text: 'Legevakt – akutt psykisk helsehjelp', targetGroup: 'Alle', ageRange: '0–18 år',
      capacity: 'Døgnåpen', contact: 'Værnesregionen legevakt', notes: 'Hører akutthjelp hjemme i modellen?' },
  ];

  const boardId = newBoardId();
  const props = defaultPuzzleProps();
  // seed 004's challenges, written on the gaps they leave.
  props.gapNotes = {
    [slotKey(btiRows[2]!.id, defaultColumns[0]!.id)]:
      'Økt skolevegring helt ned i barneskolealder – ingen felles forebyggende tiltak mellom skole, PPT og helsetjenesten.',
    [slotKey(btiRows[3]!.id, defaultColumns[0]!.id)]: 'Økt pågang fra slitne pårørende – mangler avlastning og støtte til foreldrene.',
  };
  doc.boards[boardId] = { id: boardId, kind: puzzleKindName, name: 'SAMMEN – barn og unge i Stjørdal', order: nextOrder(doc.boards), props };
  addPieces.apply(doc, {
    boardId,
    pieces: services.map(({ slot, provider, ...fields }) => ({
      id: newItemId(),
      props: { ...fields, actorId: provider },
      slot: slot ? { rowId: btiRows[slot[0]]!.id, columnId: defaultColumns[slot[1]]!.id } : null,
    })),
  });
}

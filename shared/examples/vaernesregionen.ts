/**
 * The example workshop: Værnesregionen's improvement team in the learning network on mental health
 * and substance abuse in Trøndelag, 2019–2021.
 *
 * Sources: the project's seed documents (seeds/README.md beside domain.md; "seed 000" = 000_*.txt):
 * - seed 000: the region's members (K1 Stjørdal, K2 Meråker, K3 Selbu, K4 Tydal, K5 Frosta, HF: HNT,
 *   Stjørdal DPS), the team's coordinator and user representative, its improvement area ("Bedre
 *   samhandling mellom kommunene i Værnesregionen og mellom kommunene og Stjørdal DPS"), the dates
 *   of the gatherings, the switch to digital gatherings in the pandemic, the working group
 *   (Statsforvalteren, Stjørdal DPS/HNT, St. Olavs hospital, NAPHA, KoRus Midt-Norge, KBT, RIO,
 *   Mental Helse, KS's samhandlingskoordinatorer) and the findings for the way ahead (weak anchoring
 *   with leaders, GPs not involved, stronger user involvement, lower threshold through digital tools).
 * - seed 002: KS and Fylkesmannen/Statsforvalteren as organisers, the network being for adults,
 *   4 gatherings (Sept 2019, Jan 2020, May 2020, March 2021), an external process guide, the
 *   extended working group (NAPHA, KoRus, KBT), Fagråd and ASU as anchoring arena, anchoring with
 *   administrative and political leadership, a strategy for working with the voluntary sector.
 * - seed 003: the praksiskonsulentordning (PKO) as an arena for reaching the GPs.
 * - seed 004: the stakeholder table's style (importance A/B/C, influence H/M/L, strategies
 *   "Forankring lokalt", "Deltakelse i arbeidsgruppa"), Værnesregionen belonging to two health
 *   communities (HNT and St. Olavs hospital), BUP HNT covering Stjørdal, Meråker and Frosta.
 * Invented: every person's name (the organisations are real), the participants' job titles, the
 * places of the first two gatherings, and the stakeholder assessments themselves.
 */
import type { WorkshopDoc } from '../model/document.ts';
import type { ActorId, GatheringId, ParticipantId } from '../model/ids.ts';
import { newActorId, newGatheringId, newParticipantId } from '../model/ids.ts';
import type { Actor, ActorCategory, Gathering, Participant, WorkshopMeta } from '../model/records.ts';
import { boardKinds } from '../kinds/registry.ts';

/** The region's five municipalities, in seed 000's order (K1..K5). */
export const vaernesMunicipalities = ['Stjørdal', 'Meråker', 'Selbu', 'Tydal', 'Frosta'] as const;

const HNT = 'Helse Nord-Trøndelag HF';
const DPS_ORG = `${HNT}, Stjørdal DPS`;

const meta: WorkshopMeta = {
  title: 'Læringsnettverk psykisk helse og rus – Værnesregionen',
  region: 'Værnesregionen',
  // seed 002: "Prosessveileder (ekstern)". A role, not a person.
  facilitator: 'Prosessveileder (ekstern)',
  description:
    'Forbedringsteamet i Værnesregionen – Stjørdal, Meråker, Selbu, Tydal og Frosta kommune og ' +
    'Helse Nord-Trøndelag HF, Stjørdal DPS – i læringsnettverket om psykisk helse- og rusarbeid for ' +
    'voksne i Trøndelag 2019–2021, i regi av KS Trøndelag og Statsforvalteren i Trøndelag.\n' +
    'Forbedringsområde: Bedre samhandling mellom kommunene i Værnesregionen og mellom kommunene og ' +
    'Stjørdal DPS.\n' +
    'Visjon: fra «Hva er i veien med deg?» til «Hva er viktig for deg?»',
  // Fixed so the example is deterministic: the network's start-up meeting, 20 August 2019 (seed 000).
  createdAt: '2019-08-20T08:00:00.000Z',
};

/** seed 000's timeline (two-day gatherings; the first day is stored), seed 002's months. */
const gatheringRows: readonly Omit<Gathering, 'id' | 'order'>[] = [
  // The places of 1 and 2 are not in the seeds (assumed): Værnes is where seed 001's national
  // learning network 4, of Trøndelag municipalities, met in 2014–15.
  { title: 'Samling 1 – oppstart', date: '2019-09-17', place: 'Værnes' },
  { title: 'Samling 2', date: '2020-01-20', place: 'Værnes' },
  // seed 000: after the pandemic struck, every gathering was digital.
  { title: 'Samling 3 (digital)', date: '2020-05-26', place: 'Digitalt' },
  { title: 'Samling 4 (digital) – erfaringer og veien videre', date: '2021-03-16', place: 'Digitalt' },
];

/** Invented names; the organisations are those of seed 000's Værnesregionen team. */
const participantRows: readonly Omit<Participant, 'id' | 'order'>[] = [
  { name: 'Ingrid Moe', organisation: 'Stjørdal kommune', role: 'Koordinator for forbedringsteamet' },
  { name: 'Tor Arne Solberg', organisation: 'Mental Helse', role: 'Brukerrepresentant' },
  { name: 'Kjersti Nilsen', organisation: 'Stjørdal kommune', role: 'Leder, psykisk helse og rus' },
  { name: 'Siri Aune', organisation: 'Meråker kommune', role: 'Psykiatrisk sykepleier' },
  { name: 'Jon Håvard Berg', organisation: 'Selbu kommune', role: 'Leder, psykisk helse og rus' },
  { name: 'Åse Løkken', organisation: 'Tydal kommune', role: 'Enhetsleder helse og omsorg' },
  { name: 'Marit Husby', organisation: 'Frosta kommune', role: 'Rusrådgiver' },
  { name: 'Lars Øyen', organisation: DPS_ORG, role: 'Avdelingsleder, poliklinikk' },
  { name: 'Hanne Vold', organisation: DPS_ORG, role: 'Psykologspesialist, ambulant team' },
  { name: 'Even Nygård', organisation: 'KS Trøndelag', role: 'Samhandlingskoordinator, nordre Trøndelag' },
];

type ActorRow = Omit<Actor, 'id' | 'order' | 'attitude' | 'informationNeeds' | 'notes'> &
  Partial<Pick<Actor, 'attitude' | 'informationNeeds' | 'notes'>>;

const row = (
  category: ActorCategory,
  name: string,
  shortName: string,
  organisation: string,
  interest: string,
  importance: Actor['importance'],
  influence: Actor['influence'],
  strategy: string,
  extra: Partial<Pick<Actor, 'attitude' | 'informationNeeds' | 'notes'>> = {},
): ActorRow => ({ category, name, shortName, organisation, interest, importance, influence, strategy, ...extra });

const municipalityRow = (municipality: (typeof vaernesMunicipalities)[number]): ActorRow =>
  row(
    'municipality',
    `Psykisk helse og rus, ${municipality}`,
    municipality,
    `${municipality} kommune`,
    municipality === 'Stjørdal' ? 'Prosjekteier; har koordinatoren for forbedringsteamet' : 'Prosjekteier; deltaker i forbedringsteamet',
    'A',
    municipality === 'Stjørdal' ? 'H' : 'M',
    'Forankring lokalt', // seed 004: "Kommunale tjenester – Prosjekteier – A – H – Forankring lokalt"
    { attitude: 'Positiv', informationNeeds: 'Framdrift i forbedringsarbeidet og avtaler med DPS' },
  );

const actorRows: readonly ActorRow[] = [
  // Bruker og pårørende. seed 004: "Barn, unge og deres familier – Sluttbruker – A – M".
  row('user', 'Brukeren', 'Bruker', '', 'Sluttbruker: helhetlige og tilpassede tjenester preget av kontinuitet', 'A', 'M',
    'Brukerrepresentant i forbedringsteamet', { notes: '«Hva er viktig for deg?» (seed 002)' }),
  row('user', 'Pårørende', 'Pårørende', '', 'Sluttbruker; ofte den som holder trådene mellom tjenestene', 'B', 'L',
    'Involveres gjennom brukermøter'),
  // Kommune
  ...vaernesMunicipalities.map(municipalityRow),
  row('municipality', 'Fastlegene', 'Fastlege', 'Kommunene i Værnesregionen', 'Henviser til DPS og følger opp pasienten over tid', 'A', 'M',
    'Mobiliseres via praksiskonsulentordningen (PKO)', {
      attitude: 'Lite involvert',
      notes: 'Fastlegene burde vært trukket mer aktivt inn i forbedringsteamene; ingen team lyktes med dette (seed 000).',
    }),
  row('municipality', 'NAV', 'NAV', 'Kommunene og staten', 'Arbeid, økonomi og bolig for brukeren', 'B', 'M',
    'Inviteres etter behov; holdes informert'),
  row('municipality', 'Legevakt', 'Legevakt', 'Kommunene i Værnesregionen', 'Møter brukeren i akutte situasjoner, ofte utenom kontortid', 'B', 'M',
    'Holdes informert'),
  // Spesialisthelsetjeneste
  row('specialist', 'Stjørdal DPS', 'Stjørdal DPS', HNT, 'Prosjekteier; deltaker i forbedringsteamet og arbeidsgruppen', 'A', 'H',
    'Forankring lokalt', {
      attitude: 'Positiv',
      informationNeeds: 'Henvisninger, utskrivning og felles rutiner med kommunene',
      notes: 'Forbedringsområdet: bedre samhandling mellom kommunene og Stjørdal DPS (seed 000).',
    }),
  row('specialist', 'BUP Helse Nord-Trøndelag', 'BUP', HNT, 'Overgangen fra BUP til tjenester for voksne', 'C', 'M',
    'Holdes informert', { notes: 'Nettverket gjelder voksne (seed 002). BUP HNT dekker Stjørdal, Meråker og Frosta (seed 004).' }),
  row('specialist', 'Psykisk helsevern, St. Olavs hospital', 'St. Olavs', 'St. Olavs hospital HF', 'Samarbeidspart for deler av regionen', 'B', 'M',
    'Deltakelse i arbeidsgruppa', { notes: 'Værnesregionen hører til to helsefellesskap: med Helse Nord-Trøndelag og St. Olavs hospital (seed 004).' }),
  // Bruker- og frivillige organisasjoner. seed 004: "Brukerorganisasjoner – Deltaker – B – M – Deltakelse i arbeidsgruppa".
  row('userOrg', 'Mental Helse', 'Mental Helse', 'Brukerorganisasjon', 'Deltaker; brukermedvirkning på systemnivå', 'B', 'M',
    'Deltakelse i arbeidsgruppa'),
  row('userOrg', 'Rusmisbrukernes interesseorganisasjon (RIO)', 'RIO', 'Brukerorganisasjon', 'Deltaker; erfaringskompetanse fra rusfeltet', 'B', 'M',
    'Deltakelse i arbeidsgruppa'),
  row('userOrg', 'Frivilligsentralene', 'Frivilligsentral', 'Frivillig sektor', 'Aktiviteter og fellesskap i lokalmiljøet', 'C', 'L',
    'Holdes informert; strategi for samarbeid med frivillig sektor'),
  // Premissgivere. seed 004: "Statsforvalteren – Deltaker – B – M – Deltakelse i arbeidsgruppa".
  row('premise', 'Statsforvalteren i Trøndelag', 'Statsforvalteren', 'Staten', 'Deltaker; medarrangør av læringsnettverket', 'B', 'M',
    'Deltakelse i arbeidsgruppa'),
  row('premise', 'KS Trøndelag', 'KS', 'Kommunesektorens organisasjon', 'Prosjekteier; inviterer og finansierer læringsnettverket', 'A', 'H',
    'Samhandlingskoordinatorene i arbeidsutvalget'),
  row('premise', 'Administrativ ledelse i kommunene', 'Adm. ledelse', 'Kommunene i Værnesregionen', 'Prioriterer ressurser og etterspør resultater', 'A', 'H',
    'Forankring lokalt; jevnlig rapportering', {
      attitude: 'Lite engasjert',
      informationNeeds: 'Hvilke områder teamet jobber med, framdrift og resultater',
      notes: 'Forbedringsarbeidet ble i liten grad etterspurt på ledelsesnivå (seed 000).',
    }),
  row('premise', 'Politisk ledelse i kommunene', 'Pol. ledelse', 'Kommunene i Værnesregionen', 'Prioritering på feltet', 'C', 'H',
    'Holdes informert', { notes: 'Nettverket forankres hos administrativ og politisk ledelse (seed 002).' }),
  row('premise', 'Administrativt samarbeidsutvalg (ASU)', 'ASU', 'Helsefellesskapet', 'Forankrings- og referansearena for kommunene og HNT', 'A', 'H',
    'Forankring i samarbeidsorganet; orienteres etter hver samling'),
  // Kompetansemiljø. seed 002: "inngår i utvidet arbeidsgruppe".
  row('competence', 'Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)', 'NAPHA', 'Kompetansemiljø', 'Faglig innhold og veiledning', 'C', 'L',
    'Utvidet arbeidsgruppe'),
  row('competence', 'Kompetansesenter rus – Midt-Norge (KoRus Midt)', 'KoRus Midt', 'Kompetansemiljø', 'Faglig innhold og veiledning på rusfeltet', 'C', 'L',
    'Utvidet arbeidsgruppe'),
  row('competence', 'Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)', 'KBT', 'Kompetansemiljø', 'Brukermedvirkning og erfaringskompetanse', 'C', 'L',
    'Utvidet arbeidsgruppe'),
  // Andre
  row('other', 'Politiet', 'Politi', 'Staten', 'Bistår i akutte situasjoner', 'C', 'M', 'Holdes informert'),
];

/**
 * A complete example workshop: details, four gatherings, participants, the region's actor registry
 * with stakeholder assessments, and each board kind's example board (a whiteboard of improvement
 * areas, the puzzle, the actor map, the HUKI matrix, the acute loop). Deterministic apart from ids.
 */
export function buildExampleWorkshop(): WorkshopDoc {
  const gatherings: Record<GatheringId, Gathering> = {};
  gatheringRows.forEach((g, i) => {
    const id = newGatheringId();
    gatherings[id] = { id, ...g, order: i + 1 };
  });

  const participants: Record<ParticipantId, Participant> = {};
  participantRows.forEach((p, i) => {
    const id = newParticipantId();
    participants[id] = { id, ...p, order: i + 1 };
  });

  const actors: Record<ActorId, Actor> = {};
  actorRows.forEach((a, i) => {
    const id = newActorId();
    actors[id] = {
      id,
      name: a.name,
      shortName: a.shortName,
      category: a.category,
      organisation: a.organisation,
      interest: a.interest,
      importance: a.importance,
      influence: a.influence,
      attitude: a.attitude ?? '',
      informationNeeds: a.informationNeeds ?? '',
      strategy: a.strategy,
      notes: a.notes ?? '',
      order: i + 1,
    };
  });

  const doc: WorkshopDoc = {
    meta: { ...meta },
    gatherings,
    participants,
    actors,
    boards: {},
    items: {},
  };
  // Each board kind adds its example board (BoardKind.example), in the kinds' `place` order.
  const examples = boardKinds().flatMap((kind) => (kind.example ? [kind.example] : []));
  for (const example of examples.sort((a, b) => a.place - b.place)) example.add(doc);
  return doc;
}

/**
 * The example workshop's acute loop: "Et døgn i pasientens liv" for the people in Værnesregionen
 * who go round and round between home, crisis, the emergency services, the psychiatric emergency
 * unit and back.
 *
 * Sources: seed 003 (the revolving-door project, Svingdørsprosjektet, in Bergen: the acute loop as
 * "et tydelig visuelt bilde på utfordringen", "76 % av innleggelsene skjer utenfor kontortid",
 * the stations, and its need, "Behovet", quoted here as the team's starting point); seed 000 (the
 * region's actors, Stjørdal DPS); domain.md (the loop's stations and the office hours).
 * Invented: the hourly numbers (made up to fall as in Bergen: 76 % outside 08:00–15:30), the number
 * of patients and rounds a year, the times and durations, every pain point and quote, and the
 * broken transitions. Deterministic apart from ids.
 */
import type { WorkshopDoc } from '../../model/document.ts';
import { newBoardId, type ActorId } from '../../model/ids.ts';
import type { Actor } from '../../model/records.ts';
import { acuteLoopKindName } from './kindName.ts';
import { AcuteLoopPropsSchema, defaultAcuteLoopProps, newNeedId, newNoteId, newStation, type AcuteLoopProps, type NewStationFields, type Need, type Station } from './schema.ts';
import { ensureCatalogueActor } from '../../actors/findActor.ts';
import { nextOrder } from '../../model/document.ts';

const day = 24 * 60;

/** Admissions by hour over a year for the group (invented): 340 in all, 76 % outside 08:00–15:30. */
export const exampleAdmissionsByHour: readonly number[] = [15, 12, 10, 8, 6, 5, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 20, 22, 24, 25, 27, 26, 23, 18];

/** seed 003, "Behovet" on the Bergen slide, word for word. */
const needs: readonly [text: string, level: 0 | 1][] = [
  ['En tilgjengelig mestringsstøttende tjeneste gjennom døgnet,', 0],
  ['bemannet med helsepersonell med tilgang til journal,', 0],
  ['som kan hjelpe med', 0],
  ['De-eskalering, trygging og anerkjenning', 1],
  ['Mestringsstrategier', 1],
  ['Kople på nettverk', 1],
  ['Igangsetting av eventuelle akuttiltak («rød knapp»)', 1],
  ['Å unngå avvisning og eskalering av situasjonen', 1],
];

export function addAcuteLoopExample(doc: WorkshopDoc): void {
  const byName = (name: string): ActorId => {
    const actor = Object.values(doc.actors).find((a: Actor) => a.name === name);
    if (!actor) throw new Error(`the example has no actor named ${name}`);
    return actor.id;
  };
  const user = byName('Brukeren');
  const emergencyRoom = byName('Legevakt');
  const police = byName('Politiet');
  const dps = byName('Stjørdal DPS');
  const municipal = byName('Psykisk helse og rus, Stjørdal');
  const pam = ensureCatalogueActor(doc, 'Psykiatrisk akuttmottak (PAM)', {
    extra: {
      interest: 'Tar imot pasienten i akutt krise, ofte om natta; ser de samme pasientene igjen og igjen',
      importance: 'A',
      influence: 'M',
      attitude: 'Positiv',
      strategy: 'Deltakelse i arbeidsgruppa',
    },
  });

  const note = (text: string) => ({ id: newNoteId(), text });
  const station = (name: string, fields: NewStationFields) => newStation(name, fields);
  const stations: Station[] = [
    station('Hjemme', { actorId: user, timeOfDay: 16 * 60, durationMinutes: 17 * day,
      painPoints: [note('Alene på kveldstid, ingen å ringe')], quotes: [note('«Det er på kvelden det blir verst.»')] }),
    station('Krise', { actorId: user, timeOfDay: 21 * 60 + 30, durationMinutes: 3 * 60,
      painPoints: [note('Kriseplanen ligger i journalen, ikke hos brukeren')] }),
    station('Legevakt', { actorId: emergencyRoom, timeOfDay: 22 * 60 + 30, durationMinutes: 60,
      painPoints: [note('Kjenner ikke pasienten og har ikke tilgang til journalen')] }),
    station('Politi', { actorId: police, timeOfDay: 23 * 60 + 15, durationMinutes: 60,
      painPoints: [note('Blir tilkalt fordi ingen andre er tilgjengelige om natta')] }),
    station('PAM (psykiatrisk akuttmottak)', { actorId: pam, timeOfDay: 30, durationMinutes: 2 * 60,
      painPoints: [note('Samme historie fortelles på nytt hver gang')], quotes: [note('«Jeg blir møtt som ny hver gang.»')] }),
    station('Innleggelse', { actorId: pam, timeOfDay: 2 * 60, durationMinutes: 3 * day }),
    station('Utskrivning', { actorId: pam, timeOfDay: 11 * 60, durationMinutes: 60,
      painPoints: [note('Utskrevet på fredag, kommunen får vite det på mandag')] }),
    station('DPS', { actorId: dps, timeOfDay: 13 * 60, durationMinutes: 60,
      painPoints: [note('Ventetid på første time etter utskrivning')] }),
    station('Kommunal oppfølging', { actorId: municipal, timeOfDay: 14 * 60, durationMinutes: 60,
      painPoints: [note('Tilbudet stenger kl. 15.30')] }),
  ];
  const at = (name: string) => stations.find((s) => s.name === name)!.id;

  const props: AcuteLoopProps = {
    ...defaultAcuteLoopProps(),
    subtitle: 'Et døgn i pasientens liv',
    stations,
    transitions: [
      { fromId: at('Utskrivning'), toId: at('DPS'), broken: true, note: 'Ingen time avtalt før utskrivning' },
      { fromId: at('Kommunal oppfølging'), toId: at('Hjemme'), broken: true, note: 'Ingen tilbud på kveld og i helg' },
    ],
    hourly: {
      counts: [...exampleAdmissionsByHour],
      label: 'Innleggelser i akuttpsykiatrien etter klokkeslett',
      source: 'Oppdiktede eksempeltall, fordelt som i Svingdørsprosjektet i Bergen',
    },
    figures: { loopsPerYear: 17, patients: 20 },
    needs: needs.map(([text, level]): Need => ({ id: newNeedId(), text, level })),
  };
  const parsed = AcuteLoopPropsSchema.parse(props);

  const id = newBoardId();
  doc.boards[id] = { id, kind: acuteLoopKindName, name: 'Akuttloopen i Værnesregionen', order: nextOrder(doc.boards), props: parsed };
}

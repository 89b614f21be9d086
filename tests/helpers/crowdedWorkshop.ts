import { actorMapKind } from '../../shared/kinds/actorMap/index.ts';
import { newChip } from '../../shared/kinds/actorMap/chip.ts';
import { newRelationId } from '../../shared/kinds/actorMap/ops.ts';
import { placeNewActors } from '../../shared/kinds/actorMap/placement.ts';
import type { Relation, RelationType } from '../../shared/kinds/actorMap/props.ts';
import { acuteLoopKind } from '../../shared/kinds/acuteLoop/index.ts';
import { acuteLoopKindName } from '../../shared/kinds/acuteLoop/kindName.ts';
import { defaultAcuteLoopProps, newNoteId, newStation, type AcuteLoopProps } from '../../shared/kinds/acuteLoop/schema.ts';
import { hukiKind } from '../../shared/kinds/huki/index.ts';
import { layoutMatrix, matrixSize } from '../../shared/kinds/huki/layout.ts';
import { defaultOverloadThreshold, hukiMatrixType, newPhaseId, newTaskId, type HukiLetter, type HukiMatrixProps } from '../../shared/kinds/huki/model.ts';
import { defaultPuzzleProps, newLineId, slotKey } from '../../shared/kinds/puzzle/boardProps.ts';
import { addPieces, puzzleKindName } from '../../shared/kinds/puzzle/ops.ts';
import { buildExampleWorkshop } from '../../shared/examples/vaernesregionen.ts';
import { nextOrder, type WorkshopDoc } from '../../shared/model/document.ts';
import { newActorId, newBoardId, newItemId, type ActorId } from '../../shared/model/ids.ts';
import type { Actor } from '../../shared/model/records.ts';

/**
 * The crowded workshop of the legibility audit (issue 15): the boards a busy regional network
 * really fills, so the audit measures more than the tidy example. Its four boards: an actor map
 * of 30 actors and 40 labelled relations, an acute loop of 14 stations with long pain points,
 * a 6 × 8 SAMMEN puzzle and a 20 × 12 HUKI matrix. Pure (shared/ only), so the audit's page in
 * Chromium and unit tests build the same workshop. Deterministic apart from ids.
 */

const extraActors: readonly [string, Actor['category']][] = [
  ['Koordinerende enhet, Stjørdal', 'municipality'],
  ['Boligkontoret i Stjørdal', 'municipality'],
  ['Barneverntjenesten i Værnesregionen', 'municipality'],
  ['Ambulant akutteam, Stjørdal DPS', 'specialist'],
  ['Rusbehandling (TSB), Helse Nord-Trøndelag', 'specialist'],
  ['A-larm bruker- og pårørendeorganisasjon', 'userOrg'],
  ['Helsedirektoratet', 'premise'],
  ['Praksiskonsulentordningen (PKO)', 'other'],
  ['Snåase – Snåsa kommune', 'municipality'],
  ['Raarvihke – Røyrvik kommune', 'municipality'],
];

function actorRecord(name: string, category: Actor['category'], order: number): Actor {
  return {
    id: newActorId(), name, shortName: '', category, organisation: '', interest: '', importance: '', influence: '',
    attitude: '', informationNeeds: '', strategy: '', notes: '', order,
  };
}

const relationLabels = [
  'Samarbeidsavtale om utskrivning', 'Ansvarsgrupper hver måned', 'Lite involvert', 'Uklart ansvar om natten',
  'Lang vei, få møter', 'Felles kriseplan', 'Henviser', 'Epikrise kommer for sent', '', 'Drøftingsteam',
];
const relationTypes: readonly RelationType[] = ['formal', 'regular', 'informal', 'weak', 'conflict'];

function addCrowdedActorMap(doc: WorkshopDoc): void {
  let order = Object.keys(doc.actors).length + 1;
  for (const [name, category] of extraActors) {
    if (Object.values(doc.actors).some((a) => a.name === name)) continue;
    const a = actorRecord(name, category, order++);
    doc.actors[a.id] = a;
  }
  const actors = Object.values(doc.actors).sort((a, b) => a.order - b.order).slice(0, 30);
  const boardId = newBoardId();
  const relations: Relation[] = [];
  for (let i = 0; relations.length < 40 && i < 2000; i++) {
    const a = actors[i % actors.length]!;
    const b = actors[(i * 7 + 3 + Math.floor(i / actors.length) * 5) % actors.length]!;
    if (a.id === b.id || relations.some((r) => r.actorIds.includes(a.id) && r.actorIds.includes(b.id))) continue;
    relations.push({ id: newRelationId(), actorIds: [a.id, b.id] as [ActorId, ActorId], type: relationTypes[i % relationTypes.length]!, label: relationLabels[i % relationLabels.length]! });
  }
  doc.boards[boardId] = { id: boardId, kind: actorMapKind.kind, name: 'Trangt aktørkart (30 aktører)', order: nextOrder(doc.boards), props: { ...actorMapKind.defaultProps(), relations } };
  const positions = placeNewActors(doc, boardId, actorMapKind.defaultProps(), actors.map((a) => a.id));
  actors.forEach((a, i) => {
    const chip = newChip(boardId, a.id, positions.get(a.id)!, i + 1);
    doc.items[chip.id] = chip;
  });
}

const stationNames = [
  'Hjemme', 'Krise', 'Legevakt', 'Politi', 'PAM (psykiatrisk akuttmottak)', 'Innleggelse', 'Utskrivning',
  'DPS poliklinikk', 'Kommunal oppfølging', 'NAV-kontoret', 'Fastlegen', 'Ambulant akutteam', 'Rusbehandling (TSB)', 'Hjemme igjen',
];
const longPainPoints = [
  'Kjenner ikke pasienten og har ikke tilgang til journalen fra kommunen eller DPS når det haster om natta',
  'Utskrevet på fredag ettermiddag, kommunen får vite det på mandag og ingen har avtalt første samtale',
  'Kriseplanen ligger i journalen, ikke hos brukeren, og legevakten vet ikke at den finnes',
  'Samme historie fortelles på nytt hver gang, til nye folk, uten at noen skriver den ned for neste gang',
];

function addCrowdedLoop(doc: WorkshopDoc): void {
  const actorIds = Object.values(doc.actors).map((a) => a.id);
  const stations = stationNames.map((name, i) =>
    newStation(name, {
      actorId: actorIds[i % actorIds.length]!,
      timeOfDay: (i * 100 + 16 * 60) % (24 * 60),
      durationMinutes: 60 + i * 30,
      painPoints: [0, 1].slice(0, 1 + (i % 2)).map((k) => ({ id: newNoteId(), text: longPainPoints[(i + k) % longPainPoints.length]! })),
      quotes: i % 3 === 0 ? [{ id: newNoteId(), text: '«Jeg blir møtt som ny hver gang, og da gir jeg opp å forklare.»' }] : [],
    }),
  );
  const props: AcuteLoopProps = { ...defaultAcuteLoopProps(), subtitle: 'Et døgn i pasientens liv – 14 stasjoner', stations };
  const id = newBoardId();
  doc.boards[id] = { id, kind: acuteLoopKindName, name: 'Trang akuttloop (14 stasjoner)', order: nextOrder(doc.boards), props: acuteLoopKind.propsSchema.parse(props) };
}

const serviceWords = ['Helsestasjon', 'Skolehelsetjenesten – åpen dør', 'Kommunepsykolog', 'BUP – utredning', 'Barnevern – hjelpetiltak', 'PPT – sakkyndig vurdering', 'Foreldreveiledning (ICDP)', 'Koordinator og individuell plan'];

function addCrowdedPuzzle(doc: WorkshopDoc): void {
  const props = defaultPuzzleProps();
  props.rows = Array.from({ length: 6 }, (_, r) => ({ id: newLineId('rows'), label: `Nivå ${r} – ${['undring og bekymring', 'tiltak i egen tjeneste', 'samarbeid med andre tjenester', 'omfattende tverrfaglig innsats', 'døgnbehandling', 'langvarig oppfølging'][r]}` }));
  props.columns = Array.from({ length: 8 }, (_, c) => ({ id: newLineId('columns'), label: ['Forebygging', 'Kartlegging', 'Oppfølging', 'Behandling', 'Rehabilitering', 'Overganger', 'Bolig og arbeid', 'Pårørendestøtte'][c]! }));
  props.gapNotes = { [slotKey(props.rows[5]!.id, props.columns[0]!.id)]: 'Ingen tilbud til pårørende før krisen er et faktum – mangler avlastning og støtte.' };
  const boardId = newBoardId();
  doc.boards[boardId] = { id: boardId, kind: puzzleKindName, name: 'Trangt puslespill (6 × 8)', order: nextOrder(doc.boards), props };
  const provider = Object.values(doc.actors)[2]!.id;
  const pieces = [];
  for (let r = 0; r < 6; r++) {
    for (let c = 0; c < 8; c++) {
      if ((r * 8 + c) % 5 === 4) continue; // a few gaps
      pieces.push({
        id: newItemId(),
        props: { text: serviceWords[(r + c) % serviceWords.length]!, targetGroup: '', ageRange: '', capacity: '', contact: '', notes: '', actorId: provider },
        slot: { rowId: props.rows[r]!.id, columnId: props.columns[c]!.id },
      });
    }
  }
  addPieces.apply(doc, { boardId, pieces });
}

const letters: readonly (HukiLetter | null)[] = ['H', 'U', 'K', 'I', null, 'U', null, 'K'];

function addCrowdedHuki(doc: WorkshopDoc): void {
  const actorIds = Object.values(doc.actors).slice(0, 12).map((a) => a.id);
  const matrix: HukiMatrixProps = {
    actorIds,
    phases: ['Forberede', 'Planlegge', 'Utføre', 'Evaluere'].map((phase, p) => ({
      id: newPhaseId(),
      name: phase,
      tasks: Array.from({ length: 5 }, (_, t) => ({
        id: newTaskId(),
        name: `${['Etabler samarbeid', 'Etabler felles målsetning', 'Involver relevante aktører', 'Definer samarbeidsmodell', 'Del informasjon jevnlig'][t]} (${phase.toLowerCase()})`,
        cells: actorIds.flatMap((actorId, a) => {
          const letter = letters[(a + t + p) % letters.length];
          return letter ? [{ actorId, letter }] : [];
        }),
      })),
    })),
  };
  const boardId = newBoardId();
  doc.boards[boardId] = { id: boardId, kind: hukiKind.kind, name: 'Trang HUKI (20 × 12)', order: nextOrder(doc.boards), props: { letters: 'huki', overloadThreshold: defaultOverloadThreshold } };
  const itemId = newItemId();
  const { w, h } = matrixSize(layoutMatrix(matrix, matrix.actorIds), 1);
  doc.items[itemId] = { id: itemId, boardId, type: hukiMatrixType, x: 0, y: 0, w, h, rotation: 0, z: 1, parentId: null, groupId: null, locked: false, props: matrix as unknown as Record<string, unknown> };
}

/** The example workshop's registry with the four crowded boards (and none of the example's). */
export function buildCrowdedWorkshop(): WorkshopDoc {
  const doc = buildExampleWorkshop();
  doc.boards = {};
  doc.items = {};
  addCrowdedActorMap(doc);
  addCrowdedLoop(doc);
  addCrowdedPuzzle(doc);
  addCrowdedHuki(doc);
  return doc;
}

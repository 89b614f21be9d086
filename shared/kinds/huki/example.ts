/**
 * The example workshop's HUKI matrix: who does what in Værnesregionen's improvement work, phased by
 * the quality-improvement model of the learning networks (seed 001: Forberede, Planlegge, Utføre,
 * Evaluere, Følge opp).
 *
 * From the seeds: the improvement area (better collaboration between the municipalities and
 * Stjørdal DPS, seed 000), the coordinator in Stjørdal, the user representative from Mental Helse,
 * reporting to ASU as the anchoring arena (seed 002), the praksiskonsulentordning as the way to the
 * GPs (seed 003), and two of seed 000's findings, shown here as what the checks catch:
 * - "Fastlegene burde vært trukket mer aktivt inn; ingen team lyktes med dette": the task of
 *   involving the GPs has nobody accountable (no H);
 * - the work rested on the coordinator and was little asked for by the leaders: Stjørdal is
 *   responsible (U) for more tasks than the threshold (overloaded).
 * Invented: the tasks' exact wording and every letter.
 */
import { defaultOverloadThreshold, hukiMatrixType, newPhaseId, newTaskId, type HukiLetter, type HukiMatrixProps } from './model.ts';
import { hukiKindName } from './model.ts';
import { layoutMatrix, matrixSize } from './layout.ts';
import { nextOrder, type WorkshopDoc } from '../../model/document.ts';
import { newBoardId, newItemId, type ActorId } from '../../model/ids.ts';

/** The columns, by their names in the example's actor registry. */
export const hukiExampleColumns = [
  'Administrativt samarbeidsutvalg (ASU)',
  'Administrativ ledelse i kommunene',
  'Psykisk helse og rus, Stjørdal',
  'Psykisk helse og rus, Meråker',
  'Stjørdal DPS',
  'Fastlegene',
  'NAV',
  'Mental Helse',
  'KS Trøndelag',
] as const;

type Column = (typeof hukiExampleColumns)[number];
type Row = readonly [task: string, letters: Partial<Record<Column, HukiLetter>>];

const ASU: Column = 'Administrativt samarbeidsutvalg (ASU)';
const LEDELSE: Column = 'Administrativ ledelse i kommunene';
const STJORDAL: Column = 'Psykisk helse og rus, Stjørdal';
const MERAKER: Column = 'Psykisk helse og rus, Meråker';
const DPS: Column = 'Stjørdal DPS';
const FASTLEGE: Column = 'Fastlegene';
const NAV: Column = 'NAV';
const MH: Column = 'Mental Helse';
const KS: Column = 'KS Trøndelag';

export const hukiExamplePhases: readonly { phase: string; rows: readonly Row[] }[] = [
  {
    phase: 'Forberede',
    rows: [
      ['Sette sammen forbedringsteamet', { [LEDELSE]: 'H', [STJORDAL]: 'U', [MERAKER]: 'K', [DPS]: 'U', [MH]: 'K', [KS]: 'I' }],
      ['Forankre arbeidet hos ledelsen og i ASU', { [ASU]: 'K', [LEDELSE]: 'H', [STJORDAL]: 'U', [DPS]: 'K', [KS]: 'K' }],
    ],
  },
  {
    phase: 'Planlegge',
    rows: [
      ['Kartlegge dagens pasientforløp mellom kommunene og DPS', { [STJORDAL]: 'H', [MERAKER]: 'U', [DPS]: 'U', [FASTLEGE]: 'K', [NAV]: 'K', [MH]: 'K' }],
      ['Lage aktørkart og interessentanalyse', { [STJORDAL]: 'U', [MERAKER]: 'K', [DPS]: 'H', [MH]: 'K' }],
      ['Sette SMARTE mål for forbedringsområdet', { [LEDELSE]: 'K', [STJORDAL]: 'H', [MERAKER]: 'U', [DPS]: 'U', [MH]: 'K', [KS]: 'I' }],
    ],
  },
  {
    phase: 'Utføre',
    rows: [
      ['Felles rutine for henvisning og utskrivning', { [STJORDAL]: 'U', [MERAKER]: 'K', [DPS]: 'H', [FASTLEGE]: 'K', [NAV]: 'I', [MH]: 'K' }],
      ['Faste samarbeidsmøter mellom kommunene og Stjørdal DPS', { [STJORDAL]: 'U', [MERAKER]: 'U', [DPS]: 'H', [NAV]: 'K' }],
      // seed 000: nobody managed to involve the GPs. Nobody answered for it either.
      ['Involvere fastlegene via praksiskonsulentordningen (PKO)', { [LEDELSE]: 'I', [STJORDAL]: 'U', [DPS]: 'K', [FASTLEGE]: 'K' }],
    ],
  },
  {
    phase: 'Evaluere',
    rows: [
      ['Måle effekt av tiltakene', { [ASU]: 'I', [STJORDAL]: 'H', [MERAKER]: 'U', [DPS]: 'U', [MH]: 'K' }],
      ['Dele erfaringer på samlingene', { [STJORDAL]: 'U', [MERAKER]: 'U', [DPS]: 'U', [MH]: 'U', [KS]: 'H' }],
    ],
  },
  {
    phase: 'Følge opp',
    rows: [
      ['Rapportere til ASU etter hver samling', { [ASU]: 'I', [LEDELSE]: 'H', [STJORDAL]: 'U', [DPS]: 'K', [KS]: 'I' }],
      ['Spre erfaringene til Selbu, Tydal og Frosta', { [LEDELSE]: 'H', [STJORDAL]: 'U', [MERAKER]: 'K', [KS]: 'K' }],
    ],
  },
];

/** Adds the board «Roller og ansvar» with a filled matrix to the example workshop. */
export function addHukiExample(doc: WorkshopDoc): void {
  const idOf = new Map<string, ActorId>();
  for (const name of hukiExampleColumns) {
    const actor = Object.values(doc.actors).find((a) => a.name === name);
    if (!actor) throw new Error(`The HUKI example needs the actor «${name}» in the example workshop`);
    idOf.set(name, actor.id);
  }
  const matrix: HukiMatrixProps = {
    actorIds: hukiExampleColumns.map((name) => idOf.get(name)!),
    phases: hukiExamplePhases.map(({ phase, rows }) => ({
      id: newPhaseId(),
      name: phase,
      tasks: rows.map(([name, letters]) => ({
        id: newTaskId(),
        name,
        // Cells in column order, so the stored matrix reads like the picture.
        cells: hukiExampleColumns.filter((c) => letters[c]).map((c) => ({ actorId: idOf.get(c)!, letter: letters[c]! })),
      })),
    })),
  };

  const boardId = newBoardId();
  doc.boards[boardId] = {
    id: boardId,
    kind: hukiKindName,
    name: 'Roller og ansvar',
    order: nextOrder(doc.boards),
    props: { letters: 'huki', overloadThreshold: defaultOverloadThreshold },
  };
  const itemId = newItemId();
  const { w, h } = matrixSize(layoutMatrix(matrix, matrix.actorIds), 1);
  doc.items[itemId] = {
    id: itemId,
    boardId,
    type: hukiMatrixType,
    x: 0,
    y: 0,
    w,
    h,
    rotation: 0,
    z: 1,
    parentId: null,
    groupId: null,
    locked: false,
    props: matrix,
  };
}

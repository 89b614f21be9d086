/**
 * The example workshop's actor map: Værnesregionen's actors around the user, with the relations
 * the improvement team would draw, and interest levels for the power/interest grid.
 *
 * From the seeds: the improvement area "Bedre samhandling mellom kommunene i Værnesregionen og
 * mellom kommunene og Stjørdal DPS" and the findings that the GPs were not involved and that
 * leaders seldom asked for the work (seed 000); KS and Statsforvalteren organising the network
 * together (seed 002); the user representative from Mental Helse in the team (seed 000);
 * Værnesregionen belonging to two health communities, HNT and St. Olavs hospital (seed 004).
 * Invented: which relations are weak or in conflict, their labels, and the interest levels.
 */
import type { WorkshopDoc } from '../../model/document.ts';
import { newBoardId, type ActorId } from '../../model/ids.ts';
import { actorMapKindName } from './kindName.ts';
import { defaultActorMapProps } from './props.ts';
import { newChip } from './chip.ts';
import { newRelationId } from './ops.ts';
import { placeNewActors } from './placement.ts';
import type { Relation, RelationType } from './props.ts';
import { nextOrder } from '../../model/document.ts';

const stjordal = 'Psykisk helse og rus, Stjørdal';
const dps = 'Stjørdal DPS';

/** [from, to, type, label]: actors by their name in the example's registry. */
const relationRows: readonly [string, string, RelationType, string][] = [
  ['Brukeren', 'Pårørende', 'regular', ''],
  ['Brukeren', 'Mental Helse', 'regular', 'Brukerrepresentant i teamet'],
  [stjordal, dps, 'formal', 'Samarbeidsavtale'],
  ['Psykisk helse og rus, Meråker', dps, 'regular', 'Forbedringsteamet'],
  ['Psykisk helse og rus, Frosta', dps, 'regular', ''],
  ['Psykisk helse og rus, Selbu', 'Psykisk helsevern, St. Olavs hospital', 'informal', 'Annet helsefellesskap'],
  ['Psykisk helse og rus, Tydal', dps, 'weak', 'Lang vei, få møter'],
  ['Fastlegene', dps, 'weak', 'Lite involvert'],
  ['NAV', stjordal, 'regular', 'Ansvarsgrupper'],
  ['Legevakt', 'Politiet', 'informal', 'Akutte situasjoner'],
  ['Legevakt', dps, 'conflict', 'Uklart ansvar om natten'],
  ['KS Trøndelag', 'Statsforvalteren i Trøndelag', 'formal', 'Arrangerer læringsnettverket'],
  ['Administrativ ledelse i kommunene', stjordal, 'weak', 'Lite etterspurt'],
  ['Administrativt samarbeidsutvalg (ASU)', dps, 'formal', 'Samarbeidsorgan'],
];

/** Interest in the project as a level, for the grid; the rest follow their importance (A→H, B→M, C→L). */
const interestLevels: Readonly<Record<string, 'H' | 'M' | 'L'>> = {
  Pårørende: 'H',
  Fastlegene: 'L',
  NAV: 'M',
  Legevakt: 'L',
  'Mental Helse': 'H',
  'Rusmisbrukernes interesseorganisasjon (RIO)': 'H',
  'Statsforvalteren i Trøndelag': 'M',
  'Administrativ ledelse i kommunene': 'L',
  'Administrativt samarbeidsutvalg (ASU)': 'M',
  'Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)': 'M',
  'Kompetansesenter rus – Midt-Norge (KoRus Midt)': 'M',
  'Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)': 'M',
};

const fromImportance = { A: 'H', B: 'M', C: 'L' } as const;

/**
 * The actors on the map: the region's own registry (seed 000's team and working group). Actors
 * other examples add to the registry (a children's service for the puzzle, say) stay off it: this
 * network is for adults (seed 002).
 */
export const actorMapExampleActors: readonly string[] = [
  'Brukeren',
  'Pårørende',
  stjordal,
  'Psykisk helse og rus, Meråker',
  'Psykisk helse og rus, Selbu',
  'Psykisk helse og rus, Tydal',
  'Psykisk helse og rus, Frosta',
  'Fastlegene',
  'NAV',
  'Legevakt',
  dps,
  'BUP Helse Nord-Trøndelag',
  'Psykisk helsevern, St. Olavs hospital',
  'Mental Helse',
  'Rusmisbrukernes interesseorganisasjon (RIO)',
  'Frivilligsentralene',
  'Statsforvalteren i Trøndelag',
  'KS Trøndelag',
  'Administrativ ledelse i kommunene',
  'Politisk ledelse i kommunene',
  'Administrativt samarbeidsutvalg (ASU)',
  'Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)',
  'Kompetansesenter rus – Midt-Norge (KoRus Midt)',
  'Kompetansesenter for brukererfaring og tjenesteutvikling (KBT)',
  'Politiet',
];

/** Adds the board "Aktørkart – Værnesregionen" with the region's actors on it. */
export function addActorMapExample(doc: WorkshopDoc): void {
  const registry = new Map(Object.values(doc.actors).map((a) => [a.name, a]));
  const actors = actorMapExampleActors.flatMap((name) => registry.get(name) ?? []);
  const byName = new Map(actors.map((a) => [a.name, a.id]));
  const id = (name: string): ActorId | undefined => byName.get(name);

  for (const actor of actors) {
    const level = interestLevels[actor.name] ?? (actor.importance ? fromImportance[actor.importance] : undefined);
    if (level) actor.interestLevel = level;
  }

  const boardId = newBoardId();
  const relations: Relation[] = relationRows.flatMap(([from, to, type, label]) => {
    const a = id(from);
    const b = id(to);
    return a && b ? [{ id: newRelationId(), actorIds: [a, b] as [ActorId, ActorId], type, label }] : [];
  });
  doc.boards[boardId] = {
    id: boardId,
    kind: actorMapKindName,
    name: 'Aktørkart – Værnesregionen',
    order: nextOrder(doc.boards),
    props: { ...defaultActorMapProps(), relations },
  };

  const positions = placeNewActors(doc, boardId, defaultActorMapProps(), actors.map((a) => a.id));
  actors.forEach((actor, i) => {
    const chip = newChip(boardId, actor.id, positions.get(actor.id)!, i + 1);
    doc.items[chip.id] = chip;
  });
}
